#include "auth/account_admin_service.hpp"

#include <SQLiteCpp/Transaction.h>

#include <nlohmann/json.hpp>

#include "audit/audit_entry.hpp"
#include "qinqing/identity/activation.hpp"
#include "repositories/audit_repository.hpp"
#include "repositories/session_repository.hpp"
#include "repositories/sms_outbox_repository.hpp"

namespace qinqing::backend::auth {
namespace {
using domain::DomainError;
using domain::ErrorCode;

DomainError accountNotFound() { return DomainError::of(ErrorCode::NotFound, "账号不存在"); }

nlohmann::json holderJson(const std::string& name, const std::string& mobile, const std::string& title) {
  return {{"holder_name", name}, {"mobile", mobile.empty() ? std::string() : domain::maskMobile(mobile)}, {"title", title}};
}

}  // namespace

domain::Page<domain::AccountSummary> AccountAdminService::list(const AccountListQuery& query) {
  const long long now = nowUnix();
  return m_db.read([&](SQLite::Database& c) { return AccountAdminRepository(c).list(query, now); });
}

domain::Result<domain::AccountDetail> AccountAdminService::get(long long id) {
  const long long now = nowUnix();
  auto detail = m_db.read([&](SQLite::Database& c) { return AccountAdminRepository(c).find(id, now); });
  if (!detail) return accountNotFound();
  return *detail;
}

domain::Result<domain::AccountDetail> AccountAdminService::handOver(const AuthContext& who, long long id,
                                                                   domain::AccountHandover handover,
                                                                   const std::string& clientAddress) {
  if (auto valid = domain::validateAccountHandover(handover); !valid) return valid.error();
  const long long now = nowUnix();
  auto done = m_db.write([&](SQLite::Database& c) -> domain::Status {
    // IMMEDIATE: the holder read for the history is the one the update replaces.
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    AccountAdminRepository accounts(c);
    auto outgoing = accounts.currentHolder(id);
    if (!outgoing) return accountNotFound();
    if (!domain::roleHasNamedHolder(outgoing->role)) {
      return DomainError::of(ErrorCode::InvalidTransition,
                             "该账号不能移交：只有单位管理员、县市区管理员、分办员和巡查员的固定账号可以移交");
    }
    if (outgoing->holderName == handover.holderName && outgoing->mobile == handover.mobile) {
      return DomainError::invalid({{"holder_name", "新持有人与当前持有人相同，无需移交"}});
    }
    accounts.recordHandover(id, *outgoing, handover, now, who.accountId);
    const int sessionsEnded = SessionRepository(c).removeOthers(id, "");
    SmsOutboxRepository(c).enqueue({handover.mobile, domain::accountOpenedSms(outgoing->loginName), sms::SmsKind::Notice},
                                   now);

    auto after = holderJson(handover.holderName, handover.mobile, handover.title);
    after["reason"] = handover.reason;
    after["sessions_ended"] = sessionsEnded;
    AuditRepository(c).append(audit::entryOf(who, clientAddress, now, audit::AuditAction::AccountHandedOver, "account",
                                             std::to_string(id),
                                             holderJson(outgoing->holderName, outgoing->mobile, outgoing->title), after));
    tx.commit();
    return domain::Ok{};
  });
  if (!done) return done.error();
  if (m_onSmsEnqueued) m_onSmsEnqueued();
  return get(id);
}

}  // namespace qinqing::backend::auth
