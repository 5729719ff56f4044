// SecurityAdminService: 安全管理员's work (issue 4, 等保 2.0 三权分立: lockouts and sessions, nothing
// else): the sessions online now, ending one, the accounts locked now, lifting a lock. The role
// check is the route table's (only security_admin reaches these); every change is one
// transaction with its audit entry. Database failures throw SQLite::Exception.
#pragma once

#include <string>
#include <vector>

#include "auth/auth_context.hpp"
#include "db/database.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/identity/account_security.hpp"
#include "util/clock.hpp"

namespace qinqing::backend::auth {

class SecurityAdminService {
public:
  SecurityAdminService(db::Database& database, Clock clock) : m_db(database), m_clock(std::move(clock)) {}

  // Sessions neither idle 30 minutes nor older than 12 hours, most recent activity first
  // (last_seen_at moves at most once a minute). page is 1-based; the caller bounds pageSize.
  domain::OnlineSessionPage onlineSessions(int page, int pageSize);

  // Ends the session named by its public id (auth::sessionPublicId): the holder's next request is
  // 401. not_found ("会话不存在或已结束") for an unknown, malformed or expired id. Audited
  // (session.ended, object: the holder's account).
  domain::Status endSession(const AuthContext& who, const std::string& sessionId, const std::string& clientAddress);

  // Accounts locked now, the latest lock first. failedCount: the failed and refused logins and the
  // wrong current passwords (修改密码) the audit log holds for the account since the 15-minute
  // window before the lock opened.
  std::vector<domain::LockedAccount> lockedAccounts();

  // Lifts the account's lock and clears its failure counters (also when it is not locked: the
  // reply says which). not_found ("账号不存在") for an unknown id. Audited (account.unlocked, by
  // security_admin).
  domain::Result<bool> unlockAccount(const AuthContext& who, long long accountId, const std::string& clientAddress);

private:
  long long nowUnix() const { return toUnixSeconds(m_clock()); }

  db::Database& m_db;
  Clock m_clock;
};

}  // namespace qinqing::backend::auth
