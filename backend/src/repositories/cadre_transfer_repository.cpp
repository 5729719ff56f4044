#include "repositories/cadre_transfer_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include "db/sql_helpers.hpp"
#include "repositories/paged_query.hpp"
#include "util/clock.hpp"

namespace qinqing::backend {
namespace {

constexpr const char* kTransferSelect = R"SQL(
SELECT t.id, c.id, c.name, fu.id, fu.name, tu.id, tu.name, t.status, t.requested_at, t.decided_at, b.id, b.login_name,
       t.note, (SELECT count(*) FROM enterprises e WHERE e.cadre_id = c.id), tu.region_id
FROM cadre_transfers t
JOIN cadres c ON c.id = t.cadre_id
JOIN units fu ON fu.id = t.from_unit_id
JOIN units tu ON tu.id = t.to_unit_id
LEFT JOIN accounts b ON b.id = t.decided_by
)SQL";

StoredCadreTransfer readCadreTransferRow(SQLite::Statement& s) {
  StoredCadreTransfer out;
  domain::CadreTransfer& t = out.transfer;
  t.id = s.getColumn(0).getInt64();
  t.cadre = {s.getColumn(1).getInt64(), s.getColumn(2).getString()};
  t.fromUnit = {s.getColumn(3).getInt64(), s.getColumn(4).getString()};
  t.toUnit = {s.getColumn(5).getInt64(), s.getColumn(6).getString()};
  t.status = domain::cadreTransferStatusFromKey(s.getColumn(7).getString()).value_or(domain::CadreTransferStatus::Pending);
  t.requestedAt = formatChinaTime(s.getColumn(8).getInt64());
  if (auto decided = db::optionalInt(s.getColumn(9))) t.decidedAt = formatChinaTime(*decided);
  if (!s.getColumn(10).isNull()) t.decidedBy = domain::NamedRef{s.getColumn(10).getInt64(), s.getColumn(11).getString()};
  t.note = s.getColumn(12).getString();
  t.enterpriseCount = s.getColumn(13).getInt();
  out.toUnitRegionId = s.getColumn(14).getInt64();
  return out;
}

std::optional<StoredCadreTransfer> one(SQLite::Database& db, const std::string& where, long long id) {
  SQLite::Statement stmt(db, std::string(kTransferSelect) + where);
  stmt.bind(1, static_cast<int64_t>(id));
  if (!stmt.executeStep()) return std::nullopt;
  return readCadreTransferRow(stmt);
}

}  // namespace

long long CadreTransferRepository::insert(long long cadreId, long long fromUnitId, long long toUnitId, long long now) {
  SQLite::Statement stmt(m_db,
                         "INSERT INTO cadre_transfers (cadre_id, from_unit_id, to_unit_id, requested_at) VALUES (?, ?, ?, ?)");
  stmt.bind(1, static_cast<int64_t>(cadreId));
  stmt.bind(2, static_cast<int64_t>(fromUnitId));
  stmt.bind(3, static_cast<int64_t>(toUnitId));
  stmt.bind(4, static_cast<int64_t>(now));
  stmt.exec();
  return m_db.getLastInsertRowid();
}

std::optional<StoredCadreTransfer> CadreTransferRepository::find(long long id) { return one(m_db, " WHERE t.id = ?", id); }

std::optional<StoredCadreTransfer> CadreTransferRepository::pendingOf(long long cadreId) {
  return one(m_db, " WHERE t.cadre_id = ? AND t.status = 'pending'", cadreId);
}

domain::Page<domain::CadreTransfer> CadreTransferRepository::list(const CadreTransferListQuery& query) {
  std::string where = " WHERE 1";
  if (!query.page.query.empty()) where += " AND c.name LIKE ? ESCAPE '\\'";
  if (query.status) where += " AND t.status = ?";
  if (query.toUnitId) where += " AND t.to_unit_id = ?";
  if (query.toRegionId) where += " AND tu.region_id = ?";
  auto bind = [&](SQLite::Statement& stmt) {
    int index = 1;
    if (!query.page.query.empty()) stmt.bind(index++, containsPattern(query.page.query));
    if (query.status) stmt.bind(index++, std::string(domain::cadreTransferStatusKey(*query.status)));
    if (query.toUnitId) stmt.bind(index++, static_cast<int64_t>(*query.toUnitId));
    if (query.toRegionId) stmt.bind(index++, static_cast<int64_t>(*query.toRegionId));
    return index;
  };
  domain::Page<domain::CadreTransfer> page;
  SQLite::Statement count(m_db, std::string("SELECT count(*) FROM cadre_transfers t JOIN cadres c ON c.id = t.cadre_id "
                                            "JOIN units tu ON tu.id = t.to_unit_id") + where);
  bind(count);
  count.executeStep();
  page.total = count.getColumn(0).getInt64();
  const domain::PageRequest request = clampToTotal(query.page, page.total);
  page.page = request.page;
  page.pageSize = request.pageSize;
  const std::string dir = request.descending ? " DESC" : "";
  const std::string order = request.sort == "cadre" ? "c.name" + dir + ", t.id DESC" : "t.requested_at" + dir + ", t.id" + dir;
  SQLite::Statement rows(m_db, std::string(kTransferSelect) + where + " ORDER BY " + order + " LIMIT ? OFFSET ?");
  int index = bind(rows);
  rows.bind(index++, request.pageSize);
  rows.bind(index, static_cast<int64_t>(domain::pageOffset(request)));
  while (rows.executeStep()) page.items.push_back(readCadreTransferRow(rows).transfer);
  return page;
}

void CadreTransferRepository::close(long long id, domain::CadreTransferStatus status, std::optional<long long> byAccountId,
                                    const std::string& note, long long now) {
  SQLite::Statement stmt(m_db,
                         "UPDATE cadre_transfers SET status = ?, decided_at = ?, decided_by = ?, note = ? "
                         "WHERE id = ? AND status = 'pending'");
  stmt.bind(1, std::string(domain::cadreTransferStatusKey(status)));
  stmt.bind(2, static_cast<int64_t>(now));
  db::bindOptional(stmt, 3, byAccountId);
  stmt.bind(4, note);
  stmt.bind(5, static_cast<int64_t>(id));
  stmt.exec();
}

bool CadreTransferRepository::unitHasCadreNamed(long long unitId, const std::string& name) {
  SQLite::Statement stmt(m_db, "SELECT EXISTS (SELECT 1 FROM cadres WHERE unit_id = ? AND name = ?)");
  stmt.bind(1, static_cast<int64_t>(unitId));
  stmt.bind(2, name);
  stmt.executeStep();
  return stmt.getColumn(0).getInt() != 0;
}

void CadreTransferRepository::moveCadre(long long cadreId, long long toUnitId, long long toRegionId) {
  SQLite::Statement cadre(m_db, "UPDATE cadres SET unit_id = ? WHERE id = ?");
  cadre.bind(1, static_cast<int64_t>(toUnitId));
  cadre.bind(2, static_cast<int64_t>(cadreId));
  cadre.exec();
  SQLite::Statement account(m_db, "UPDATE accounts SET unit_id = ?, region_id = ? WHERE cadre_id = ? AND role = 'cadre'");
  account.bind(1, static_cast<int64_t>(toUnitId));
  account.bind(2, static_cast<int64_t>(toRegionId));
  account.bind(3, static_cast<int64_t>(cadreId));
  account.exec();
}

std::vector<std::string> CadreTransferRepository::unitAdministratorMobiles(long long unitId) {
  SQLite::Statement stmt(m_db,
                         "SELECT mobile FROM accounts WHERE role = 'unit_admin' AND unit_id = ? AND mobile <> '' "
                         "AND disabled_at IS NULL ORDER BY id");
  stmt.bind(1, static_cast<int64_t>(unitId));
  std::vector<std::string> out;
  while (stmt.executeStep()) out.push_back(stmt.getColumn(0).getString());
  return out;
}

}  // namespace qinqing::backend
