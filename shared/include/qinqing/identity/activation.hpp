// Accounts waiting for activation (待激活). Bulk-created accounts (the assignment-plan import, an
// approved enterprise application, a handed-over fixed account) get no password: hashing costs
// ~60 ms each, and nobody should know a password chosen for them. Such an account's stored hash is
// empty; login refuses it with account_not_activated, and the holder activates it from the login
// page (激活账号): they name the account as at login, receive a 6-digit SMS code at the account's
// mobile on record, and choose a password (the shared policy). The mobile then counts as bound and
// the holder is signed in.
// Plain data and the checks that need no database; the server's verdict is final.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "qinqing/core/result.hpp"
#include "qinqing/identity/role.hpp"

namespace qinqing::domain {

// The login refusal of an account that has no password yet (error code account_not_activated).
inline constexpr std::string_view kAccountNotActivated = "账号尚未激活，请先激活账号";

// The notice whoever creates a 待激活 account queues to the holder's mobile, in the transaction
// that creates the account:
// 【十堰市双千办】您的十堰亲清企业服务信息平台账号（<登录名>）已开通，请登录平台点击“激活账号”完成激活。
std::string accountOpenedSms(std::string_view loginName);

// POST /api/activation/code (role, login name, unit) and POST /api/activation (all fields).
struct ActivationRequest {
  Role role = Role::Enterprise;
  std::string loginName;
  std::optional<long long> unitId;  // cadres name their unit, as at login (§1)
  std::string code;                 // POST /api/activation only
  std::string newPassword;          // POST /api/activation only
  bool operator==(const ActivationRequest&) const = default;
};

// The account fields as validateLoginRequest checks them (unit_id for cadres, login_name).
Status validateActivationCodeRequest(const ActivationRequest& request);

// The account fields, then code ("请输入验证码" / "验证码应为6位数字") and new_password ("请输入新密码",
// then every passwordProblems() entry, the login name being the one typed). Every problem at once.
Status validateActivation(const ActivationRequest& request);

}  // namespace qinqing::domain
