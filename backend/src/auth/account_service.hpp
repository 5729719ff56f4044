// AccountService: what a signed-in user changes about their own account in 我的资料 (notice §2, §8,
// §15): the password (重置密码) and, for staff, 职务 and 邮箱 (个人信息). Each change is one
// transaction with its audit entry. Expected failures come back as DomainError; database failures
// throw SQLite::Exception.
#pragma once

#include <string>

#include "auth/auth_context.hpp"
#include "auth/password_hasher.hpp"
#include "db/database.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/identity/account_security.hpp"
#include "util/clock.hpp"

namespace qinqing::backend::auth {

class AccountService {
public:
  AccountService(db::Database& database, const PasswordHasher& hasher, Clock clock)
      : m_db(database), m_hasher(hasher), m_clock(std::move(clock)) {}

  // Checks the form (domain::validatePasswordChange: the policy, not the login name), then the
  // current password — a wrong one is invalid_input on current_password "当前密码不正确" and counts
  // as a failed login (the fifth within 15 minutes locks the account: account_locked, as at the
  // login form, so a stolen session cannot guess the password) — then that the new password is
  // none of the last domain::kPasswordHistoryDepth (new_password "不能与最近5次使用的密码相同").
  // On success: the new argon2id hash, password_changed_at = now, must_change_password cleared,
  // the replaced hash kept in password_history, every OTHER session of the account ended, and the
  // change audited (account.password_changed) — one transaction. Returns how many sessions ended.
  // conflict if the password changed meanwhile (another session); unauthenticated if the account
  // is gone.
  domain::Result<int> changePassword(const AuthContext& who, const domain::PasswordChange& change,
                                     const std::string& clientAddress);

  // 职务 and 邮箱 (domain::validateProfileUpdate), written where the profile reads them (a cadre's
  // roster entry, else the account) with before/after in the audit log (account.profile_updated).
  // A unit_id (cadres, §2 工作单位) asks in the same transaction for a move the new unit confirms
  // (org::requestCadreTransfer: its errors are this call's). Returns whether an SMS was queued.
  domain::Result<bool> updateProfile(const AuthContext& who, const domain::ProfileUpdate& update,
                                     const std::string& clientAddress);

private:
  long long nowUnix() const { return toUnixSeconds(m_clock()); }

  db::Database& m_db;
  const PasswordHasher& m_hasher;
  Clock m_clock;
};

}  // namespace qinqing::backend::auth
