#include "auth/password_reset_service.hpp"

#include <SQLiteCpp/Transaction.h>

#include <nlohmann/json.hpp>
#include <optional>

#include "audit/audit_entry.hpp"
#include "auth/verification_service.hpp"
#include "qinqing/identity/account.hpp"
#include "qinqing/identity/account_security.hpp"
#include "qinqing/validation/password_policy.hpp"
#include "repositories/account_repository.hpp"
#include "repositories/audit_repository.hpp"
#include "repositories/session_repository.hpp"
#include "repositories/verification_code_repository.hpp"

namespace qinqing::backend::auth {
namespace {
using domain::DomainError;

// The account a request names, if a reset can reach it: enabled, with a password and a bound mobile.
std::optional<AccountSecurityState> resettableAccount(SQLite::Database& c, const domain::ActivationRequest& request) {
  AccountRepository accounts(c);
  auto candidate = accounts.findForLogin(request.role, request.loginName, request.unitId);
  if (!candidate || candidate->disabled || candidate->passwordHash.empty()) return std::nullopt;
  auto state = accounts.securityState(candidate->accountId);
  if (!state || state->passwordHash.empty() || state->boundMobile.empty()) return std::nullopt;
  return state;
}

}  // namespace

domain::Status PasswordResetService::requestCode(const domain::ActivationRequest& request,
                                                 const std::string& clientAddress) {
  if (auto valid = domain::validateActivationCodeRequest(request); !valid) return valid.error();
  const long long now = nowUnix();
  if (!m_db.read([&](SQLite::Database& c) { return resettableAccount(c, request).has_value(); })) return domain::Ok{};
  const bool sent = m_db.write([&](SQLite::Database& c) {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    auto current = resettableAccount(c, request);
    if (!current) return false;
    VerificationCodeRepository codes(c);
    if (verificationCodeTooSoon(codes, current->accountId, now)) return false;
    issueVerificationCode(c, current->accountId, CodePurpose::ResetPassword, current->boundMobile, now,
                          formActor(request, current->accountId, clientAddress));
    tx.commit();
    return true;
  });
  if (sent && m_onSmsEnqueued) m_onSmsEnqueued();
  return domain::Ok{};
}

domain::Status PasswordResetService::reset(const domain::ActivationRequest& request, const std::string& clientAddress) {
  if (auto valid = domain::validateActivation(request); !valid) return valid.error();
  auto account = m_db.read([&](SQLite::Database& c) { return resettableAccount(c, request); });
  if (!account) return wrongVerificationCode();
  const long long id = account->accountId;
  const long long now = nowUnix();

  // Not one of the last five (the current hash and the history). Checked before the code is used,
  // so a refused password leaves the code for a second try; like activation, the hashing runs
  // outside the writer lock (wrong codes are few: the fifth burns the code).
  std::vector<std::string> hashes{account->passwordHash};
  const auto previous = m_db.read([&](SQLite::Database& c) {
    return AccountRepository(c).previousPasswordHashes(id, domain::kPasswordHistoryDepth - 1);
  });
  hashes.insert(hashes.end(), previous.begin(), previous.end());
  for (const std::string& hash : hashes) {
    if (m_hasher.verify(hash, request.newPassword)) {
      return DomainError::invalid({{"new_password", std::string(domain::kPasswordRecentlyUsed)}});
    }
  }
  const std::string newHash = m_hasher.hash(request.newPassword);

  return m_db.write([&](SQLite::Database& c) -> domain::Status {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    const auto check = checkVerificationCode(c, id, CodePurpose::ResetPassword, std::nullopt, request.code, now);
    auto entry = audit::entryOf(formActor(request, id, clientAddress), now, audit::AuditAction::PasswordReset, "account",
                                std::to_string(id));
    AccountRepository accounts(c);
    auto current = accounts.securityState(id);
    if (check != CodeCheck::Matched || !current || current->passwordHash.empty()) {
      entry.result = audit::AuditResult::Failed;
      AuditRepository(c).append(entry);
      tx.commit();
      return wrongVerificationCode();
    }
    accounts.replacePassword(id, current->passwordHash, newHash, now, domain::kPasswordHistoryDepth - 1);
    accounts.saveFailureState(id, FailureState{});
    const int ended = SessionRepository(c).removeOthers(id, "");
    entry.afterJson = nlohmann::json{{"by", "sms_code"}, {"sessions_ended", ended}}.dump();
    AuditRepository(c).append(entry);
    tx.commit();
    return domain::Ok{};
  });
}

}  // namespace qinqing::backend::auth
