// ActivationService: 激活账号 (rules in qinqing/identity/activation.hpp). Accounts created in bulk or
// on approval of an enterprise application have no password (an empty hash: 待激活). The holder
// names the account on the login page as at login, gets a 6-digit SMS code at the account's mobile
// on record (purpose activate; the same codes, limits and audit as unlocking, see
// auth/verification_service.hpp), then chooses a password under the shared policy and is signed in.
//
// Both calls are public (no session). Asking for a code answers alike whether or not the account
// exists, waits for activation, has a mobile or had a code within the minute, so the form does not
// tell who has an account. Database failures throw SQLite::Exception.
#pragma once

#include <functional>
#include <string>

#include "auth/password_hasher.hpp"
#include "auth/session_service.hpp"
#include "db/database.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/identity/activation.hpp"
#include "util/clock.hpp"

namespace qinqing::backend::auth {

class ActivationService {
public:
  ActivationService(db::Database& database, const PasswordHasher& hasher, Clock clock,
                    std::function<void()> onSmsEnqueued)
      : m_db(database), m_hasher(hasher), m_clock(std::move(clock)), m_onSmsEnqueued(std::move(onSmsEnqueued)) {}

  // Only shape errors (domain::validateActivationCodeRequest) are reported. A code is sent only
  // when the named account exists, waits for activation, has a mobile on record and had no code
  // in the last 60 seconds; it is audited (account.code_sent, purpose activate).
  domain::Status requestCode(const domain::ActivationRequest& request, const std::string& clientAddress);

  // Checks the form (domain::validateActivation), then the open activation code of the named
  // account: a wrong, expired, used or burnt code — and an unknown or already activated account —
  // is invalid_input on "code" ("验证码不正确或已过期"), a wrong try counted and audited
  // (account.activated, failed). On success, in one transaction: the argon2id hash of the new
  // password, must_change_password cleared, the mobile kept as bound (the code proved it), the
  // code closed, account.activated audited, and a session opened as at login (session.login).
  domain::Result<LoginSuccess> activate(const domain::ActivationRequest& request, const std::string& clientAddress);

private:
  long long nowUnix() const { return toUnixSeconds(m_clock()); }

  db::Database& m_db;
  const PasswordHasher& m_hasher;
  Clock m_clock;
  std::function<void()> m_onSmsEnqueued;
};

}  // namespace qinqing::backend::auth
