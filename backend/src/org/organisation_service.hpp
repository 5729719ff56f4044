// OrganisationService: 组织机构 as 系统管理员 maintains it (issue 4 "Organisation"): the regions, the
// units of a region (paged), adding a unit to a region and renaming one, and the six industry
// groups with their departments (read-only: they are fixed by §22). The role check is the route
// table's. Each write is one transaction with its audit entry (org.unit_created, org.unit_renamed).
//
// Unit names are unique within their region: a duplicate is conflict (409, field name). A unit's
// administrator account keeps its fixed login name when the unit is renamed (§7: people log in with
// it); 账号管理 shows the account under the unit's new name. Database failures throw SQLite::Exception.
#pragma once

#include <string>
#include <vector>

#include "auth/auth_context.hpp"
#include "db/database.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/org/organisation.hpp"
#include "repositories/org_admin_repository.hpp"
#include "util/clock.hpp"

namespace qinqing::backend::org {

class OrganisationService {
public:
  OrganisationService(db::Database& database, Clock clock) : m_db(database), m_clock(std::move(clock)) {}

  std::vector<domain::RegionRow> regions();
  domain::Page<domain::UnitRow> units(const UnitListQuery& query);
  std::vector<domain::IndustryGroupRow> industryGroups();

  // validateUnitForm (with region); invalid_input on region_id for an unknown region ("所选区域不存在");
  // conflict on name when the region already has a unit of that name.
  domain::Result<domain::UnitRow> createUnit(const auth::AuthContext& who, domain::UnitForm form,
                                             const std::string& clientAddress);

  // validateUnitForm (name only); not_found ("单位不存在"); conflict on name as above. The same name
  // again changes nothing and is not audited.
  domain::Result<domain::UnitRow> renameUnit(const auth::AuthContext& who, long long id, domain::UnitForm form,
                                             const std::string& clientAddress);

  // validateRegionForm; conflict on name when a region of that name exists (names are unique across
  // the city: people pick them at login). New counties go after the counties, zones after the zones.
  // invalid_transition before `qinqing init` made the city. Audited (org.region_created).
  domain::Result<domain::RegionRow> createRegion(const auth::AuthContext& who, domain::RegionForm form,
                                                 const std::string& clientAddress);
  // not_found ("区域不存在"); conflict as above; the same name again changes nothing. Accounts keep
  // their login names (茅箭区管理员 is renamed in 账号管理 if wanted). Audited (org.region_renamed).
  domain::Result<domain::RegionRow> renameRegion(const auth::AuthContext& who, long long id, domain::RegionForm form,
                                                 const std::string& clientAddress);

private:
  db::Database& m_db;
  Clock m_clock;
};

}  // namespace qinqing::backend::org
