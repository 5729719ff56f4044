#include "auth/activation_service.hpp"

#include <SQLiteCpp/Transaction.h>

#include <nlohmann/json.hpp>
#include <optional>

#include "audit/audit_entry.hpp"
#include "auth/verification_service.hpp"
#include "qinqing/identity/account.hpp"
#include "qinqing/identity/account_security.hpp"
#include "repositories/account_repository.hpp"
#include "repositories/audit_repository.hpp"
#include "repositories/verification_code_repository.hpp"

namespace qinqing::backend::auth {
namespace {
using domain::DomainError;

// The account a request names, if it exists and still waits for activation with a mobile to send to.
std::optional<AccountSecurityState> pendingAccount(SQLite::Database& c, const domain::ActivationRequest& request) {
  AccountRepository accounts(c);
  auto candidate = accounts.findForLogin(request.role, request.loginName, request.unitId);
  if (!candidate || candidate->disabled || !candidate->passwordHash.empty()) return std::nullopt;
  auto state = accounts.securityState(candidate->accountId);
  if (!state || !state->passwordHash.empty() || state->boundMobile.empty()) return std::nullopt;
  return state;
}

}  // namespace

domain::Status ActivationService::requestCode(const domain::ActivationRequest& request,
                                              const std::string& clientAddress) {
  if (auto valid = domain::validateActivationCodeRequest(request); !valid) return valid.error();
  const long long now = nowUnix();
  // Read first: most requests that change nothing need no write lock.
  if (!m_db.read([&](SQLite::Database& c) { return pendingAccount(c, request).has_value(); })) return domain::Ok{};

  const bool sent = m_db.write([&](SQLite::Database& c) {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    auto current = pendingAccount(c, request);
    if (!current) return false;
    VerificationCodeRepository codes(c);
    if (verificationCodeTooSoon(codes, current->accountId, now)) return false;
    issueVerificationCode(c, current->accountId, CodePurpose::Activate, current->boundMobile, now,
                          formActor(request, current->accountId, clientAddress));
    tx.commit();
    return true;
  });
  if (sent && m_onSmsEnqueued) m_onSmsEnqueued();
  return domain::Ok{};
}

domain::Result<LoginSuccess> ActivationService::activate(const domain::ActivationRequest& request,
                                                         const std::string& clientAddress) {
  if (auto valid = domain::validateActivation(request); !valid) return valid.error();
  auto pending = m_db.read([&](SQLite::Database& c) { return pendingAccount(c, request); });
  if (!pending) return wrongVerificationCode();

  // The ~60 ms hash runs outside the writer lock. A wrong code wastes it, but wrong tries are few:
  // the fifth burns the code.
  const std::string newHash = m_hasher.hash(request.newPassword);
  const long long now = nowUnix();
  const long long id = pending->accountId;
  return m_db.write([&](SQLite::Database& c) -> domain::Result<LoginSuccess> {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    const auto actor = formActor(request, id, clientAddress);
    const auto check = checkVerificationCode(c, id, CodePurpose::Activate, std::nullopt, request.code, now);
    auto entry = audit::entryOf(actor, now, audit::AuditAction::AccountActivated, "account", std::to_string(id));
    entry.result = check == CodeCheck::Matched ? audit::AuditResult::Ok : audit::AuditResult::Failed;
    // Activated meanwhile by another request with the same code cannot happen (the code is single
    // use), but a password set some other way must not be overwritten.
    const bool activated = check == CodeCheck::Matched && AccountRepository(c).activate(id, newHash, now);
    if (check == CodeCheck::Matched && !activated) entry.result = audit::AuditResult::Failed;
    entry.afterJson = nlohmann::json{{"mobile", domain::maskMobile(pending->boundMobile)}}.dump();
    AuditRepository(c).append(entry);
    if (!activated) {
      tx.commit();  // a wrong try is counted too
      return wrongVerificationCode();
    }
    auto session = openSession(c, id, actor, now);
    if (!session) return DomainError::of(domain::ErrorCode::Internal, "账号数据不完整，请联系系统管理员");  // rolled back
    tx.commit();
    return std::move(*session);
  });
}

}  // namespace qinqing::backend::auth
