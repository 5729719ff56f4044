// OrganisationRepository: regions, units and industry groups — the fixed frame every account,
// cadre and enterprise hangs from (notice §1, §7, §20, §22). Small, rarely written reference data.
// All SQL for these tables lives here. Methods throw SQLite::Exception on database errors and on
// constraint violations (a duplicate unit name within a region, an unknown region id).
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <string_view>

#include "qinqing/identity/account.hpp"

namespace qinqing::backend {

// The kind stored in a regions.kind column (its CHECK constraint admits only the vocabulary's keys).
inline domain::RegionKind regionKindColumn(const std::string& key) {
  return domain::regionKindFromKey(key).value_or(domain::RegionKind::County);
}

struct NewRegion {
  std::string name;
  domain::RegionKind kind = domain::RegionKind::County;
  std::optional<long long> parentId;
  int sortOrder = 0;
};

struct NewUnit {
  long long regionId = 0;
  std::string name;
  int sortOrder = 0;
};

struct NewIndustryGroup {
  std::string key;   // stable English key ("industry", "construction", ...)
  std::string name;  // 经信, 住建, ...
  std::optional<long long> unitId;  // the department that runs the group (§22)
  int sortOrder = 0;
};

class OrganisationRepository {
public:
  explicit OrganisationRepository(SQLite::Database& db) : m_db(db) {}

  long long insertRegion(const NewRegion& region);
  long long insertUnit(const NewUnit& unit);
  long long insertIndustryGroup(const NewIndustryGroup& group);

  std::optional<long long> findRegionId(std::string_view name);
  std::optional<long long> findUnitId(long long regionId, std::string_view name);

  // Regions and units in display order (city first, then counties, then zones), for the login page.
  domain::LoginOptions loginOptions();

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend
