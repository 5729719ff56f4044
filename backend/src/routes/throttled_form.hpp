// The throttle check the secret-checking forms (登录, 解锁, 修改密码) share: 429 with Retry-After
// when the address or the name is past its failure limit, audited once per address and window
// (access.throttled) rather than once per refused request.
#pragma once

#include <httplib.h>

#include <optional>
#include <string>
#include <string_view>

#include "auth/attempt_throttle.hpp"
#include "qinqing/identity/role.hpp"
#include "services.hpp"

namespace qinqing::backend {

// The name a throttle counts failures under: the same account whatever the spelling's address.
std::string throttleNameKey(domain::Role role, const std::string& loginName, std::optional<long long> unitId);

// True when refused (the 429 is already in res).
bool refusedByThrottle(auth::AttemptThrottle& throttle, std::string_view form, const std::string& name,
                       const httplib::Request& req, httplib::Response& res, Services& services);

}  // namespace qinqing::backend
