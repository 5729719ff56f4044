// Unlocking a locked account with an SMS code (issue 4): public, like the login form it sits on.
// The rules live in auth::VerificationService; this file decodes and encodes only.
#include <memory>

#include "auth/verification_service.hpp"
#include "http/rate_limiter.hpp"
#include "http/json_response.hpp"
#include "qinqing/wire/account_security_json.hpp"
#include "qinqing/wire/error_json.hpp"
#include "routes/routes.hpp"
#include "routes/throttled_form.hpp"

namespace qinqing::backend {
namespace {

domain::Result<domain::UnlockRequest> decodeUnlock(const httplib::Request& req) {
  auto body = wire::parseObject(req.body);
  if (!body) return body.error();
  return wire::unlockRequestFromJson(body.value());
}

// Per client address, on top of the per-account rule (one code a minute): one address must not
// send SMS to many accounts' holders.
constexpr int kUnlockCodesPerAddress = 20;
constexpr long long kUnlockCodeWindowSeconds = 600;

}  // namespace

void registerUnlockRoutes(http::RouteTable& routes, Services& services) {
  auto codes = [&services] {
    return auth::VerificationService(services.database, services.clock, [&services] { services.sms.wake(); });
  };
  auto codeLimit = std::make_shared<http::RateLimiter>(kUnlockCodesPerAddress, kUnlockCodeWindowSeconds);

  // {"role","login_name","unit_id"(cadres)} → {"ok":true} whether or not the account exists, is
  // locked or has a bound mobile (no enumeration); 400 invalid_input only for a malformed form.
  routes.add(http::HttpMethod::Post, api::unlock::code, "获取解锁账号的短信验证码",
             [codes, codeLimit, &services](const httplib::Request& req, httplib::Response& res) {
               auto request = decodeUnlock(req);
               if (!request) return http::sendError(res, request.error());
               if (auto wait = codeLimit->take(req.remote_addr, toUnixSeconds(services.clock())); wait > 0) {
                 return http::sendTooManyRequests(res, wait);
               }
               if (auto taken = codes().requestUnlockCode(request.value(), req.remote_addr); !taken) {
                 return http::sendError(res, taken.error());
               }
               http::sendJson(res, http::Status::OK_200, wire::okToJson());
             }).accepts("unlockRequestFromJson", http::keysOf(wire::unlockRequestToJson({}))).returns("okToJson", http::keysOf(wire::okToJson()));

  // {"role","login_name","unit_id"(cadres),"code"} → {"ok":true}: the lock and the failure
  // counters are cleared. 400 invalid_input: code "验证码不正确或已过期" (also for an unknown account).
  routes.add(http::HttpMethod::Post, api::unlock::account, "用短信验证码解锁账号",
             [codes, &services](const httplib::Request& req, httplib::Response& res) {
               auto request = decodeUnlock(req);
               if (!request) return http::sendError(res, request.error());
               const auto& form = request.value();
               const std::string name = throttleNameKey(form.role, form.loginName, form.unitId);
               if (refusedByThrottle(services.throttles.unlock, "unlock", name, req, res, services)) return;
               if (auto unlocked = codes().unlock(form, req.remote_addr); !unlocked) {
                 services.throttles.unlock.recordFailure(req.remote_addr, name, toUnixSeconds(services.clock()));
                 return http::sendError(res, unlocked.error());
               }
               http::sendJson(res, http::Status::OK_200, wire::okToJson());
             }).accepts("unlockRequestFromJson", http::keysOf(wire::unlockRequestToJson({}))).returns("okToJson", http::keysOf(wire::okToJson()));
}

}  // namespace qinqing::backend
