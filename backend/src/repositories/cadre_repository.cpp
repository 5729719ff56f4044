#include "repositories/cadre_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include "db/sql_helpers.hpp"
#include "repositories/paged_query.hpp"

namespace qinqing::backend {
namespace {

constexpr const char* kSummarySelect = R"SQL(
SELECT c.id, c.name, u.id, u.name, r.id, r.name, c.title, c.mobile, c.email,
       (SELECT count(*) FROM enterprises n WHERE n.cadre_id = c.id) AS enterprise_count, c.contact_is_proxy
FROM cadres c
JOIN units u ON u.id = c.unit_id
JOIN regions r ON r.id = u.region_id
)SQL";

domain::CadreSummary readCadreSummary(SQLite::Statement& stmt) {
  domain::CadreSummary s;
  s.id = stmt.getColumn(0).getInt64();
  s.name = stmt.getColumn(1).getString();
  s.unit = {stmt.getColumn(2).getInt64(), stmt.getColumn(3).getString()};
  s.region = {stmt.getColumn(4).getInt64(), stmt.getColumn(5).getString()};
  s.title = stmt.getColumn(6).getString();
  s.mobileMasked = domain::maskMobile(stmt.getColumn(7).getString());
  s.email = stmt.getColumn(8).getString();
  s.enterpriseCount = stmt.getColumn(9).getInt();
  s.contactIsProxy = stmt.getColumn(10).getInt() != 0;
  return s;
}

std::string cadreOrder(const std::string& sort, bool descending) {
  const char* dir = descending ? " DESC" : "";
  if (sort == "unit") return std::string("u.sort_order") + dir + ", u.id" + dir + ", c.name, c.id";
  if (sort == "title") return std::string("c.title") + dir + ", c.name, c.id";
  if (sort == "enterprise_count") return std::string("enterprise_count") + dir + ", c.name, c.id";
  return std::string("c.name") + dir + ", c.id";
}

}  // namespace

const std::vector<std::string>& cadreSortKeys() {
  static const std::vector<std::string> keys = {"name", "unit", "title", "enterprise_count"};
  return keys;
}

long long CadreRepository::insert(const NewCadre& cadre) {
  SQLite::Statement stmt(m_db,
                         "INSERT INTO cadres (unit_id, name, title, mobile, contact_is_proxy, email) "
                         "VALUES (?, ?, ?, ?, ?, ?)");
  stmt.bind(1, static_cast<int64_t>(cadre.unitId));
  stmt.bind(2, cadre.name);
  stmt.bind(3, cadre.title);
  stmt.bind(4, cadre.mobile);
  stmt.bind(5, cadre.contactIsProxy ? 1 : 0);
  stmt.bind(6, cadre.email);
  return db::insertAndGetId(stmt, m_db);
}

std::optional<long long> CadreRepository::findIdByUnitAndName(long long unitId, std::string_view name) {
  SQLite::Statement stmt(m_db, "SELECT id FROM cadres WHERE unit_id = ? AND name = ?");
  stmt.bind(1, static_cast<int64_t>(unitId));
  stmt.bind(2, std::string(name));
  if (!stmt.executeStep()) return std::nullopt;
  return stmt.getColumn(0).getInt64();
}

domain::Page<domain::CadreSummary> CadreRepository::list(const CadreListQuery& query, const db::SqlCondition& scope) {
  std::string where = " WHERE (" + scope.sql + ")";
  if (!query.page.query.empty()) {
    where += " AND (c.name LIKE ? ESCAPE '\\' OR c.title LIKE ? ESCAPE '\\' OR u.name LIKE ? ESCAPE '\\')";
  }
  if (query.unitId) where += " AND c.unit_id = ?";
  auto bindFilter = [&](SQLite::Statement& stmt) {
    int index = db::bindCondition(stmt, 1, scope);
    if (!query.page.query.empty()) {
      const std::string pattern = containsPattern(query.page.query);
      for (int i = 0; i < 3; ++i) stmt.bind(index++, pattern);
    }
    if (query.unitId) stmt.bind(index++, static_cast<int64_t>(*query.unitId));
    return index;
  };

  return readPage<domain::CadreSummary>(
      m_db, "SELECT count(*) FROM cadres c JOIN units u ON u.id = c.unit_id" + where,
      std::string(kSummarySelect) + where + " ORDER BY " + cadreOrder(query.page.sort, query.page.descending),
      query.page, bindFilter, readCadreSummary);
}

std::optional<domain::CadreSummary> CadreRepository::find(long long id, const db::SqlCondition& scope) {
  SQLite::Statement stmt(m_db, std::string(kSummarySelect) + " WHERE c.id = ? AND (" + scope.sql + ")");
  stmt.bind(1, static_cast<int64_t>(id));
  db::bindCondition(stmt, 2, scope);
  if (!stmt.executeStep()) return std::nullopt;
  return readCadreSummary(stmt);
}

std::vector<domain::NamedRef> CadreRepository::enterprisesOf(long long cadreId,
                                                             const db::SqlCondition& enterpriseScope) {
  SQLite::Statement stmt(m_db, "SELECT e.id, e.name FROM enterprises e WHERE e.cadre_id = ? AND (" +
                                   enterpriseScope.sql + ") ORDER BY e.name, e.id");
  stmt.bind(1, static_cast<int64_t>(cadreId));
  db::bindCondition(stmt, 2, enterpriseScope);
  std::vector<domain::NamedRef> out;
  while (stmt.executeStep()) out.push_back({stmt.getColumn(0).getInt64(), stmt.getColumn(1).getString()});
  return out;
}

long long CadreRepository::count() { return m_db.execAndGet("SELECT count(*) FROM cadres").getInt64(); }

}  // namespace qinqing::backend
