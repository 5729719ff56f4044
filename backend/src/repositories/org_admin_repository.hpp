// OrgAdminRepository: the reads and writes of 组织机构 and of the cadre roster as 系统管理员 keeps
// them — regions with their unit counts, a region's units (paged), renaming a unit, the industry
// groups with their departments, and a cadre's stored fields and their update. Inserting units and
// cadres reuses OrganisationRepository::insertUnit and CadreRepository::insert.
// Methods throw SQLite::Exception on database errors and constraint violations (a duplicate unit
// name within a region, a duplicate cadre name within a unit); callers check uniqueness first.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <vector>

#include "qinqing/org/organisation.hpp"
#include "qinqing/org/paging.hpp"

namespace qinqing::backend {

// order (the units' display order, default), name, cadre_count.
const std::vector<std::string>& unitSortKeys();

struct UnitListQuery {
  domain::PageRequest page;  // normalised with unitSortKeys(); q matches the unit name
  std::optional<long long> regionId;
};

// A cadre as stored, with the region of their unit.
struct StoredCadre {
  long long id = 0;
  long long regionId = 0;
  domain::CadreForm form;
  std::string unitName;
};

class OrgAdminRepository {
public:
  explicit OrgAdminRepository(SQLite::Database& db) : m_db(db) {}

  // Every region in display order (city, counties, zones) with its unit count.
  std::vector<domain::RegionRow> regions();
  std::optional<domain::RegionRow> findRegion(long long id);
  // The city's own region (kind city), which city-level accounts belong to.
  std::optional<long long> cityRegionId();
  bool regionNameTaken(const std::string& name, std::optional<long long> exceptId);
  // A county or zone after the last region of its kind; returns its id. The city is its parent.
  long long insertRegion(const domain::RegionForm& form);
  void renameRegion(long long id, const std::string& name);

  domain::Page<domain::UnitRow> units(const UnitListQuery& query);
  std::optional<domain::UnitRow> findUnit(long long id);
  void renameUnit(long long id, const std::string& name);
  // The display position after the region's last unit.
  int nextUnitSortOrder(long long regionId);

  std::vector<domain::IndustryGroupRow> industryGroups();

  std::optional<StoredCadre> findCadre(long long id);
  void updateCadre(long long id, const domain::CadreForm& form);

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend
