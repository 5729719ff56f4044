#include "auth/scope.hpp"

#include <SQLiteCpp/Statement.h>

#include <algorithm>

#include "qinqing/identity/menu.hpp"
#include "qinqing/org/enterprise_record.hpp"
#include "qinqing/org/organisation.hpp"

namespace qinqing::backend::auth {
namespace {
using domain::Role;

db::SqlCondition nothing() { return {"0", {}}; }
db::SqlCondition everything() { return {"1", {}}; }

// cond with one id parameter, or nothing when the account lacks the id (fail closed).
db::SqlCondition withId(const char* sql, const std::optional<long long>& id, int uses = 1) {
  if (!id) return nothing();
  return {sql, std::vector<long long>(static_cast<std::size_t>(uses), *id)};
}

bool exists(SQLite::Database& db, const char* table, const char* alias, long long id, const db::SqlCondition& cond) {
  SQLite::Statement stmt(db, std::string("SELECT EXISTS (SELECT 1 FROM ") + table + " " + alias + " WHERE " + alias +
                                 ".id = ? AND (" + cond.sql + "))");
  stmt.bind(1, static_cast<int64_t>(id));
  db::bindCondition(stmt, 2, cond);
  stmt.executeStep();
  return stmt.getColumn(0).getInt() != 0;
}

}  // namespace

const std::vector<Role>& baseDataRoles() {
  static const std::vector<Role> roles = {Role::Enterprise,     Role::Cadre,
                                          Role::UnitAdmin,      Role::CountyAdmin,
                                          Role::CityDispatcher, Role::IndustryDispatcher,
                                          Role::Inspector,      Role::SystemAdmin};
  return roles;
}

const std::vector<Role>& enterpriseWriteRoles() {
  static const std::vector<Role> roles = {Role::Enterprise, Role::Cadre, Role::Inspector};
  return roles;
}

const std::vector<Role>& mobileRevealRoles() {
  static const std::vector<Role> roles = {Role::UnitAdmin,          Role::CountyAdmin, Role::CityDispatcher,
                                          Role::IndustryDispatcher, Role::Inspector,   Role::SystemAdmin};
  return roles;
}

const std::vector<Role>& cadreAssignmentRoles() {
  // The one rule (shared), which the client also uses to offer 更换包联干部.
  static const std::vector<Role> roles = [] {
    std::vector<Role> out;
    for (Role r : domain::kAllRoles) {
      if (domain::roleMayReassignCadre(r)) out.push_back(r);
    }
    return out;
  }();
  return roles;
}

db::SqlCondition Scope::enterprises() const {
  switch (m_who.role) {
    case Role::Enterprise: return withId("e.id = ?", m_who.enterpriseId);
    case Role::Cadre: return withId("e.cadre_id = ?", m_who.cadreId);
    case Role::UnitAdmin:
      return withId("e.cadre_id IN (SELECT sc_c.id FROM cadres sc_c WHERE sc_c.unit_id = ?)", m_who.unitId);
    case Role::CountyAdmin:
      // §20: a county administrator works like a unit administrator for the whole county: the
      // county's own enterprises, and those served by cadres of the county's units wherever the
      // enterprise is registered.
      return withId(
          "(e.region_id = ? OR e.cadre_id IN (SELECT sc_c.id FROM cadres sc_c JOIN units sc_u ON sc_u.id = "
          "sc_c.unit_id WHERE sc_u.region_id = ?))",
          m_who.regionId, 2);
    case Role::IndustryDispatcher: return withId("e.industry_group_id = ?", m_who.industryGroupId);
    case Role::CityDispatcher:
    case Role::Inspector:
    case Role::SystemAdmin: return everything();
    case Role::SecurityAdmin:
    case Role::AuditAdmin: return nothing();
  }
  return nothing();
}

db::SqlCondition Scope::cadres() const {
  switch (m_who.role) {
    case Role::Enterprise: return nothing();
    case Role::Cadre: return withId("c.id = ?", m_who.cadreId);
    case Role::UnitAdmin: return withId("c.unit_id = ?", m_who.unitId);
    case Role::CountyAdmin:
      return withId("c.unit_id IN (SELECT sc_u.id FROM units sc_u WHERE sc_u.region_id = ?)", m_who.regionId);
    case Role::IndustryDispatcher:
      // IN over one scan of the group's enterprises, not a correlated EXISTS: SQLite would run the
      // EXISTS through the industry-group index once per cadre (~35 ms at 10,000 enterprises).
      return withId("c.id IN (SELECT sc_e.cadre_id FROM enterprises sc_e WHERE sc_e.industry_group_id = ?)",
                    m_who.industryGroupId);
    case Role::CityDispatcher:
    case Role::Inspector:
    case Role::SystemAdmin: return everything();
    case Role::SecurityAdmin:
    case Role::AuditAdmin: return nothing();
  }
  return nothing();
}

db::SqlCondition Scope::petitions() const {
  switch (m_who.role) {
    case Role::Enterprise: return withId("p.enterprise_id = ?", m_who.enterpriseId);
    case Role::Cadre: return withId("(p.cadre_id = ? AND p.state <> 'draft')", m_who.cadreId);
    case Role::UnitAdmin: return withId("p.handler_unit_id = ?", m_who.unitId);
    case Role::CountyAdmin:
      return withId(
          "(p.handler_region_id = ? OR p.handler_unit_id IN (SELECT sc_u.id FROM units sc_u WHERE sc_u.region_id = ?))",
          m_who.regionId, 2);
    case Role::IndustryDispatcher:
      return withId("(p.industry_group_id = ? AND p.state <> 'draft')", m_who.industryGroupId);
    case Role::CityDispatcher:
    case Role::Inspector: return {"p.state <> 'draft'", {}};
    case Role::SystemAdmin:
    case Role::SecurityAdmin:
    case Role::AuditAdmin: return nothing();
  }
  return nothing();
}

db::SqlCondition Scope::reportFacts() const {
  switch (m_who.role) {
    case Role::UnitAdmin: return withId("f.unit_id = ?", m_who.unitId);
    case Role::CountyAdmin: return withId("f.region_id = ?", m_who.regionId);
    case Role::IndustryDispatcher: return withId("f.industry_group_id = ?", m_who.industryGroupId);
    case Role::CityDispatcher:
    case Role::Inspector: return everything();
    case Role::Enterprise:
    case Role::Cadre:
    case Role::SystemAdmin:
    case Role::SecurityAdmin:
    case Role::AuditAdmin: return nothing();
  }
  return nothing();
}

db::SqlCondition Scope::assessedUnits() const {
  switch (m_who.role) {
    case Role::UnitAdmin: return withId("u.id = ?", m_who.unitId);
    case Role::CountyAdmin: return withId("u.region_id = ?", m_who.regionId);
    case Role::IndustryDispatcher:
      return withId(
          "u.id IN (SELECT sc_c.unit_id FROM cadres sc_c JOIN enterprises sc_e ON sc_e.cadre_id = sc_c.id "
          "WHERE sc_e.industry_group_id = ?)",
          m_who.industryGroupId);
    case Role::CityDispatcher:
    case Role::Inspector: return everything();
    case Role::Enterprise:
    case Role::Cadre:
    case Role::SystemAdmin:
    case Role::SecurityAdmin:
    case Role::AuditAdmin: return nothing();
  }
  return nothing();
}

namespace {
// The roles whose menu holds the item: the routes behind it let exactly them in.
std::vector<Role> rolesWithMenuItem(std::string_view key) {
  std::vector<Role> out;
  for (Role r : domain::kAllRoles)
    if (domain::roleHasMenuItem(r, key)) out.push_back(r);
  return out;
}
}  // namespace

const std::vector<Role>& reportRoles() {
  static const std::vector<Role> roles = rolesWithMenuItem("reports.petition_stats");
  return roles;
}

const std::vector<Role>& overviewRoles() {
  static const std::vector<Role> roles = rolesWithMenuItem("reports.overview");
  return roles;
}

const std::vector<Role>& assessmentRoles() {
  static const std::vector<Role> roles = rolesWithMenuItem("reports.unit_assessment");
  return roles;
}

const std::vector<Role>& applicationReviewRoles() {
  static const std::vector<Role> roles = {Role::CountyAdmin, Role::SystemAdmin};
  return roles;
}

db::SqlCondition Scope::applications() const {
  if (m_who.role == Role::SystemAdmin) return everything();
  if (m_who.role == Role::CountyAdmin) return withId("a.region_id = ?", m_who.regionId);
  return nothing();
}

bool Scope::includesPetition(SQLite::Database& db, long long petitionId) const {
  return exists(db, "petitions", "p", petitionId, petitions());
}

bool Scope::includesEnterprise(SQLite::Database& db, long long enterpriseId) const {
  return exists(db, "enterprises", "e", enterpriseId, enterprises());
}

bool Scope::includesCadre(SQLite::Database& db, long long cadreId) const {
  return exists(db, "cadres", "c", cadreId, cadres());
}

bool Scope::seesFullMobiles(long long enterpriseId, std::optional<long long> enterpriseCadreId) const {
  if (m_who.role == Role::Enterprise) return m_who.enterpriseId == enterpriseId;
  if (m_who.role == Role::Cadre) return m_who.cadreId && enterpriseCadreId == m_who.cadreId;
  return false;
}

domain::Status Scope::mayEditEnterprises() const {
  if (m_who.role == Role::Inspector) {
    return domain::DomainError::of(domain::ErrorCode::Forbidden, "超级巡查员只能查看，不能修改");
  }
  if (!domain::roleMayEditEnterprise(m_who.role)) {
    return domain::DomainError::of(domain::ErrorCode::Forbidden, "当前账号无权修改企业信息");
  }
  return domain::Ok{};
}

}  // namespace qinqing::backend::auth
