#include "auth/account_service.hpp"

#include <SQLiteCpp/Transaction.h>

#include <nlohmann/json.hpp>

#include "audit/audit_entry.hpp"
#include "org/cadre_transfer_service.hpp"
#include "auth/security_policy.hpp"
#include "repositories/account_repository.hpp"
#include "repositories/audit_repository.hpp"
#include "repositories/session_repository.hpp"

namespace qinqing::backend::auth {
namespace {
using domain::DomainError;
using domain::ErrorCode;

audit::AuditEntry accountEntry(long long now, const AuthContext& who, const std::string& address,
                               audit::AuditAction action, audit::AuditResult result) {
  auto e = audit::entryOf(who, address, now, action, "account", std::to_string(who.accountId));
  e.result = result;
  return e;
}

DomainError accountGone() { return DomainError::of(ErrorCode::Unauthenticated, "账号不存在，请重新登录"); }

DomainError recentlyUsed() {
  return DomainError::invalid({{"new_password", std::string(domain::kPasswordRecentlyUsed)}});
}

}  // namespace

domain::Result<int> AccountService::changePassword(const AuthContext& who, const domain::PasswordChange& change,
                                                   const std::string& clientAddress) {
  auto state = m_db.read([&](SQLite::Database& c) { return AccountRepository(c).securityState(who.accountId); });
  if (!state) return accountGone();
  if (auto valid = domain::validatePasswordChange(change, state->loginName); !valid) return valid.error();
  if (isLocked(state->failures, nowUnix())) return DomainError::of(ErrorCode::AccountLocked, kAccountLockedMessage);

  // Each verification is ~60 ms of argon2id: all of them run outside the writer lock.
  if (!m_hasher.verify(state->passwordHash, change.currentPassword)) {
    const long long now = nowUnix();
    const bool locked = m_db.write([&](SQLite::Database& c) {
      SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
      AccountRepository accounts(c);
      AuditRepository log(c);
      // Re-read under the writer lock so concurrent failures each count (as at login).
      const auto next = afterFailedLogin(accounts.failureState(who.accountId).value_or(FailureState{}), now);
      accounts.saveFailureState(who.accountId, next);
      log.append(accountEntry(now, who, clientAddress, audit::AuditAction::PasswordChanged, audit::AuditResult::Failed));
      const bool lockedNow = isLocked(next, now);
      if (lockedNow) {
        auto lock = accountEntry(now, who, clientAddress, audit::AuditAction::AccountLocked, audit::AuditResult::Ok);
        lock.afterJson = nlohmann::json{{"locked_until", formatChinaTime(next.lockedUntil.value_or(now))},
                                        {"failed_logins", kMaxFailedLogins}}.dump();
        log.append(lock);
      }
      tx.commit();
      return lockedNow;
    });
    if (locked) return DomainError::of(ErrorCode::AccountLocked, kAccountLockedMessage);
    return DomainError::invalid({{"current_password", std::string(domain::kWrongCurrentPassword)}});
  }

  // The current password is one of the last five; the others are in password_history.
  if (change.newPassword == change.currentPassword) return recentlyUsed();
  const auto previous = m_db.read([&](SQLite::Database& c) {
    return AccountRepository(c).previousPasswordHashes(who.accountId, domain::kPasswordHistoryDepth - 1);
  });
  for (const std::string& hash : previous) {
    if (m_hasher.verify(hash, change.newPassword)) return recentlyUsed();
  }

  const std::string newHash = m_hasher.hash(change.newPassword);
  const long long now = nowUnix();
  return m_db.write([&](SQLite::Database& c) -> domain::Result<int> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    AccountRepository accounts(c);
    auto current = accounts.securityState(who.accountId);
    if (!current) return accountGone();
    // Checked against the hash verified above: a change made meanwhile from another session wins,
    // and this one must be retried against it.
    if (current->passwordHash != state->passwordHash) {
      return DomainError::of(ErrorCode::Conflict, "密码已在其他地方修改，请重新输入当前密码");
    }
    accounts.replacePassword(who.accountId, current->passwordHash, newHash, now, domain::kPasswordHistoryDepth - 1);
    accounts.saveFailureState(who.accountId, FailureState{});
    const int ended = SessionRepository(c).removeOthers(who.accountId, who.tokenHash);
    auto entry = accountEntry(now, who, clientAddress, audit::AuditAction::PasswordChanged, audit::AuditResult::Ok);
    entry.afterJson = nlohmann::json{{"other_sessions_ended", ended}}.dump();
    AuditRepository(c).append(entry);
    tx.commit();
    return ended;
  });
}

domain::Result<bool> AccountService::updateProfile(const AuthContext& who, const domain::ProfileUpdate& update,
                                                   const std::string& clientAddress) {
  if (auto valid = domain::validateProfileUpdate(update); !valid) return valid.error();
  const long long now = nowUnix();
  return m_db.write([&](SQLite::Database& c) -> domain::Result<bool> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    AccountRepository accounts(c);
    auto before = accounts.contactDetails(who.accountId);
    if (!before) return accountGone();
    const ContactDetails after{update.title, update.email};
    if (!(after == *before)) {
      accounts.updateContactDetails(who.accountId, after);
      auto entry = accountEntry(now, who, clientAddress, audit::AuditAction::ProfileUpdated, audit::AuditResult::Ok);
      entry.beforeJson = nlohmann::json{{"title", before->title}, {"email", before->email}}.dump();
      entry.afterJson = nlohmann::json{{"title", after.title}, {"email", after.email}}.dump();
      AuditRepository(c).append(entry);
    }
    bool smsQueued = false;
    if (update.unitId) {
      auto requested = org::requestCadreTransfer(c, who, *update.unitId, now, clientAddress);
      if (!requested) return requested.error();  // rolls the whole update back
      smsQueued = requested.value();
    }
    tx.commit();
    return smsQueued;
  });
}

}  // namespace qinqing::backend::auth
