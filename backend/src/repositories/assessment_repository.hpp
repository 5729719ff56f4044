// AssessmentRepository: what 单位考核 (issue 12, §5) counts for each unit, by SQL aggregates over
// the units' cadres, the enterprises they serve now, contact logs, 经营状况 reports, bulletins and
// the petition report sums (ReportRepository). Nothing is loaded row by row: a few GROUP BYs over
// indexed columns. Throws SQLite::Exception on database errors.
#pragma once

#include <SQLiteCpp/Database.h>

#include <set>
#include <vector>

#include "db/sql_condition.hpp"
#include "qinqing/report/unit_assessment.hpp"

namespace qinqing::backend::report {

class AssessmentRepository {
public:
  explicit AssessmentRepository(SQLite::Database& db) : m_db(db) {}

  // Every unit with cadres now or with petitions received in the period, ordered as the
  // organisation lists them (region, then unit). `now` decides today's month (the months owed)
  // and the petition figures' 超期.
  std::vector<domain::UnitAssessmentFacts> unitFacts(const domain::ReportPeriod& period, long long now);

  // The unit ids the condition (Scope::assessedUnits, alias u) admits, optionally within a region.
  std::set<long long> unitsWhere(const db::SqlCondition& scope, std::optional<long long> regionId);

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend::report
