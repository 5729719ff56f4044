#include "routes/throttled_form.hpp"

#include <SQLiteCpp/Transaction.h>

#include "audit/audit_entry.hpp"
#include "http/rate_limiter.hpp"
#include "repositories/audit_repository.hpp"

namespace qinqing::backend {

std::string throttleNameKey(domain::Role role, const std::string& loginName, std::optional<long long> unitId) {
  return std::string(domain::roleKey(role)) + '|' + (unitId ? std::to_string(*unitId) : "") + '|' + loginName;
}

bool refusedByThrottle(auth::AttemptThrottle& throttle, std::string_view form, const std::string& name,
                       const httplib::Request& req, httplib::Response& res, Services& services) {
  const long long now = toUnixSeconds(services.clock());
  const long long wait = throttle.waitBefore(req.remote_addr, name, now);
  if (wait == 0) return false;
  if (throttle.firstRefusal(req.remote_addr, now)) {
    auto entry = audit::entryOf(audit::AuditActor{std::nullopt, "", "", req.remote_addr}, now,
                                audit::AuditAction::AttemptsThrottled, "form", std::string(form), nullptr,
                                nlohmann::json{{"form", form}, {"retry_after_seconds", wait}});
    entry.result = audit::AuditResult::Refused;
    services.database.write([&](SQLite::Database& c) {
      SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
      AuditRepository(c).append(entry);
      tx.commit();
    });
  }
  http::sendTooManyRequests(res, wait);
  return true;
}

}  // namespace qinqing::backend
