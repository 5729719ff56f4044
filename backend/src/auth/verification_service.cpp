#include "auth/verification_service.hpp"

#include <SQLiteCpp/Transaction.h>

#include <nlohmann/json.hpp>
#include <optional>

#include "audit/audit_entry.hpp"
#include "auth/security_policy.hpp"
#include "auth/verification_code.hpp"
#include "qinqing/identity/account.hpp"
#include "repositories/account_repository.hpp"
#include "repositories/audit_repository.hpp"
#include "repositories/sms_outbox_repository.hpp"
#include "repositories/verification_code_repository.hpp"

namespace qinqing::backend::auth {
namespace {
using domain::DomainError;
using domain::ErrorCode;

DomainError resendTooSoon() {
  return DomainError::of(ErrorCode::TooManyRequests, std::string(domain::kCodeResendTooSoon));
}

audit::AuditEntry accountVerificationEntry(long long now, audit::AuditActor actor, long long accountId, audit::AuditAction action,
                               audit::AuditResult result) {
  auto e = audit::entryOf(std::move(actor), now, action, "account", std::to_string(accountId));
  e.result = result;
  return e;
}

// The person at the unlock form, as the login form names them (the audit log's label is the name
// as typed, as for logins).
}  // namespace

bool verificationCodeTooSoon(VerificationCodeRepository& codes, long long accountId, long long now) {
  auto last = codes.lastIssuedAt(accountId);
  return last && now - *last < domain::kVerificationCodeResendSeconds;
}

void issueVerificationCode(SQLite::Database& c, long long accountId, CodePurpose purpose, const std::string& mobile,
                           long long now, audit::AuditActor actor) {
  const std::string code = generateVerificationCode();
  VerificationCodeRepository(c).issue(
      {accountId, purpose, mobile, hashVerificationCode(code, accountId, purpose, mobile), now,
       now + domain::kVerificationCodeLifetimeSeconds},
      now);
  SmsOutboxRepository(c).enqueue({mobile, domain::verificationCodeSms(code), sms::SmsKind::Code}, now);
  auto entry = accountVerificationEntry(now, std::move(actor), accountId, audit::AuditAction::VerificationCodeSent,
                            audit::AuditResult::Ok);
  entry.afterJson =
      nlohmann::json{{"purpose", codePurposeKey(purpose)}, {"mobile", domain::maskMobile(mobile)}}.dump();
  AuditRepository(c).append(entry);
}

DomainError wrongVerificationCode() {
  return DomainError::invalid({{"code", std::string(domain::kCodeWrongOrExpired)}});
}

audit::AuditActor formActor(domain::Role role, const std::string& loginName, long long accountId,
                            const std::string& address) {
  return audit::AuditActor{accountId, loginName, std::string(domain::roleKey(role)), address};
}

CodeCheck checkVerificationCode(SQLite::Database& c, long long accountId, CodePurpose purpose,
                                const std::optional<std::string>& mobile, const std::string& typed, long long now) {
  VerificationCodeRepository codes(c);
  auto open = codes.findOpen(accountId, purpose, now);
  if (!open) return CodeCheck::Wrong;
  if (verificationCodeMatches(open->codeHash, typed, accountId, purpose, mobile.value_or(open->mobile))) {
    codes.markUsed(open->id, now);
    return CodeCheck::Matched;
  }
  codes.recordWrongTry(open->id, now, open->failedAttempts + 1 >= domain::kVerificationCodeMaxAttempts);
  return CodeCheck::Wrong;
}

domain::Result<int> VerificationService::requestBindingCode(const AuthContext& who,
                                                            const domain::MobileCodeRequest& request,
                                                            const std::string& clientAddress) {
  if (auto valid = domain::validateMobileCodeRequest(request); !valid) return valid.error();
  const long long now = nowUnix();
  auto issued = m_db.write([&](SQLite::Database& c) -> domain::Status {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    VerificationCodeRepository codes(c);
    if (verificationCodeTooSoon(codes, who.accountId, now)) return resendTooSoon();
    issueVerificationCode(c, who.accountId, CodePurpose::BindMobile, request.mobile, now,
                          audit::actorOf(who, clientAddress));
    tx.commit();
    return domain::Ok{};
  });
  if (!issued) return issued.error();
  if (m_onSmsEnqueued) m_onSmsEnqueued();
  return domain::kVerificationCodeLifetimeSeconds;
}

domain::Status VerificationService::bindMobile(const AuthContext& who, const domain::MobileBinding& binding,
                                               const std::string& clientAddress) {
  if (auto valid = domain::validateMobileBinding(binding); !valid) return valid.error();
  const long long now = nowUnix();
  return m_db.write([&](SQLite::Database& c) -> domain::Status {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    AccountRepository accounts(c);
    auto state = accounts.securityState(who.accountId);
    if (!state) return DomainError::of(ErrorCode::Unauthenticated, "账号不存在，请重新登录");
    const auto check =
        checkVerificationCode(c, who.accountId, CodePurpose::BindMobile, binding.mobile, binding.code, now);
    auto entry = accountVerificationEntry(now, audit::actorOf(who, clientAddress), who.accountId, audit::AuditAction::MobileBound,
                              check == CodeCheck::Matched ? audit::AuditResult::Ok : audit::AuditResult::Failed);
    entry.afterJson = nlohmann::json{{"mobile", domain::maskMobile(binding.mobile)}}.dump();
    if (check == CodeCheck::Matched) {
      entry.beforeJson = nlohmann::json{{"mobile", state->boundMobile.empty() ? std::string()
                                                                              : domain::maskMobile(state->boundMobile)}}
                             .dump();
      accounts.bindMobile(who.accountId, binding.mobile);
    }
    AuditRepository(c).append(entry);
    tx.commit();  // a wrong try is counted too
    if (check != CodeCheck::Matched) return wrongVerificationCode();
    return domain::Ok{};
  });
}

domain::Status VerificationService::requestUnlockCode(const domain::UnlockRequest& request,
                                                      const std::string& clientAddress) {
  if (auto valid = domain::validateUnlockRequest(request, false); !valid) return valid.error();
  const long long now = nowUnix();
  // Read first: most requests (no such account, not locked) change nothing and need no write lock.
  auto state = m_db.read([&](SQLite::Database& c) -> std::optional<AccountSecurityState> {
    AccountRepository accounts(c);
    auto candidate = accounts.findForLogin(request.role, request.loginName, request.unitId);
    if (!candidate || candidate->disabled) return std::nullopt;
    return accounts.securityState(candidate->accountId);
  });
  if (!state || !isLocked(state->failures, now) || state->boundMobile.empty()) return domain::Ok{};

  const bool sent = m_db.write([&](SQLite::Database& c) {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    VerificationCodeRepository codes(c);
    auto current = AccountRepository(c).securityState(state->accountId);
    if (!current || !isLocked(current->failures, now) || current->boundMobile.empty()) return false;
    if (verificationCodeTooSoon(codes, current->accountId, now)) return false;
    issueVerificationCode(c, current->accountId, CodePurpose::Unlock, current->boundMobile, now,
                          formActor(request, current->accountId, clientAddress));
    tx.commit();
    return true;
  });
  if (sent && m_onSmsEnqueued) m_onSmsEnqueued();
  return domain::Ok{};
}

domain::Status VerificationService::unlock(const domain::UnlockRequest& request, const std::string& clientAddress) {
  if (auto valid = domain::validateUnlockRequest(request, true); !valid) return valid.error();
  auto candidate = m_db.read([&](SQLite::Database& c) {
    return AccountRepository(c).findForLogin(request.role, request.loginName, request.unitId);
  });
  if (!candidate || candidate->disabled) return wrongVerificationCode();
  const long long now = nowUnix();
  return m_db.write([&](SQLite::Database& c) -> domain::Status {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    const long long id = candidate->accountId;
    const auto check = checkVerificationCode(c, id, CodePurpose::Unlock, std::nullopt, request.code, now);
    auto entry = accountVerificationEntry(now, formActor(request, id, clientAddress), id, audit::AuditAction::AccountUnlocked,
                              check == CodeCheck::Matched ? audit::AuditResult::Ok : audit::AuditResult::Failed);
    entry.afterJson = nlohmann::json{{"by", "sms_code"}}.dump();
    if (check == CodeCheck::Matched) AccountRepository(c).saveFailureState(id, FailureState{});
    AuditRepository(c).append(entry);
    tx.commit();
    if (check != CodeCheck::Matched) return wrongVerificationCode();
    return domain::Ok{};
  });
}

}  // namespace qinqing::backend::auth
