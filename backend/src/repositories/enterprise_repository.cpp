#include "repositories/enterprise_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include "db/sql_helpers.hpp"
#include "repositories/paged_query.hpp"
#include "util/clock.hpp"

namespace qinqing::backend {
namespace {

constexpr const char* kRecordColumns = R"SQL(
SELECT e.id, e.name, e.uscc, r.id, r.name, g.id, g.name, c.id, c.name, u.id, u.name,
       e.legal_rep, e.legal_rep_mobile, e.liaison, e.liaison_mobile, e.address, e.intro,
       (SELECT max(cl.date) FROM contact_logs cl WHERE cl.enterprise_id = e.id)
)SQL";
// The joins every sort key can use (r, g, c); the units join only serves the record.
constexpr const char* kSortJoins = R"SQL(
JOIN regions r ON r.id = e.region_id
LEFT JOIN industry_groups g ON g.id = e.industry_group_id
LEFT JOIN cadres c ON c.id = e.cadre_id
)SQL";
constexpr const char* kUnitJoin = " LEFT JOIN units u ON u.id = c.unit_id ";

std::string recordSelect() { return std::string(kRecordColumns) + " FROM enterprises e" + kSortJoins + kUnitJoin; }

std::optional<domain::NamedRef> optionalRef(SQLite::Statement& stmt, int index) {
  if (stmt.getColumn(index).isNull()) return std::nullopt;
  return domain::NamedRef{stmt.getColumn(index).getInt64(), stmt.getColumn(index + 1).getString()};
}

domain::EnterpriseRecord readEnterpriseRecord(SQLite::Statement& stmt) {
  domain::EnterpriseRecord r;
  r.id = stmt.getColumn(0).getInt64();
  r.name = stmt.getColumn(1).getString();
  r.uscc = stmt.getColumn(2).getString();
  r.region = {stmt.getColumn(3).getInt64(), stmt.getColumn(4).getString()};
  r.industryGroup = optionalRef(stmt, 5);
  r.cadre = optionalRef(stmt, 7);
  r.cadreUnit = optionalRef(stmt, 9);
  r.legalRep = stmt.getColumn(11).getString();
  r.legalRepMobile = stmt.getColumn(12).getString();
  r.liaison = stmt.getColumn(13).getString();
  r.liaisonMobile = stmt.getColumn(14).getString();
  r.address = stmt.getColumn(15).getString();
  r.intro = stmt.getColumn(16).getString();
  if (!stmt.getColumn(17).isNull()) r.lastContactDate = stmt.getColumn(17).getString();
  return r;
}

// ORDER BY for a sort key; the direction applies to the key, rows without a group or cadre come
// last either way, and name + id make the order total so pages never overlap.
std::string enterpriseOrder(const std::string& sort, bool descending) {
  const char* dir = descending ? " DESC" : "";
  if (sort == "uscc") return std::string("e.uscc") + dir + ", e.id";
  if (sort == "region") return std::string("r.sort_order") + dir + ", r.id" + dir + ", e.name, e.id";
  if (sort == "industry_group") return std::string("(g.id IS NULL), g.sort_order") + dir + ", e.name, e.id";
  if (sort == "cadre") return std::string("(c.id IS NULL), c.name") + dir + ", e.name, e.id";
  return std::string("e.name") + dir + ", e.id";
}

// WHERE over the alias e only, so the COUNT needs no joins.
struct ListFilter {
  std::string where;
  std::vector<std::string> texts;
  std::vector<long long> ids;
};

ListFilter enterpriseFilterOf(const EnterpriseListQuery& q) {
  ListFilter f;
  if (!q.page.query.empty()) {
    f.where += " AND (e.name LIKE ? ESCAPE '\\' OR e.uscc LIKE ? ESCAPE '\\')";
    f.texts.assign(2, containsPattern(q.page.query));
  }
  auto byId = [&](const std::optional<long long>& id, const char* clause) {
    if (!id) return;
    f.where += clause;
    f.ids.push_back(*id);
  };
  byId(q.regionId, " AND e.region_id = ?");
  byId(q.industryGroupId, " AND e.industry_group_id = ?");
  byId(q.cadreId, " AND e.cadre_id = ?");
  return f;
}

int bindFilter(SQLite::Statement& stmt, int index, const db::SqlCondition& scope, const ListFilter& f) {
  index = db::bindCondition(stmt, index, scope);
  for (const auto& text : f.texts) stmt.bind(index++, text);
  for (long long id : f.ids) stmt.bind(index++, static_cast<int64_t>(id));
  return index;
}

}  // namespace

const std::vector<std::string>& enterpriseSortKeys() {
  static const std::vector<std::string> keys = {"name", "uscc", "region", "industry_group", "cadre"};
  return keys;
}

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

domain::Page<domain::EnterpriseRecord> EnterpriseRepository::list(const EnterpriseListQuery& query,
                                                                 const db::SqlCondition& scope) {
  const ListFilter filter = enterpriseFilterOf(query);
  const std::string where = " WHERE (" + scope.sql + ")" + filter.where;

  domain::Page<domain::EnterpriseRecord> page;
  SQLite::Statement count(m_db, "SELECT count(*) FROM enterprises e" + where);
  bindFilter(count, 1, scope, filter);
  count.executeStep();
  page.total = count.getColumn(0).getInt64();

  const domain::PageRequest request = clampToTotal(query.page, page.total);
  page.page = request.page;
  page.pageSize = request.pageSize;
  // The page's ids are chosen first, sorting narrow rows, and only those 20 rows are then read in
  // full: sorting whole records by a joined column took twice as long at 10,000 enterprises.
  const std::string order = " ORDER BY " + enterpriseOrder(request.sort, request.descending);
  SQLite::Statement rows(m_db, std::string(kRecordColumns) + " FROM (SELECT e.id FROM enterprises e" + kSortJoins +
                                   where + order + " LIMIT ? OFFSET ?) page JOIN enterprises e ON e.id = page.id" +
                                   kSortJoins + kUnitJoin + order);
  int index = bindFilter(rows, 1, scope, filter);
  rows.bind(index++, request.pageSize);
  rows.bind(index, static_cast<int64_t>(domain::pageOffset(request)));
  while (rows.executeStep()) page.items.push_back(readEnterpriseRecord(rows));
  return page;
}

std::optional<domain::EnterpriseRecord> EnterpriseRepository::find(long long id, const db::SqlCondition& scope) {
  SQLite::Statement stmt(m_db, recordSelect() + " WHERE e.id = ? AND (" + scope.sql + ")");
  stmt.bind(1, static_cast<int64_t>(id));
  db::bindCondition(stmt, 2, scope);
  if (!stmt.executeStep()) return std::nullopt;
  return readEnterpriseRecord(stmt);
}

void EnterpriseRepository::update(long long id, const domain::EnterpriseEdit& edit) {
  SQLite::Statement stmt(m_db,
                         "UPDATE enterprises SET uscc = ?, address = ?, legal_rep = ?, legal_rep_mobile = ?, "
                         "liaison = ?, liaison_mobile = ?, intro = ? WHERE id = ?");
  stmt.bind(1, edit.uscc);
  stmt.bind(2, edit.address);
  stmt.bind(3, edit.legalRep);
  stmt.bind(4, edit.legalRepMobile);
  stmt.bind(5, edit.liaison);
  stmt.bind(6, edit.liaisonMobile);
  stmt.bind(7, edit.intro);
  stmt.bind(8, static_cast<int64_t>(id));
  stmt.exec();
}

std::vector<domain::CadreAssignment> EnterpriseRepository::assignments(long long enterpriseId) {
  SQLite::Statement stmt(m_db, R"SQL(
SELECT a.id, c.id, c.name, u.id, u.name, a.assigned_at, acc.id, acc.login_name, a.note
FROM cadre_assignments a
LEFT JOIN cadres c ON c.id = a.cadre_id
LEFT JOIN units u ON u.id = c.unit_id
LEFT JOIN accounts acc ON acc.id = a.assigned_by
WHERE a.enterprise_id = ?
ORDER BY a.assigned_at DESC, a.id DESC
)SQL");
  stmt.bind(1, static_cast<int64_t>(enterpriseId));
  std::vector<domain::CadreAssignment> out;
  while (stmt.executeStep()) {
    domain::CadreAssignment a;
    a.id = stmt.getColumn(0).getInt64();
    a.cadre = optionalRef(stmt, 1);
    a.cadreUnit = optionalRef(stmt, 3);
    a.assignedAt = formatChinaTime(static_cast<long long>(stmt.getColumn(5).getInt64()));
    a.assignedBy = optionalRef(stmt, 6);
    a.note = stmt.getColumn(8).getString();
    out.push_back(std::move(a));
  }
  return out;
}

std::optional<long long> EnterpriseRepository::findIdByUscc(std::string_view uscc) {
  SQLite::Statement stmt(m_db, "SELECT id FROM enterprises WHERE uscc = ?");
  stmt.bind(1, std::string(uscc));
  if (!stmt.executeStep()) return std::nullopt;
  return stmt.getColumn(0).getInt64();
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
