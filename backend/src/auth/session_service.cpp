#include "auth/session_service.hpp"

#include "qinqing/identity/account_provisioning.hpp"

#include <SQLiteCpp/Transaction.h>

#include <nlohmann/json.hpp>
#include <optional>

#include "audit/audit_entry.hpp"
#include "auth/security_policy.hpp"
#include "auth/session_token.hpp"
#include "qinqing/identity/activation.hpp"
#include "repositories/account_repository.hpp"
#include "repositories/audit_repository.hpp"
#include "repositories/session_repository.hpp"
#include "util/clock.hpp"

namespace qinqing::backend::auth {
namespace {
using domain::DomainError;
using domain::ErrorCode;

DomainError badCredentials() {
  // One message whether the name or the password was wrong: the answer must not reveal which
  // names exist. Attached to the password field, where the login form shows it.
  return DomainError{ErrorCode::BadCredentials, "账号或密码错误", {{"password", "账号或密码错误"}}};
}

DomainError accountLocked() {
  return DomainError::of(ErrorCode::AccountLocked, kAccountLockedMessage);
}

DomainError unauthenticated(std::string message) {
  return DomainError::of(ErrorCode::Unauthenticated, std::move(message));
}

// The person at the login form, as far as the form tells: the typed name and the chosen role, and
// the account once it is known.
audit::AuditActor loginActor(const domain::LoginRequest& request, std::optional<long long> accountId,
                             const std::string& clientAddress) {
  return audit::AuditActor{accountId, request.loginName, std::string(domain::roleKey(request.role)), clientAddress};
}

audit::AuditEntry loginEntry(long long now, audit::AuditActor actor, audit::AuditAction action,
                             audit::AuditResult result) {
  std::string objectId = actor.accountId ? std::to_string(*actor.accountId) : "";
  auto e = audit::entryOf(std::move(actor), now, action, "account", std::move(objectId));
  e.result = result;
  return e;
}

// Records a login attempt that changes nothing else (unknown name, account already locked).
void recordAttempt(db::Database& database, const audit::AuditEntry& entry) {
  database.write([&](SQLite::Database& c) {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    AuditRepository(c).append(entry);
    tx.commit();
  });
}

// The one rule for "must change the password now": flagged (first login, a temporary password)
// or older than the role allows. The profile tells the client; the session makes the API refuse.
bool passwordChangeDue(domain::Role role, bool flagged, long long changedAt, long long now) {
  const long long maxAge = static_cast<long long>(domain::passwordMaxAgeDays(role)) * 86400;
  return flagged || now - changedAt > maxAge;
}

domain::AccountProfile finishProfile(StoredProfile stored, long long now) {
  stored.profile.mustChangePassword =
      passwordChangeDue(stored.profile.role, stored.mustChangePasswordFlag, stored.passwordChangedAt, now);
  return std::move(stored.profile);
}

}  // namespace

SessionService::SessionService(db::Database& database, const PasswordHasher& hasher, Clock clock)
    : m_db(database), m_hasher(hasher), m_clock(std::move(clock)) {}

long long SessionService::nowUnix() const { return toUnixSeconds(m_clock()); }

domain::Result<LoginSuccess> SessionService::logIn(const domain::LoginRequest& request,
                                                   const std::string& clientAddress) {
  if (auto valid = domain::validateLoginRequest(request); !valid) return valid.error();

  auto candidate = m_db.read([&](SQLite::Database& c) {
    return AccountRepository(c).findForLogin(request.role, request.loginName, request.unitId);
  });
  const long long now = nowUnix();
  if (!candidate) {
    m_hasher.spendVerifyTime(request.password);
    recordAttempt(m_db, loginEntry(now, loginActor(request, std::nullopt, clientAddress),
                                   audit::AuditAction::LoginFailed, audit::AuditResult::Failed));
    return badCredentials();
  }
  const auto actor = loginActor(request, candidate->accountId, clientAddress);
  // 待激活 (no password yet, rules of qinqing/identity/activation.hpp): there is nothing to verify,
  // and no failure to count; the holder is sent to 激活账号.
  if (candidate->passwordHash.empty()) {
    auto refused = loginEntry(now, actor, audit::AuditAction::LoginFailed, audit::AuditResult::Refused);
    refused.afterJson = nlohmann::json{{"reason", "account_not_activated"}}.dump();
    recordAttempt(m_db, refused);
    return DomainError::of(ErrorCode::AccountNotActivated, std::string(domain::kAccountNotActivated));
  }
  if (isLocked(candidate->failures, now)) {
    recordAttempt(m_db, loginEntry(now, actor, audit::AuditAction::LoginFailed, audit::AuditResult::Refused));
    return accountLocked();
  }

  // The ~60 ms verification runs outside the writer lock: it must not hold up other writes.
  if (!m_hasher.verify(candidate->passwordHash, request.password)) {
    const bool locked = m_db.write([&](SQLite::Database& c) {
      SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
      AccountRepository accounts(c);
      AuditRepository log(c);
      // Re-read under the writer lock: concurrent failures must each count.
      auto state = accounts.failureState(candidate->accountId).value_or(FailureState{});
      if (isLocked(state, now)) {
        log.append(loginEntry(now, actor, audit::AuditAction::LoginFailed, audit::AuditResult::Refused));
        tx.commit();
        return true;
      }
      auto next = afterFailedLogin(state, now);
      accounts.saveFailureState(candidate->accountId, next);
      log.append(loginEntry(now, actor, audit::AuditAction::LoginFailed, audit::AuditResult::Failed));
      const bool lockedNow = isLocked(next, now);
      if (lockedNow) {
        auto lock = loginEntry(now, actor, audit::AuditAction::AccountLocked, audit::AuditResult::Ok);
        lock.afterJson = nlohmann::json{{"locked_until", formatChinaTime(next.lockedUntil.value_or(now))},
                                        {"failed_logins", kMaxFailedLogins}}.dump();
        log.append(lock);
      }
      tx.commit();
      return lockedNow;
    });
    return locked ? accountLocked() : badCredentials();
  }

  // 停用: told only to someone who knows the password (others get the usual 401 above), never counted.
  if (candidate->disabled) {
    auto refused = loginEntry(now, actor, audit::AuditAction::LoginFailed, audit::AuditResult::Refused);
    refused.afterJson = nlohmann::json{{"reason", "account_disabled"}}.dump();
    recordAttempt(m_db, refused);
    return DomainError::of(ErrorCode::AccountDisabled, std::string(domain::kAccountDisabled));
  }

  return m_db.write([&](SQLite::Database& c) -> domain::Result<LoginSuccess> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    // Read the lock again under the writer lock: concurrent wrong guesses may have locked the
    // account while this password was being verified, and a lock must hold for every guess.
    if (isLocked(AccountRepository(c).failureState(candidate->accountId).value_or(FailureState{}), now)) {
      AuditRepository(c).append(loginEntry(now, actor, audit::AuditAction::LoginFailed, audit::AuditResult::Refused));
      tx.commit();
      return accountLocked();
    }
    auto success = openSession(c, candidate->accountId, actor, now);
    if (!success) return DomainError::of(ErrorCode::Internal, "账号数据不完整，请联系系统管理员");
    tx.commit();
    return std::move(*success);
  });
}

std::optional<LoginSuccess> openSession(SQLite::Database& c, long long accountId, const audit::AuditActor& actor,
                                        long long now) {
  IssuedToken issued = issueSessionToken();
  AccountRepository accounts(c);
  SessionRepository sessions(c);
  accounts.recordSuccessfulLogin(accountId, now);
  // Sweeping here keeps the table small without a background thread; logins are rare enough.
  sessions.removeExpired(now - kSessionIdleTimeout.count(), now - kSessionMaxAge.count());
  sessions.insert(issued.hash, accountId, now, actor.address);
  AuditRepository(c).append(loginEntry(now, actor, audit::AuditAction::LoginSucceeded, audit::AuditResult::Ok));
  auto stored = accounts.loadProfile(accountId);
  if (!stored) return std::nullopt;
  return LoginSuccess{std::move(issued.token), finishProfile(std::move(*stored), now)};
}

domain::Result<AuthContext> SessionService::authenticate(std::string_view token) {
  if (token.empty()) return unauthenticated("请先登录");
  const std::string hash = hashSessionToken(token);
  auto stored = m_db.read([&](SQLite::Database& c) { return SessionRepository(c).find(hash); });
  if (!stored) return unauthenticated("登录已失效，请重新登录");
  const long long now = nowUnix();
  switch (judgeSession(stored->createdAt, stored->lastSeenAt, now)) {
    case SessionVerdict::Expired:
      m_db.write([&](SQLite::Database& c) { return SessionRepository(c).remove(hash); });
      return unauthenticated("登录已超时，请重新登录");
    case SessionVerdict::ValidButStale:
      m_db.write([&](SQLite::Database& c) { SessionRepository(c).touch(hash, now); });
      break;
    case SessionVerdict::Valid:
      break;
  }
  stored->context.passwordChangeRequired =
      passwordChangeDue(stored->context.role, stored->mustChangePasswordFlag, stored->passwordChangedAt, now);
  return std::move(stored->context);
}

void SessionService::logOut(std::string_view token, const std::string& clientAddress) {
  if (token.empty()) return;
  const std::string hash = hashSessionToken(token);
  const long long now = nowUnix();
  m_db.write([&](SQLite::Database& c) {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    SessionRepository sessions(c);
    auto session = sessions.find(hash);
    if (!session) return;  // unknown or already ended: nothing happened, nothing to record
    sessions.remove(hash);
    audit::AuditEntry e = loginEntry(now, audit::actorOf(session->context, clientAddress),
                                     audit::AuditAction::LoggedOut, audit::AuditResult::Ok);
    AuditRepository(c).append(e);
    tx.commit();
  });
}

domain::Result<domain::AccountProfile> SessionService::profile(const AuthContext& context) {
  auto stored = m_db.read([&](SQLite::Database& c) { return AccountRepository(c).loadProfile(context.accountId); });
  if (!stored) return unauthenticated("账号不存在，请重新登录");
  return finishProfile(std::move(*stored), nowUnix());
}

}  // namespace qinqing::backend::auth
