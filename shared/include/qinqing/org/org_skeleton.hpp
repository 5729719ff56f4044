// The organisation a new deployment starts from (`qinqing init`, issue 17): the city, its counties,
// districts and zones, the units that must exist before anything else (the city dispatch office and
// the six departments that run the industry groups, §22), the six industry groups, and the login
// names of the three platform administrators. It lives in one editable data file
// (assets/org/skeleton.json) so another city can deploy with its own. Plain data and its checks.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "qinqing/core/result.hpp"
#include "qinqing/identity/role.hpp"
#include "qinqing/org/region_kind.hpp"

namespace qinqing::domain {

struct SkeletonRegion {
  std::string name;
  std::optional<RegionKind> kind;  // a county or zone; the city is OrganisationSkeleton::city (none: unknown key)
  bool operator==(const SkeletonRegion&) const = default;
};

struct SkeletonUnit {
  std::string region;  // the city's or a region's name
  std::string name;
  bool operator==(const SkeletonUnit&) const = default;
};

struct SkeletonIndustryGroup {
  std::string key;   // stable English key (industry, construction, …)
  std::string name;  // 经信, 住建, …
  std::string unit;  // the department that runs it, one of the units
  bool operator==(const SkeletonIndustryGroup&) const = default;
};

struct SkeletonAdministrator {
  Role role = Role::SystemAdmin;
  std::string loginName;
  std::string holderName;
  bool operator==(const SkeletonAdministrator&) const = default;
};

struct OrganisationSkeleton {
  std::string city;
  std::vector<SkeletonRegion> regions;
  std::vector<SkeletonUnit> units;
  std::vector<SkeletonIndustryGroup> industryGroups;
  std::vector<SkeletonAdministrator> administrators;
  bool operator==(const OrganisationSkeleton&) const = default;
};

// Every problem at once, with the field as a path ("regions[2].kind", "industry_groups[0].unit"):
// the city named; region names present, unique and unlike the city, kinds county or zone; units
// name the city or a listed region, unique within it; industry groups with unique keys and names
// run by a listed unit; administrators exactly one each of 系统管理员, 安全管理员 and 审计管理员 with
// distinct, non-empty login names.
Status validateSkeleton(const OrganisationSkeleton& skeleton);

}  // namespace qinqing::domain
