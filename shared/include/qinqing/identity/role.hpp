// The roles of the notice (§1–23) and the platform's own three administrators (等保 2.0 三权分立).
// A role decides the menu a user sees and the slice of data the server lets them touch.
// Every account holds exactly one role.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace qinqing::domain {

enum class Role {
  Enterprise,          // 企业: its own records
  Cadre,               // 包联干部: the enterprises assigned to them
  UnitAdmin,           // 单位管理员: its unit
  CountyAdmin,         // 县市区管理员: its county (§20, works like a unit administrator)
  CityDispatcher,      // 双千分办员: the city dispatch group, all petitions
  IndustryDispatcher,  // 城区行业分办员: one industry group (§22)
  Inspector,           // 超级巡查员: everything, read-only (§23)
  SystemAdmin,         // 系统管理员: accounts, organisation, base data, calendar, publishing
  SecurityAdmin,       // 安全管理员: lockouts, sessions, password policy
  AuditAdmin,          // 审计管理员: the audit log only
};

inline constexpr std::array<Role, 10> kAllRoles = {
    Role::Enterprise,  Role::Cadre,         Role::UnitAdmin,   Role::CountyAdmin,
    Role::CityDispatcher, Role::IndustryDispatcher, Role::Inspector, Role::SystemAdmin,
    Role::SecurityAdmin, Role::AuditAdmin,
};

// Chinese name shown to users (登录页的“用户类型”, 个人信息的“角色”).
std::string_view roleDisplayName(Role role);

// Stable English key used on the wire and in the database ("enterprise", "cadre", ...).
std::string_view roleKey(Role role);
std::optional<Role> roleFromKey(std::string_view key);

// Cadres log in by choosing region and unit and typing their own name (§1); everyone else types a
// fixed account name (§7) or the enterprise's full registered name (§13).
bool roleLogsInByUnitAndName(Role role);

// The label above the login-name field for this role (e.g. 企业全称, 账号).
std::string_view loginNameLabel(Role role);

// Staff must change their password every 90 days, enterprises every 180 (issue 4 policy).
int passwordMaxAgeDays(Role role);

// 超级巡查员 and 审计管理员 only read.
bool roleIsReadOnly(Role role);

}  // namespace qinqing::domain
