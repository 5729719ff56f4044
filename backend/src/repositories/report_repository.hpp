// ReportRepository: 诉求办理统计表 over the report facts (db/report_schema.cpp). Every figure is a SUM
// of the per-petition counts that shared/report computed when the petition last changed: whole
// months from their monthly sums, the days at the period's ends from the facts' index range of
// received days; OverdueNow compares overdue_after with now. No rows are loaded into memory: a
// report of a year of the whole city reads about 12 rows per group.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <vector>

#include "db/sql_condition.hpp"
#include "qinqing/org/paging.hpp"
#include "qinqing/report/scorecard.hpp"

namespace qinqing::backend::report {

// What a report counts: the period, the reader's scope (Scope::reportFacts) and the filters the
// reader chose (each narrows within the scope, never widens it).
struct ReportFilter {
  domain::ReportPeriod period;
  db::SqlCondition scope{"0", {}};
  std::optional<long long> unitId;
  std::optional<long long> regionId;
  std::optional<long long> industryGroupId;
  std::optional<long long> cadreId;
};

// The WHERE clause of a filter over petition_report_facts f (leading " WHERE …") and its
// parameters in order: the scope, the received days, the filters.
struct Where {
  std::string sql;
  std::vector<long long> params;
};
Where reportFilterWhere(const ReportFilter& filter);

// Where scorecards() reads: the monthly sums (petition_report_months) for the whole months of the
// period and the facts for its ends, or the facts alone (what the months must always equal; tests
// compare the two).
enum class SourceTables { MonthsAndFacts, FactsOnly };

class ReportRepository {
public:
  explicit ReportRepository(SQLite::Database& db) : m_db(db) {}

  // One row per group key with a petition in the period, by key, then the 合计 row; names set.
  std::vector<domain::ScorecardRow> scorecards(const ReportFilter& filter, domain::GroupBy by, long long now,
                                               SourceTables source = SourceTables::MonthsAndFacts);

  // The petitions behind one cell (for a rate, its numerator; denominator = true: its denominator),
  // newest first: the page's ids and the cell's total. groupKey none: the 合计 row.
  std::pair<std::vector<long long>, long long> cellPetitions(const ReportFilter& filter, domain::GroupBy by,
                                                             std::optional<long long> groupKey, domain::Figure figure,
                                                             bool denominator, const domain::PageRequest& page,
                                                             long long now);

  // The name of a group key as people read it (a cadre with the unit: 张三（十堰市经信局）).
  std::string groupName(domain::GroupBy by, long long key);

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend::report
