#include "repositories/enterprise_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include "db/sql_helpers.hpp"

namespace qinqing::backend {

long long EnterpriseRepository::insert(const NewEnterprise& e) {
  SQLite::Statement stmt(m_db,
                         "INSERT INTO enterprises (name, uscc, region_id, industry_group_id, legal_rep, "
                         "legal_rep_mobile, liaison, liaison_mobile, address, intro) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  stmt.bind(1, e.name);
  stmt.bind(2, e.uscc);
  stmt.bind(3, static_cast<int64_t>(e.regionId));
  db::bindOptional(stmt, 4, e.industryGroupId);
  stmt.bind(5, e.legalRep);
  stmt.bind(6, e.legalRepMobile);
  stmt.bind(7, e.liaison);
  stmt.bind(8, e.liaisonMobile);
  stmt.bind(9, e.address);
  stmt.bind(10, e.intro);
  return db::insertAndGetId(stmt, m_db);
}

void EnterpriseRepository::assignCadre(long long enterpriseId, std::optional<long long> cadreId,
                                       long long assignedAt, std::optional<long long> assignedBy,
                                       std::string_view note) {
  SQLite::Statement update(m_db, "UPDATE enterprises SET cadre_id = ? WHERE id = ?");
  db::bindOptional(update, 1, cadreId);
  update.bind(2, static_cast<int64_t>(enterpriseId));
  update.exec();

  SQLite::Statement history(m_db,
                            "INSERT INTO cadre_assignments (enterprise_id, cadre_id, assigned_at, assigned_by, note) "
                            "VALUES (?, ?, ?, ?, ?)");
  history.bind(1, static_cast<int64_t>(enterpriseId));
  db::bindOptional(history, 2, cadreId);
  history.bind(3, static_cast<int64_t>(assignedAt));
  db::bindOptional(history, 4, assignedBy);
  history.bind(5, std::string(note));
  history.exec();
}

std::optional<long long> EnterpriseRepository::findIdByName(std::string_view name) {
  SQLite::Statement stmt(m_db, "SELECT id FROM enterprises WHERE name = ?");
  stmt.bind(1, std::string(name));
  if (!stmt.executeStep()) return std::nullopt;
  return stmt.getColumn(0).getInt64();
}

std::optional<long long> EnterpriseRepository::cadreOf(long long enterpriseId) {
  SQLite::Statement stmt(m_db, "SELECT cadre_id FROM enterprises WHERE id = ?");
  stmt.bind(1, static_cast<int64_t>(enterpriseId));
  if (!stmt.executeStep()) return std::nullopt;
  return db::optionalInt(stmt.getColumn(0));
}

long long EnterpriseRepository::count() { return m_db.execAndGet("SELECT count(*) FROM enterprises").getInt64(); }

}  // namespace qinqing::backend
