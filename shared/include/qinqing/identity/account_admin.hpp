// Accounts as 系统管理员 manages them (账号管理, issue 4): the list with its status, one account with
// the people who have held it, and the handover of a fixed staff account to a new holder (§7: unit
// and county administrator accounts keep their names and are bound to one named holder; handing
// one over is an audited action). Plain data and the checks that need no database. Passwords and
// full mobile numbers never appear here.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "qinqing/core/result.hpp"
#include "qinqing/identity/account.hpp"
#include "qinqing/identity/account_provisioning.hpp"
#include "qinqing/identity/role.hpp"

namespace qinqing::domain {

// What an account can do now. Derived, never stored: Disabled = 停用 by 系统管理员 (accounts are
// disabled, never deleted), PendingActivation = no password yet (see activation.hpp), Locked = a
// lock in force (5 failed logins), Active otherwise; in that order of precedence.
enum class AccountStatus { Active, PendingActivation, Locked, Disabled };

inline constexpr AccountStatus kAllAccountStatuses[] = {AccountStatus::Active, AccountStatus::PendingActivation,
                                                        AccountStatus::Locked, AccountStatus::Disabled};

// "active", "pending_activation", "locked", "disabled" on the wire.
std::string_view accountStatusKey(AccountStatus status);
std::optional<AccountStatus> accountStatusFromKey(std::string_view key);
// 正常, 待激活, 锁定, 已停用.
std::string_view accountStatusName(AccountStatus status);

// A row of 账号管理.
struct AccountSummary {
  long long id = 0;
  Role role = Role::Enterprise;
  std::string loginName;
  std::string holderName;              // the named holder, the cadre, or the enterprise's liaison
  std::optional<NamedRef> region;
  std::optional<NamedRef> unit;
  std::optional<NamedRef> industryGroup;
  std::string mobileMasked;            // 138****1234, empty when none is on record
  AccountStatus status = AccountStatus::Active;
  std::string lastLoginAt;             // ISO 8601 +08:00, empty if never
  bool operator==(const AccountSummary&) const = default;
};

// The filters of 账号管理 beside the page request's search (login name or holder) and sort.
struct AccountFilter {
  std::optional<Role> role;
  std::optional<long long> regionId;
  std::optional<long long> unitId;
  std::optional<AccountStatus> status;
  bool operator==(const AccountFilter&) const = default;
};

// One holder of an account, newest first in AccountDetail::holders.
struct AccountHolder {
  long long id = 0;
  std::string holderName;
  std::string mobileMasked;
  std::string title;
  std::string since;                   // ISO 8601 +08:00; empty: since the account was opened
  std::string until;                   // empty: the current holder
  std::string reason;                  // why the account came to this holder
  std::optional<NamedRef> handedOverBy;  // the administrator's account (login name)
  bool operator==(const AccountHolder&) const = default;
};

struct AccountDetail {
  AccountSummary summary;
  std::string title;
  std::string email;
  std::string createdAt;
  std::string lockedUntil;             // while Locked
  bool handoverAllowed = false;        // roleHasNamedHolder(summary.role)
  std::optional<InspectorDepartment> requestingDepartment;  // 超级巡查员: the department that asked for it (§23)
  std::string disabledAt;              // while Disabled: ISO 8601 +08:00
  std::string disabledReason;          // while Disabled
  std::vector<AccountHolder> holders;  // empty until the first handover
  bool operator==(const AccountDetail&) const = default;
};

// The fixed, named staff accounts that are handed from person to person: 单位管理员, 县市区管理员,
// both dispatchers and 超级巡查员. Not cadres (a cadre's account is the cadre's own, §1), not
// enterprises (their liaison changes with the enterprise record) and not the three platform
// administrators (三权分立: the system administrator must not be able to give itself the security
// or audit administrator's account).
bool roleHasNamedHolder(Role role);

inline constexpr std::size_t kHolderNameMax = 20;
inline constexpr std::size_t kHandoverReasonMax = 200;

// POST /api/accounts/{id}/handover.
struct AccountHandover {
  std::string holderName;
  std::string mobile;  // the new holder's; the activation notice goes there
  std::string title;   // may be empty
  std::string reason;  // e.g. 人员调整
  bool operator==(const AccountHandover&) const = default;
};

// Trims the fields, then every problem at once: holder_name (required, ≤ kHolderNameMax), mobile
// (required, 11-digit mainland number), title (≤ 50), reason (required, ≤ kHandoverReasonMax).
Status validateAccountHandover(AccountHandover& handover);

}  // namespace qinqing::domain
