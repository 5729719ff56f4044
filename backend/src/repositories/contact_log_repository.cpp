#include "repositories/contact_log_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include "db/sql_helpers.hpp"
#include "repositories/paged_query.hpp"
#include "util/clock.hpp"

namespace qinqing::backend {
namespace {
namespace d = qinqing::domain;

constexpr const char* kContactSelect = R"SQL(
SELECT l.id, l.date, l.way, l.summary, l.follow_up, e.id, e.name, c.id, c.name, l.created_at
FROM contact_logs l JOIN enterprises e ON e.id = l.enterprise_id JOIN cadres c ON c.id = l.cadre_id
)SQL";

wire::ContactView readContactLogRow(SQLite::Statement& s) {
  wire::ContactView v;
  v.id = s.getColumn(0).getInt64();
  if (auto date = d::Date::parseIso(s.getColumn(1).getString())) v.entry.date = date.value();
  v.entry.way = d::contactWayFromKey(s.getColumn(2).getString()).value_or(d::ContactWay::Other);
  v.entry.summary = s.getColumn(3).getString();
  v.entry.followUp = s.getColumn(4).getString();
  v.enterprise = {s.getColumn(5).getInt64(), s.getColumn(6).getString()};
  v.cadre = {s.getColumn(7).getInt64(), s.getColumn(8).getString()};
  v.createdAt = formatChinaTime(s.getColumn(9).getInt64());
  return v;
}

}  // namespace

long long ContactLogRepository::insert(long long enterpriseId, long long cadreId, const d::ContactEntry& entry,
                                       std::optional<long long> accountId, long long now) {
  SQLite::Statement s(m_db, R"SQL(
INSERT INTO contact_logs (enterprise_id, cadre_id, date, way, summary, follow_up, created_at, created_by)
VALUES (?, ?, ?, ?, ?, ?, ?, ?))SQL");
  s.bind(1, static_cast<int64_t>(enterpriseId));
  s.bind(2, static_cast<int64_t>(cadreId));
  s.bind(3, entry.date.toIso());
  s.bind(4, std::string(d::contactWayKey(entry.way)));
  s.bind(5, entry.summary);
  s.bind(6, entry.followUp);
  s.bind(7, static_cast<int64_t>(now));
  db::bindOptional(s, 8, accountId);
  return db::insertAndGetId(s, m_db);
}

std::optional<wire::ContactView> ContactLogRepository::find(long long id) {
  SQLite::Statement s(m_db, std::string(kContactSelect) + " WHERE l.id = ?");
  s.bind(1, static_cast<int64_t>(id));
  if (!s.executeStep()) return std::nullopt;
  return readContactLogRow(s);
}

d::Page<wire::ContactView> ContactLogRepository::list(const ContactListQuery& query, const db::SqlCondition& scope) {
  std::string where = " WHERE (" + scope.sql + ")";
  if (!query.page.query.empty()) {
    where += " AND (l.summary LIKE ? ESCAPE '\\' OR l.follow_up LIKE ? ESCAPE '\\' OR e.name LIKE ? ESCAPE '\\')";
  }
  if (query.enterpriseId) where += " AND l.enterprise_id = ?";
  if (query.cadreId) where += " AND l.cadre_id = ?";
  const char* dir = query.page.descending ? " DESC" : " ASC";
  const std::string order = query.page.sort == "way" ? std::string(" ORDER BY l.way") + dir + ", l.date DESC, l.id DESC"
                                                     : std::string(" ORDER BY l.date") + dir + ", l.id" + dir;
  auto bind = [&](SQLite::Statement& stmt) {
    int index = db::bindCondition(stmt, 1, scope);
    if (!query.page.query.empty()) {
      const std::string pattern = containsPattern(query.page.query);
      for (int i = 0; i < 3; ++i) stmt.bind(index++, pattern);
    }
    if (query.enterpriseId) stmt.bind(index++, static_cast<int64_t>(*query.enterpriseId));
    if (query.cadreId) stmt.bind(index++, static_cast<int64_t>(*query.cadreId));
    return index;
  };
  return readPage<wire::ContactView>(
      m_db, "SELECT count(*) FROM contact_logs l JOIN enterprises e ON e.id = l.enterprise_id" + where,
      std::string(kContactSelect) + where + order, query.page, bind, readContactLogRow);
}

std::map<long long, CadreContactCounts> ContactLogRepository::countsByCadre(const std::vector<long long>& cadreIds,
                                                                            const std::string& monthStart) {
  std::map<long long, CadreContactCounts> out;
  SQLite::Statement s(m_db,
                      "SELECT count(*), coalesce(sum(date >= ?), 0) FROM contact_logs WHERE cadre_id = ?");
  for (long long id : cadreIds) {
    s.bind(1, monthStart);
    s.bind(2, static_cast<int64_t>(id));
    if (s.executeStep()) out[id] = {s.getColumn(0).getInt(), s.getColumn(1).getInt()};
    s.reset();
  }
  return out;
}

std::vector<UncontactedEnterprises> ContactLogRepository::uncontactedSince(const std::string& monthStart) {
  SQLite::Statement s(m_db, R"SQL(
SELECT c.id, coalesce(nullif(a.mobile, ''), c.mobile, ''), e.name
FROM enterprises e JOIN cadres c ON c.id = e.cadre_id
LEFT JOIN accounts a ON a.role = 'cadre' AND a.cadre_id = c.id
WHERE NOT EXISTS (SELECT 1 FROM contact_logs l WHERE l.enterprise_id = e.id AND l.date >= ?)
ORDER BY c.id, e.name)SQL");
  s.bind(1, monthStart);
  std::vector<UncontactedEnterprises> out;
  while (s.executeStep()) {
    const long long cadre = s.getColumn(0).getInt64();
    if (out.empty() || out.back().cadreId != cadre) out.push_back({cadre, s.getColumn(1).getString(), {}});
    out.back().enterpriseNames.push_back(s.getColumn(2).getString());
  }
  return out;
}

}  // namespace qinqing::backend
