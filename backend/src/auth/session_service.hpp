// SessionService: logging in, resolving a bearer token into an AuthContext, logging out, and the
// signed-in user's profile. It applies the rules of auth/security_policy.hpp to what the account
// and session repositories store. Expected failures come back as DomainError (bad_credentials,
// account_locked, unauthenticated, invalid_input); database failures throw SQLite::Exception.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <string_view>

#include "audit/audit_entry.hpp"
#include "auth/auth_context.hpp"
#include "auth/password_hasher.hpp"
#include "db/database.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/identity/account.hpp"
#include "util/clock.hpp"

namespace qinqing::backend::auth {

struct LoginSuccess {
  std::string token;  // the bearer token, handed to the client once
  domain::AccountProfile profile;
};

// Opens a session for the account inside the caller's transaction, as a successful login does:
// failure counters cleared, last login moved, expired sessions swept, session.login audited with
// `actor` (whose address is the session's). Used by logIn and by activation (which signs the
// holder in). Empty if the account's profile cannot be read.
std::optional<LoginSuccess> openSession(SQLite::Database& c, long long accountId, const audit::AuditActor& actor,
                                        long long now);

class SessionService {
public:
  SessionService(db::Database& database, const PasswordHasher& hasher, Clock clock);

  // Checks the request (domain::validateLoginRequest), finds the account (cadres by unit and
  // name), verifies the password and opens a session. A wrong password and an unknown name give
  // the same bad_credentials error after the same work; the fifth failure within 15 minutes, and
  // every attempt during the 30-minute lock, gives account_locked. An account waiting for activation
  // (empty password hash) gives account_not_activated whatever the password.
  // Every attempt that gets as far as the password is audited (session.login ok, session.login_failed
  // failed / refused while locked, account.locked), each in the transaction of its own change.
  domain::Result<LoginSuccess> logIn(const domain::LoginRequest& request, const std::string& clientAddress);

  // Resolves a bearer token. Missing, unknown or expired tokens give unauthenticated (an expired
  // session is deleted). Refreshes last_seen_at at most once a minute.
  domain::Result<AuthContext> authenticate(std::string_view token);

  // Ends the session of this token, if there is one (idempotent: logging out twice is fine), and
  // records the logout in the audit log in the same transaction.
  void logOut(std::string_view token, const std::string& clientAddress);

  // The caller's profile, with mustChangePassword set when the password is older than the role
  // allows (domain::passwordMaxAgeDays). unauthenticated if the account is gone.
  domain::Result<domain::AccountProfile> profile(const AuthContext& context);

private:
  long long nowUnix() const;

  db::Database& m_db;
  const PasswordHasher& m_hasher;
  Clock m_clock;
};

}  // namespace qinqing::backend::auth
