#include "auth/security_admin_service.hpp"

#include <SQLiteCpp/Transaction.h>

#include <nlohmann/json.hpp>

#include "audit/audit_entry.hpp"
#include "auth/security_policy.hpp"
#include "auth/session_token.hpp"
#include "repositories/account_repository.hpp"
#include "repositories/audit_repository.hpp"
#include "repositories/session_repository.hpp"

namespace qinqing::backend::auth {
namespace {
using domain::DomainError;
using domain::ErrorCode;

audit::AuditEntry adminEntry(long long now, const AuthContext& who, const std::string& address,
                             audit::AuditAction action, long long accountId) {
  return audit::entryOf(who, address, now, action, "account", std::to_string(accountId));
}

}  // namespace

domain::OnlineSessionPage SecurityAdminService::onlineSessions(int page, int pageSize) {
  const long long now = nowUnix();
  auto rows = m_db.read([&](SQLite::Database& c) {
    return SessionRepository(c).online(now - kSessionIdleTimeout.count(), now - kSessionMaxAge.count(), page, pageSize);
  });
  domain::OnlineSessionPage out{page, pageSize, rows.total, {}};
  out.sessions.reserve(rows.rows.size());
  for (const auto& r : rows.rows) {
    out.sessions.push_back({r.publicId, r.accountId, r.loginName, r.role, formatChinaTime(r.createdAt),
                            formatChinaTime(r.lastSeenAt), r.clientAddress});
  }
  return out;
}

domain::Status SecurityAdminService::endSession(const AuthContext& who, const std::string& sessionId,
                                                const std::string& clientAddress) {
  const long long now = nowUnix();
  return m_db.write([&](SQLite::Database& c) -> domain::Status {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    SessionRepository sessions(c);
    auto session = sessions.findByPublicId(sessionId);
    if (!session || judgeSession(session->createdAt, session->lastSeenAt, now) == SessionVerdict::Expired) {
      return DomainError::of(ErrorCode::NotFound, "会话不存在或已结束");
    }
    sessions.remove(session->context.tokenHash);
    auto entry = adminEntry(now, who, clientAddress, audit::AuditAction::SessionEnded, session->context.accountId);
    entry.afterJson = nlohmann::json{{"session", sessionPublicId(session->context.tokenHash)},
                                     {"login_name", session->context.loginName},
                                     {"role", domain::roleKey(session->context.role)}}
                          .dump();
    AuditRepository(c).append(entry);
    tx.commit();
    return domain::Ok{};
  });
}

std::vector<domain::LockedAccount> SecurityAdminService::lockedAccounts() {
  const long long now = nowUnix();
  return m_db.read([&](SQLite::Database& c) {
    AuditRepository log(c);
    std::vector<domain::LockedAccount> out;
    for (const auto& row : AccountRepository(c).lockedAccounts(now)) {
      // The lock clears the failure counter (security_policy.hpp), so the count comes from the log:
      // failed and refused logins, and wrong current passwords at 修改密码 (they count too).
      const long long since = row.lockedUntil - kLockDuration.count() - kFailureWindow.count();
      const auto failed =
          log.countForAccountSince(row.accountId, audit::AuditAction::LoginFailed, since) +
          log.countForAccountSince(row.accountId, audit::AuditAction::PasswordChanged, since, audit::AuditResult::Failed);
      out.push_back({row.accountId, row.role, row.loginName, formatChinaTime(row.lockedUntil), static_cast<int>(failed)});
    }
    return out;
  });
}

domain::Result<bool> SecurityAdminService::unlockAccount(const AuthContext& who, long long accountId,
                                                         const std::string& clientAddress) {
  const long long now = nowUnix();
  return m_db.write([&](SQLite::Database& c) -> domain::Result<bool> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    AccountRepository accounts(c);
    auto state = accounts.securityState(accountId);
    if (!state) return DomainError::of(ErrorCode::NotFound, "账号不存在");
    const bool wasLocked = isLocked(state->failures, now);
    accounts.saveFailureState(accountId, FailureState{});
    auto entry = adminEntry(now, who, clientAddress, audit::AuditAction::AccountUnlocked, accountId);
    entry.afterJson = nlohmann::json{{"by", "security_admin"}, {"was_locked", wasLocked},
                                     {"login_name", state->loginName}}
                          .dump();
    AuditRepository(c).append(entry);
    tx.commit();
    return wasLocked;
  });
}

}  // namespace qinqing::backend::auth
