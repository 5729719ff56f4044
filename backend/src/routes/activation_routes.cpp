// 激活账号 (accounts created without a password, qinqing/identity/activation.hpp): public, like the
// login form it sits on. The rules live in auth::ActivationService; this file decodes, limits how
// often one address may use the form, and encodes.
#include <memory>

#include "auth/activation_service.hpp"
#include "auth/security_policy.hpp"
#include "http/json_response.hpp"
#include "http/rate_limiter.hpp"
#include "qinqing/wire/account_security_json.hpp"
#include "qinqing/wire/activation_json.hpp"
#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/session_json.hpp"
#include "routes/routes.hpp"

namespace qinqing::backend {
namespace {

domain::Result<domain::ActivationRequest> decodeActivation(const httplib::Request& req) {
  auto body = wire::parseObject(req.body);
  if (!body) return body.error();
  return wire::activationRequestFromJson(body.value());
}

// Per client address, on top of the per-account rules (one code a minute, five wrong tries): one
// address must not send SMS to many accounts' holders, nor keep the hasher busy.
constexpr int kActivationCodesPerAddress = 20;
constexpr int kActivationsPerAddress = 30;
constexpr long long kActivationWindowSeconds = 600;

}  // namespace

void registerActivationRoutes(http::RouteTable& routes, Services& services) {
  auto activations = [&services] {
    return auth::ActivationService(services.database, services.hasher, services.clock,
                                   [&services] { services.sms.wake(); });
  };
  auto codeLimit = std::make_shared<http::RateLimiter>(kActivationCodesPerAddress, kActivationWindowSeconds);
  auto activateLimit = std::make_shared<http::RateLimiter>(kActivationsPerAddress, kActivationWindowSeconds);

  // {"role","login_name","unit_id"(cadres)} → {"ok":true} whether or not the account exists or
  // waits for activation (no enumeration); 400 only for a malformed form; 429 for an address that
  // asked too often.
  routes.add(http::HttpMethod::Post, api::activation::code, "获取激活账号的短信验证码",
             [activations, codeLimit, &services](const httplib::Request& req, httplib::Response& res) {
               auto request = decodeActivation(req);
               if (!request) return http::sendError(res, request.error());
               if (auto wait = codeLimit->take(req.remote_addr, toUnixSeconds(services.clock())); wait > 0) {
                 return http::sendTooManyRequests(res, wait);
               }
               if (auto taken = activations().requestCode(request.value(), req.remote_addr); !taken) {
                 return http::sendError(res, taken.error());
               }
               http::sendJson(res, http::Status::OK_200, wire::okToJson());
             }).accepts("activationRequestFromJson", http::keysOf(wire::activationRequestToJson({}))).returns("okToJson", http::keysOf(wire::okToJson()));

  // {"role","login_name","unit_id","code","new_password"} → the session grant of POST /api/session:
  // the account has its password and the holder is signed in. 400 invalid_input: code
  // "验证码不正确或已过期" (also for an unknown or already active account), new_password (policy).
  routes.add(http::HttpMethod::Post, api::activation::account, "用短信验证码激活账号并设置密码",
             [activations, activateLimit, &services](const httplib::Request& req, httplib::Response& res) {
               auto request = decodeActivation(req);
               if (!request) return http::sendError(res, request.error());
               if (auto wait = activateLimit->take(req.remote_addr, toUnixSeconds(services.clock())); wait > 0) {
                 return http::sendTooManyRequests(res, wait);
               }
               auto activated = activations().activate(request.value(), req.remote_addr);
               if (!activated) return http::sendError(res, activated.error());
               wire::SessionGrant grant{activated.value().token, static_cast<int>(auth::kSessionIdleTimeout.count()),
                                        activated.value().profile};
               http::sendJson(res, http::Status::OK_200, wire::sessionGrantToJson(grant));
             })
      .accepts("activationRequestFromJson", http::keysOf(wire::activationRequestToJson({})))
      .returns("sessionGrantToJson", http::keysOf(wire::sessionGrantToJson({})));
}

}  // namespace qinqing::backend
