#include "qinqing/identity/role.hpp"

namespace qinqing::domain {

std::string_view roleDisplayName(Role role) {
  switch (role) {
    case Role::Enterprise: return "企业";
    case Role::Cadre: return "包联干部";
    case Role::UnitAdmin: return "单位管理员";
    case Role::CountyAdmin: return "县市区管理员";
    case Role::CityDispatcher: return "双千分办员";
    case Role::IndustryDispatcher: return "城区行业分办员";
    case Role::Inspector: return "超级巡查员";
    case Role::SystemAdmin: return "系统管理员";
    case Role::SecurityAdmin: return "安全管理员";
    case Role::AuditAdmin: return "审计管理员";
  }
  return "";
}

std::string_view roleKey(Role role) {
  switch (role) {
    case Role::Enterprise: return "enterprise";
    case Role::Cadre: return "cadre";
    case Role::UnitAdmin: return "unit_admin";
    case Role::CountyAdmin: return "county_admin";
    case Role::CityDispatcher: return "city_dispatcher";
    case Role::IndustryDispatcher: return "industry_dispatcher";
    case Role::Inspector: return "inspector";
    case Role::SystemAdmin: return "system_admin";
    case Role::SecurityAdmin: return "security_admin";
    case Role::AuditAdmin: return "audit_admin";
  }
  return "";
}

std::optional<Role> roleFromKey(std::string_view key) {
  for (Role r : kAllRoles) {
    if (roleKey(r) == key) return r;
  }
  return std::nullopt;
}

bool roleLogsInByUnitAndName(Role role) { return role == Role::Cadre; }

std::string_view loginNameLabel(Role role) {
  switch (role) {
    case Role::Enterprise: return "企业全称";
    case Role::Cadre: return "姓名";
    case Role::UnitAdmin:
    case Role::CountyAdmin:
    case Role::CityDispatcher:
    case Role::IndustryDispatcher:
    case Role::Inspector:
    case Role::SystemAdmin:
    case Role::SecurityAdmin:
    case Role::AuditAdmin: return "账号";
  }
  return "账号";
}

int passwordMaxAgeDays(Role role) { return role == Role::Enterprise ? 180 : 90; }

bool roleHandlesPetitions(Role role) { return kPetitionHandlerRoles.contains(role); }

bool roleDispatchesPetitions(Role role) { return kPetitionDispatcherRoles.contains(role); }

bool roleIsReadOnly(Role role) { return role == Role::Inspector || role == Role::AuditAdmin; }

}  // namespace qinqing::domain
