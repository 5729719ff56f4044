// The 驾驶舱's answer (GET /api/reports/overview) and its JSON, for the server and the web client.
#pragma once

#include <nlohmann/json.hpp>

#include <vector>

#include "qinqing/core/result.hpp"
#include "qinqing/report/overview.hpp"
#include "qinqing/wire/cadre_survey_json.hpp"

namespace qinqing::wire {

inline constexpr int kOverviewOverdueMax = 10;  // the overdue list shows the longest overdue
inline constexpr int kOverviewWeeks = 12;       // the weekly trend

struct DashboardOverview {
  std::string generatedAt;  // 2026-12-07 09:30 (China time)
  domain::Date today;
  std::vector<domain::StageCount> stages;        // kOverviewStages, zeros included
  long long overdueTotal = 0;                     // open and past due, every stage
  std::vector<domain::PetitionSummary> overdue;  // the longest overdue first, at most kOverviewOverdueMax
  domain::Date rankFrom;                          // the period the rankings count: this year so far
  domain::Date rankTo;
  std::vector<domain::ScorecardRow> units;    // per unit, with the 合计 row
  std::vector<domain::ScorecardRow> regions;  // per county
  std::vector<domain::WeekCount> weeks;       // kOverviewWeeks weeks, oldest first
  SurveyTallies survey;                       // this quarter's 干部测评, or the last while this has none
  bool operator==(const DashboardOverview&) const = default;
};

nlohmann::json dashboardOverviewToJson(const DashboardOverview& overview);
domain::Result<DashboardOverview> dashboardOverviewFromJson(const nlohmann::json& j);

}  // namespace qinqing::wire
