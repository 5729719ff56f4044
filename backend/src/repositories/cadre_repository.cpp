#include "repositories/cadre_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include "db/sql_helpers.hpp"

namespace qinqing::backend {

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

long long CadreRepository::count() { return m_db.execAndGet("SELECT count(*) FROM cadres").getInt64(); }

}  // namespace qinqing::backend
