// The roles of the notice (§1–23) and the platform's own three administrators (等保 2.0 三权分立).
// A role decides the menu a user sees and the slice of data the server lets them touch.
// Every account holds exactly one role.
#pragma once

#include <array>
#include <initializer_list>
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

// A set of roles (who may take a petition action, see petition_machine.cpp's action table).
class RoleSet {
public:
  constexpr RoleSet() = default;
  constexpr RoleSet(std::initializer_list<Role> roles) {
    for (Role r : roles) m_bits |= bit(r);
  }
  constexpr bool contains(Role role) const { return (m_bits & bit(role)) != 0; }
  constexpr bool empty() const { return m_bits == 0; }
  constexpr RoleSet operator|(RoleSet other) const { return fromBits(m_bits | other.m_bits); }
  constexpr bool operator==(const RoleSet&) const = default;

private:
  static constexpr unsigned bit(Role r) { return 1u << static_cast<unsigned>(r); }
  static constexpr RoleSet fromBits(unsigned bits) {
    RoleSet s;
    s.m_bits = bits;
    return s;
  }
  unsigned m_bits = 0;
};

// 单位管理员 and 县市区管理员: the roles a petition is routed to (签收, 办理, 申诉; §12, §20).
inline constexpr RoleSet kPetitionHandlerRoles = {Role::UnitAdmin, Role::CountyAdmin};
// 双千分办员 and 城区行业分办员: the roles that route petitions and decide extensions (§22).
inline constexpr RoleSet kPetitionDispatcherRoles = {Role::CityDispatcher, Role::IndustryDispatcher};

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

// Membership of kPetitionHandlerRoles / kPetitionDispatcherRoles.
bool roleHandlesPetitions(Role role);
bool roleDispatchesPetitions(Role role);

// 超级巡查员 and 审计管理员 only read.
bool roleIsReadOnly(Role role);

}  // namespace qinqing::domain
