// One documented demo account per role (backend/README.md), for tests that go through every role.
#pragma once

#include <array>
#include <optional>
#include <string>

#include "qinqing/identity/role.hpp"
#include "test_server.hpp"

namespace qinqing::backend::testsupport {

struct DemoAccount {
  domain::Role role;
  const char* loginName;
  const char* unit;  // cadres log in under a unit; nullptr for everyone else
};

// 张明's enterprise (十堰市经信局), the demo's enterprise account.
inline constexpr const char* kXinyuan = "十堰市鑫源汽车零部件有限公司";

inline constexpr std::array<DemoAccount, 10> kDemoAccounts = {{
    {domain::Role::Enterprise, "十堰市鑫源汽车零部件有限公司", nullptr},
    {domain::Role::Cadre, "张明", "十堰市经信局"},
    {domain::Role::UnitAdmin, "十堰市经信局管理员", nullptr},
    {domain::Role::CountyAdmin, "茅箭区管理员", nullptr},
    {domain::Role::CityDispatcher, "双千分办员", nullptr},
    {domain::Role::IndustryDispatcher, "经信组分办员", nullptr},
    {domain::Role::Inspector, "巡查员01", nullptr},
    {domain::Role::SystemAdmin, "sysadmin", nullptr},
    {domain::Role::SecurityAdmin, "secadmin", nullptr},
    {domain::Role::AuditAdmin, "auditadmin", nullptr},
}};

// Logs the demo account in; empty token on failure.
inline std::string loginAs(const TestServer& server, const DemoAccount& account) {
  std::optional<long long> unit;
  if (account.unit) unit = server.unitId(account.unit);
  return server.login(account.role, account.loginName, unit);
}

inline std::string loginAs(const TestServer& server, domain::Role role) {
  for (const auto& a : kDemoAccounts) {
    if (a.role == role) return loginAs(server, a);
  }
  return {};
}

}  // namespace qinqing::backend::testsupport
