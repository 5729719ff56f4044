#include "repositories/organisation_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include "db/sql_helpers.hpp"

namespace qinqing::backend {

long long OrganisationRepository::insertRegion(const NewRegion& region) {
  SQLite::Statement stmt(m_db, "INSERT INTO regions (name, kind, parent_id, sort_order) VALUES (?, ?, ?, ?)");
  stmt.bind(1, region.name);
  stmt.bind(2, std::string(domain::regionKindKey(region.kind)));
  db::bindOptional(stmt, 3, region.parentId);
  stmt.bind(4, region.sortOrder);
  return db::insertAndGetId(stmt, m_db);
}

long long OrganisationRepository::insertUnit(const NewUnit& unit) {
  SQLite::Statement stmt(m_db, "INSERT INTO units (region_id, name, sort_order) VALUES (?, ?, ?)");
  stmt.bind(1, static_cast<int64_t>(unit.regionId));
  stmt.bind(2, unit.name);
  stmt.bind(3, unit.sortOrder);
  return db::insertAndGetId(stmt, m_db);
}

long long OrganisationRepository::insertIndustryGroup(const NewIndustryGroup& group) {
  SQLite::Statement stmt(m_db, "INSERT INTO industry_groups (key, name, unit_id, sort_order) VALUES (?, ?, ?, ?)");
  stmt.bind(1, group.key);
  stmt.bind(2, group.name);
  db::bindOptional(stmt, 3, group.unitId);
  stmt.bind(4, group.sortOrder);
  return db::insertAndGetId(stmt, m_db);
}

std::optional<long long> OrganisationRepository::findRegionId(std::string_view name) {
  SQLite::Statement stmt(m_db, "SELECT id FROM regions WHERE name = ?");
  stmt.bind(1, std::string(name));
  if (!stmt.executeStep()) return std::nullopt;
  return stmt.getColumn(0).getInt64();
}

std::optional<long long> OrganisationRepository::findUnitId(long long regionId, std::string_view name) {
  SQLite::Statement stmt(m_db, "SELECT id FROM units WHERE region_id = ? AND name = ?");
  stmt.bind(1, static_cast<int64_t>(regionId));
  stmt.bind(2, std::string(name));
  if (!stmt.executeStep()) return std::nullopt;
  return stmt.getColumn(0).getInt64();
}

domain::LoginOptions OrganisationRepository::loginOptions() {
  domain::LoginOptions options;
  SQLite::Statement regions(m_db, "SELECT id, name, kind FROM regions ORDER BY sort_order, id");
  while (regions.executeStep()) {
    options.regions.push_back({regions.getColumn(0).getInt64(), regions.getColumn(1).getString(),
                               regionKindColumn(regions.getColumn(2).getString())});
  }
  SQLite::Statement units(m_db,
                          "SELECT u.id, u.region_id, u.name FROM units u JOIN regions r ON r.id = u.region_id "
                          "ORDER BY r.sort_order, u.sort_order, u.id");
  while (units.executeStep()) {
    options.units.push_back(
        {units.getColumn(0).getInt64(), units.getColumn(1).getInt64(), units.getColumn(2).getString()});
  }
  return options;
}

}  // namespace qinqing::backend
