#include "repositories/org_admin_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include "db/sql_helpers.hpp"
#include "repositories/organisation_repository.hpp"
#include "repositories/paged_query.hpp"

namespace qinqing::backend {
namespace {

constexpr const char* kRegionSelect =
    "SELECT r.id, r.name, r.kind, (SELECT count(*) FROM units n WHERE n.region_id = r.id) FROM regions r";

domain::RegionRow readRegion(SQLite::Statement& stmt) {
  return {stmt.getColumn(0).getInt64(), stmt.getColumn(1).getString(), regionKindColumn(stmt.getColumn(2).getString()),
          stmt.getColumn(3).getInt()};
}

constexpr const char* kUnitSelect = R"SQL(
SELECT u.id, u.name, r.id, r.name, (SELECT count(*) FROM cadres n WHERE n.unit_id = u.id) AS cadre_count
FROM units u JOIN regions r ON r.id = u.region_id
)SQL";

domain::UnitRow readUnit(SQLite::Statement& stmt) {
  return {stmt.getColumn(0).getInt64(), stmt.getColumn(1).getString(),
          domain::NamedRef{stmt.getColumn(2).getInt64(), stmt.getColumn(3).getString()}, stmt.getColumn(4).getInt()};
}

std::string unitOrder(const std::string& sort, bool descending) {
  const char* dir = descending ? " DESC" : "";
  if (sort == "name") return std::string("u.name") + dir + ", u.id";
  if (sort == "cadre_count") return std::string("cadre_count") + dir + ", u.sort_order, u.id";
  return std::string("r.sort_order") + dir + ", u.sort_order" + dir + ", u.id" + dir;
}

}  // namespace

const std::vector<std::string>& unitSortKeys() {
  static const std::vector<std::string> keys = {"order", "name", "cadre_count"};
  return keys;
}

std::vector<domain::RegionRow> OrgAdminRepository::regions() {
  SQLite::Statement stmt(m_db, std::string(kRegionSelect) + " ORDER BY r.sort_order, r.id");
  std::vector<domain::RegionRow> out;
  while (stmt.executeStep()) out.push_back(readRegion(stmt));
  return out;
}

std::optional<long long> OrgAdminRepository::cityRegionId() {
  SQLite::Statement stmt(m_db, "SELECT id FROM regions WHERE kind = 'city' ORDER BY sort_order, id LIMIT 1");
  if (!stmt.executeStep()) return std::nullopt;
  return stmt.getColumn(0).getInt64();
}

bool OrgAdminRepository::regionNameTaken(const std::string& name, std::optional<long long> exceptId) {
  SQLite::Statement stmt(m_db, "SELECT EXISTS (SELECT 1 FROM regions WHERE name = ? AND id <> ?)");
  stmt.bind(1, name);
  stmt.bind(2, static_cast<int64_t>(exceptId.value_or(0)));
  stmt.executeStep();
  return stmt.getColumn(0).getInt() != 0;
}

long long OrgAdminRepository::insertRegion(const domain::RegionForm& form) {
  const domain::RegionKind kind = form.kind.value_or(domain::RegionKind::County);  // validated by the service
  const std::string kindKey(domain::regionKindKey(kind));
  // Counties before zones (the display order of the login page and 组织机构): a new county goes
  // after the last county and moves the zones down by one.
  SQLite::Statement last(m_db, "SELECT coalesce(max(sort_order), 0) FROM regions WHERE kind IN ('city', ?)");
  last.bind(1, kindKey);
  last.executeStep();
  const int order = last.getColumn(0).getInt() + 1;
  if (kind == domain::RegionKind::County) {
    SQLite::Statement shift(m_db, "UPDATE regions SET sort_order = sort_order + 1 WHERE kind = 'zone' AND sort_order >= ?");
    shift.bind(1, order);
    shift.exec();
  }
  SQLite::Statement insert(m_db, R"SQL(
    INSERT INTO regions (name, kind, parent_id, sort_order)
    VALUES (?, ?, (SELECT id FROM regions WHERE kind = 'city' ORDER BY sort_order, id LIMIT 1), ?))SQL");
  insert.bind(1, form.name);
  insert.bind(2, kindKey);
  insert.bind(3, order);
  insert.exec();
  return m_db.getLastInsertRowid();
}

void OrgAdminRepository::renameRegion(long long id, const std::string& name) {
  SQLite::Statement stmt(m_db, "UPDATE regions SET name = ? WHERE id = ?");
  stmt.bind(1, name);
  stmt.bind(2, static_cast<int64_t>(id));
  stmt.exec();
}

std::optional<domain::RegionRow> OrgAdminRepository::findRegion(long long id) {
  SQLite::Statement stmt(m_db, std::string(kRegionSelect) + " WHERE r.id = ?");
  stmt.bind(1, static_cast<int64_t>(id));
  if (!stmt.executeStep()) return std::nullopt;
  return readRegion(stmt);
}

domain::Page<domain::UnitRow> OrgAdminRepository::units(const UnitListQuery& query) {
  std::string where = " WHERE 1";
  if (query.regionId) where += " AND u.region_id = ?";
  if (!query.page.query.empty()) where += " AND u.name LIKE ? ESCAPE '\\'";
  auto bindFilter = [&](SQLite::Statement& stmt) {
    int index = 1;
    if (query.regionId) stmt.bind(index++, static_cast<int64_t>(*query.regionId));
    if (!query.page.query.empty()) stmt.bind(index++, containsPattern(query.page.query));
    return index;
  };
  return readPage<domain::UnitRow>(
      m_db, "SELECT count(*) FROM units u" + where,
      std::string(kUnitSelect) + where + " ORDER BY " + unitOrder(query.page.sort, query.page.descending), query.page,
      bindFilter, readUnit);
}

std::optional<domain::UnitRow> OrgAdminRepository::findUnit(long long id) {
  SQLite::Statement stmt(m_db, std::string(kUnitSelect) + " WHERE u.id = ?");
  stmt.bind(1, static_cast<int64_t>(id));
  if (!stmt.executeStep()) return std::nullopt;
  return readUnit(stmt);
}

void OrgAdminRepository::renameUnit(long long id, const std::string& name) {
  SQLite::Statement stmt(m_db, "UPDATE units SET name = ? WHERE id = ?");
  stmt.bind(1, name);
  stmt.bind(2, static_cast<int64_t>(id));
  stmt.exec();
}

int OrgAdminRepository::nextUnitSortOrder(long long regionId) {
  SQLite::Statement stmt(m_db, "SELECT coalesce(max(sort_order), -1) + 1 FROM units WHERE region_id = ?");
  stmt.bind(1, static_cast<int64_t>(regionId));
  stmt.executeStep();
  return stmt.getColumn(0).getInt();
}

std::vector<domain::IndustryGroupRow> OrgAdminRepository::industryGroups() {
  SQLite::Statement stmt(m_db, R"SQL(
    SELECT g.id, g.key, g.name, u.id, u.name,
           (SELECT count(*) FROM enterprises e WHERE e.industry_group_id = g.id)
    FROM industry_groups g LEFT JOIN units u ON u.id = g.unit_id
    ORDER BY g.sort_order, g.id)SQL");
  std::vector<domain::IndustryGroupRow> out;
  while (stmt.executeStep()) {
    domain::IndustryGroupRow g;
    g.id = stmt.getColumn(0).getInt64();
    g.key = stmt.getColumn(1).getString();
    g.name = stmt.getColumn(2).getString();
    if (!stmt.getColumn(3).isNull()) g.unit = domain::NamedRef{stmt.getColumn(3).getInt64(), stmt.getColumn(4).getString()};
    g.enterpriseCount = stmt.getColumn(5).getInt();
    out.push_back(std::move(g));
  }
  return out;
}

std::optional<StoredCadre> OrgAdminRepository::findCadre(long long id) {
  SQLite::Statement stmt(m_db, R"SQL(
    SELECT c.id, c.unit_id, u.region_id, u.name, c.name, c.title, c.mobile, c.email, c.contact_is_proxy
    FROM cadres c JOIN units u ON u.id = c.unit_id WHERE c.id = ?)SQL");
  stmt.bind(1, static_cast<int64_t>(id));
  if (!stmt.executeStep()) return std::nullopt;
  StoredCadre s;
  s.id = stmt.getColumn(0).getInt64();
  s.form.unitId = stmt.getColumn(1).getInt64();
  s.regionId = stmt.getColumn(2).getInt64();
  s.unitName = stmt.getColumn(3).getString();
  s.form.name = stmt.getColumn(4).getString();
  s.form.title = stmt.getColumn(5).getString();
  s.form.mobile = stmt.getColumn(6).getString();
  s.form.email = stmt.getColumn(7).getString();
  s.form.contactIsProxy = stmt.getColumn(8).getInt() != 0;
  return s;
}

void OrgAdminRepository::updateCadre(long long id, const domain::CadreForm& f) {
  SQLite::Statement stmt(m_db,
                         "UPDATE cadres SET unit_id = ?, name = ?, title = ?, mobile = ?, email = ?, "
                         "contact_is_proxy = ? WHERE id = ?");
  stmt.bind(1, static_cast<int64_t>(f.unitId));
  stmt.bind(2, f.name);
  stmt.bind(3, f.title);
  stmt.bind(4, f.mobile);
  stmt.bind(5, f.email);
  stmt.bind(6, f.contactIsProxy ? 1 : 0);
  stmt.bind(7, static_cast<int64_t>(id));
  stmt.exec();
}

}  // namespace qinqing::backend
