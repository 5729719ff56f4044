#include "repositories/assessment_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include <map>

#include "qinqing/time/instant.hpp"
#include "repositories/report_repository.hpp"

namespace qinqing::backend::report {
namespace d = qinqing::domain;

namespace {

// unit id → one count, from a "SELECT unit_id, count … GROUP BY unit_id" statement.
std::map<long long, int> countsByUnit(SQLite::Statement& s) {
  std::map<long long, int> out;
  while (s.executeStep())
    if (!s.getColumn(0).isNull()) out[s.getColumn(0).getInt64()] = s.getColumn(1).getInt();
  return out;
}

int countOf(const std::map<long long, int>& counts, long long unitId) {
  const auto it = counts.find(unitId);
  return it == counts.end() ? 0 : it->second;
}

}  // namespace

std::vector<d::UnitAssessmentFacts> AssessmentRepository::unitFacts(const d::ReportPeriod& period, long long now) {
  const d::Date today = d::localDate(d::Instant::fromUnixSeconds(now));
  const d::Date first = period.first.value_or(d::Date::fromCivil(2020, 1, 1).value());
  const d::Date last = period.last.value_or(today);
  const auto owed = d::assessmentMonthsOwed(first, last, today);
  const int monthsOwed = static_cast<int>(owed.size());
  // The owed months are consecutive: one range of month keys (empty range when none is owed).
  const std::string owedFirst = owed.empty() ? "9999-12" : owed.front().key();
  const std::string owedLast = owed.empty() ? "0000-01" : owed.back().key();

  SQLite::Statement cadres(m_db, "SELECT unit_id, count(*) FROM cadres GROUP BY unit_id");
  const auto cadreCounts = countsByUnit(cadres);
  SQLite::Statement enterprises(
      m_db, "SELECT c.unit_id, count(*) FROM enterprises e JOIN cadres c ON c.id = e.cadre_id GROUP BY c.unit_id");
  const auto enterpriseCounts = countsByUnit(enterprises);

  SQLite::Statement contacts(m_db, R"SQL(
SELECT c.unit_id, count(*) FROM contact_logs l JOIN cadres c ON c.id = l.cadre_id
WHERE l.date >= ? AND l.date <= ? GROUP BY c.unit_id)SQL");
  contacts.bind(1, first.toIso());
  contacts.bind(2, last.toIso());
  const auto contactCounts = countsByUnit(contacts);

  // An owed (enterprise, month) is covered when a cadre of the unit now serving the enterprise
  // logged a contact with it that month.
  SQLite::Statement covered(m_db, R"SQL(
SELECT c.unit_id, count(*) FROM (
  SELECT DISTINCT l.enterprise_id, substr(l.date, 1, 7) AS month, lc.unit_id AS unit_id
  FROM contact_logs l JOIN cadres lc ON lc.id = l.cadre_id
  WHERE l.date >= ?1 || '-01' AND l.date <= ?2 || '-31'
) x
JOIN enterprises e ON e.id = x.enterprise_id
JOIN cadres c ON c.id = e.cadre_id AND c.unit_id = x.unit_id
GROUP BY c.unit_id)SQL");
  covered.bind(1, owedFirst);
  covered.bind(2, owedLast);
  const auto coveredCounts = countsByUnit(covered);

  SQLite::Statement reported(m_db, R"SQL(
SELECT c.unit_id, count(*) FROM operating_reports o
JOIN enterprises e ON e.id = o.enterprise_id JOIN cadres c ON c.id = e.cadre_id
WHERE o.superseded_at IS NULL AND o.month >= ? AND o.month <= ? GROUP BY c.unit_id)SQL");
  reported.bind(1, owedFirst);
  reported.bind(2, owedLast);
  const auto reportedCounts = countsByUnit(reported);

  const long long from = d::startOfLocalDay(first).unixSeconds();
  const long long until = d::startOfLocalDay(last.plusDays(1)).unixSeconds();
  SQLite::Statement bulletins(m_db, R"SQL(
SELECT unit_id, count(*), sum(status = 'adopted') FROM bulletins
WHERE kind = 'cadre_story' AND submitted_at >= ? AND submitted_at < ? GROUP BY unit_id)SQL");
  bulletins.bind(1, static_cast<int64_t>(from));
  bulletins.bind(2, static_cast<int64_t>(until));
  std::map<long long, std::pair<int, int>> bulletinCounts;
  while (bulletins.executeStep())
    if (!bulletins.getColumn(0).isNull())
      bulletinCounts[bulletins.getColumn(0).getInt64()] = {bulletins.getColumn(1).getInt(), bulletins.getColumn(2).getInt()};

  // The petition figures exactly as 诉求办理统计表 counts them, for the whole city.
  ReportFilter filter;
  filter.period = {first, last};
  filter.scope = {"1", {}};
  std::map<long long, d::Scorecard> cards;
  for (const auto& row : ReportRepository(m_db).scorecards(filter, d::GroupBy::Unit, now))
    if (!row.total && row.key > 0) cards[row.key] = row.card;

  SQLite::Statement units(m_db, R"SQL(
SELECT u.id, u.name, r.name FROM units u JOIN regions r ON r.id = u.region_id
ORDER BY r.sort_order, r.id, u.sort_order, u.id)SQL");
  std::vector<d::UnitAssessmentFacts> out;
  while (units.executeStep()) {
    d::UnitAssessmentFacts f;
    f.unitId = units.getColumn(0).getInt64();
    f.cadres = countOf(cadreCounts, f.unitId);
    const auto card = cards.find(f.unitId);
    if (f.cadres == 0 && card == cards.end()) continue;  // nothing to assess
    f.unitName = units.getColumn(1).getString();
    f.regionName = units.getColumn(2).getString();
    f.enterprises = countOf(enterpriseCounts, f.unitId);
    if (card != cards.end()) {
      f.received = card->second.count(d::Figure::Received);
      f.signOnTime = card->second.signOnTime;
      f.finishOnTime = card->second.finishOnTime;
      f.satisfaction = card->second.satisfaction;
    }
    f.contactsLogged = countOf(contactCounts, f.unitId);
    f.enterpriseMonthsOwed = f.enterprises * monthsOwed;
    f.contactedMonths = countOf(coveredCounts, f.unitId);
    f.operatingReported = countOf(reportedCounts, f.unitId);
    if (const auto b = bulletinCounts.find(f.unitId); b != bulletinCounts.end()) {
      f.bulletinsSubmitted = b->second.first;
      f.bulletinsAdopted = b->second.second;
    }
    out.push_back(std::move(f));
  }
  return out;
}

std::set<long long> AssessmentRepository::unitsWhere(const db::SqlCondition& scope, std::optional<long long> regionId) {
  SQLite::Statement s(m_db, "SELECT u.id FROM units u WHERE (" + scope.sql + ") AND (? IS NULL OR u.region_id = ?)");
  int index = db::bindCondition(s, 1, scope);
  for (int i = 0; i < 2; ++i) {
    if (regionId) s.bind(index++, static_cast<int64_t>(*regionId));
    else s.bind(index++);
  }
  std::set<long long> out;
  while (s.executeStep()) out.insert(s.getColumn(0).getInt64());
  return out;
}

}  // namespace qinqing::backend::report
