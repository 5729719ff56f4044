// PasswordResetService: 忘记密码 (issue 17). The person names the account on the login page as at
// login, gets a 6-digit SMS code at the account's bound mobile (purpose reset_password; the codes,
// limits and audit of unlocking, auth/verification_service.hpp), and sets a new password under the
// shared policy (not one of the last five). The lock and failure counters are cleared and every
// session of the account ends; the person then logs in as usual. Accounts waiting for activation
// use 激活账号 instead, disabled accounts get nothing, and accounts without a bound mobile get a
// one-time password from 安全管理员 (AccountProvisioningService::issueTemporaryPassword).
//
// Both calls are public. Asking for a code answers alike whatever the account (no enumeration).
// Database failures throw SQLite::Exception.
#pragma once

#include <functional>
#include <string>

#include "auth/password_hasher.hpp"
#include "db/database.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/identity/activation.hpp"
#include "util/clock.hpp"

namespace qinqing::backend::auth {

class PasswordResetService {
public:
  PasswordResetService(db::Database& database, const PasswordHasher& hasher, Clock clock,
                       std::function<void()> onSmsEnqueued)
      : m_db(database), m_hasher(hasher), m_clock(std::move(clock)), m_onSmsEnqueued(std::move(onSmsEnqueued)) {}

  // The request names the account (role, login name, unit for cadres) as ActivationRequest does.
  // Only shape errors are reported; a code goes out only to an enabled account with a password and
  // a bound mobile that had no code in the last 60 seconds (audited account.code_sent).
  domain::Status requestCode(const domain::ActivationRequest& request, const std::string& clientAddress);

  // The form (same checks as activation: code, new_password under the policy), then the open
  // reset code of the named account: wrong, expired, used or burnt — or no such account — is
  // invalid_input on "code", a wrong try counted and audited (account.password_reset, failed);
  // one of the last five passwords is invalid_input on new_password. On success, one transaction:
  // the new hash (old one into the history), must_change_password cleared, failures cleared, every
  // session ended, the code closed, account.password_reset audited.
  domain::Status reset(const domain::ActivationRequest& request, const std::string& clientAddress);

private:
  long long nowUnix() const { return toUnixSeconds(m_clock()); }

  db::Database& m_db;
  const PasswordHasher& m_hasher;
  Clock m_clock;
  std::function<void()> m_onSmsEnqueued;
};

}  // namespace qinqing::backend::auth
