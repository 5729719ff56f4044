// What a reader asks of 诉求办理统计表 (issue 12): the grouping, the period of received days, the
// filters within the reader's scope and the column to sort by. Checked the same way by the client
// before it asks and by the server before it counts.
#pragma once

#include <optional>

#include "qinqing/core/result.hpp"
#include "qinqing/report/scorecard.hpp"
#include "qinqing/time/date.hpp"

namespace qinqing::domain {

inline constexpr int kMaxReportPeriodDays = 3 * 366 + 1;  // three years; longer periods go to the 明细 export

struct PetitionStatsQuery {
  GroupBy groupBy = GroupBy::Unit;
  Date from;  // first received day, inclusive
  Date to;    // last received day, inclusive
  std::optional<std::int64_t> unitId;
  std::optional<std::int64_t> regionId;
  std::optional<std::int64_t> industryGroupId;
  std::optional<std::int64_t> cadreId;
  Figure sortBy = Figure::Received;
  bool descending = true;

  ReportPeriod period() const { return {from, to}; }
  bool operator==(const PetitionStatsQuery&) const = default;
};

// from ≤ to, at most kMaxReportPeriodDays; errors name the fields "from" / "to".
Status validatePetitionStatsQuery(const PetitionStatsQuery& query);

// The title line of a report as exported: 诉求办理统计表（按承办单位，2026-01-01 至 2026-12-31）.
std::string petitionStatsTitle(const PetitionStatsQuery& query);

}  // namespace qinqing::domain
