// AuthContext: who is calling, resolved from the bearer token before a protected handler runs.
// It carries the account's scope ids so handlers (and, in issue 4, the scope checks) never have to
// look the account up again. Plain data; never contains the token itself.
#pragma once

#include <optional>
#include <string>

#include "qinqing/identity/role.hpp"

namespace qinqing::backend::auth {

struct AuthContext {
  long long accountId = 0;
  domain::Role role = domain::Role::Enterprise;
  std::string loginName;                     // as typed at login; names the account in the audit log
  std::optional<long long> unitId;           // cadres, unit administrators
  std::optional<long long> regionId;         // county administrators, and the region of everyone else
  std::optional<long long> cadreId;          // cadres
  std::optional<long long> enterpriseId;     // enterprises
  std::optional<long long> industryGroupId;  // 城区行业分办员, enterprises
  std::string tokenHash;                     // identifies the session (logout ends exactly this one)
  // First login or an expired password: the RouteTable answers 403 password_change_required to
  // everything but the routes that change it (RouteInfo::beforePasswordChange).
  bool passwordChangeRequired = false;
};

}  // namespace qinqing::backend::auth
