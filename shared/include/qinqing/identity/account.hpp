// What the platform knows about a signed-in user, and what a login attempt carries.
// Plain data: the server fills them from the database, the client shows them.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "qinqing/core/result.hpp"
#include "qinqing/identity/role.hpp"
#include "qinqing/org/region_kind.hpp"

namespace qinqing::domain {

struct NamedRef {
  long long id = 0;
  std::string name;
  bool operator==(const NamedRef&) const = default;
};

struct AccountProfile {
  long long accountId = 0;
  Role role = Role::Enterprise;
  std::string loginName;               // 企业全称, 干部姓名 or a fixed account name (茅箭区管理员)
  std::string displayName;             // the person's or company's name
  std::optional<NamedRef> region;      // 区域
  std::optional<NamedRef> unit;        // 工作单位 (cadres, unit administrators)
  std::optional<NamedRef> enterprise;  // for enterprise accounts
  std::optional<NamedRef> industryGroup;  // 城区行业分办员 and enterprises (§22)
  std::string title;                   // 职务
  std::string email;
  std::string mobileMasked;            // 138****1234; full numbers never travel in a profile
  bool mobileBound = false;            // first login binds a mobile (§1, §7)
  bool mustChangePassword = false;     // first login, or password older than the role's limit
  std::string lastLoginAt;             // ISO 8601 with +08:00, empty on first login
  std::optional<NamedRef> pendingUnit;  // cadres: the unit a requested move waits to be confirmed by
  bool operator==(const AccountProfile&) const = default;
};

struct LoginRequest {
  Role role = Role::Enterprise;
  std::string loginName;
  std::optional<long long> unitId;  // cadres choose region and unit first (§1)
  std::string password;
  bool operator==(const LoginRequest&) const = default;
};

// The longest login name any account has (an enterprise's full name, ≤ 100 characters) and the
// longest password the policy allows: anything longer is refused before it is looked up, hashed
// or written to the audit log.
inline constexpr std::size_t kLoginNameMaxChars = 100;
inline constexpr std::size_t kLoginPasswordMaxChars = 64;

// Checks what can be checked without the database: role-specific required fields and the
// lengths above. Returns every problem with a Chinese message (fields: login_name, unit_id, password).
Status validateLoginRequest(const LoginRequest& request);

// The options the login page offers before anyone is signed in.
struct LoginRegion {
  long long id = 0;
  std::string name;
  RegionKind kind = RegionKind::County;
  bool operator==(const LoginRegion&) const = default;
};
struct LoginUnit {
  long long id = 0;
  long long regionId = 0;
  std::string name;
  bool operator==(const LoginUnit&) const = default;
};
struct LoginOptions {
  std::vector<LoginRegion> regions;
  std::vector<LoginUnit> units;
  bool operator==(const LoginOptions&) const = default;
};

// Masks a mainland mobile number for display: 13812341234 → 138****1234. Other text is masked
// all but its first and last character.
std::string maskMobile(const std::string& mobile);

}  // namespace qinqing::domain
