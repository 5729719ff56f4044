// 忘记密码 (issue 17): public, on the login page like 激活账号 and the unlock form. The rules live in
// auth::PasswordResetService; this file decodes, limits how often one address may use the form
// (as activation does), and encodes.
#include <memory>

#include "auth/password_reset_service.hpp"
#include "http/json_response.hpp"
#include "http/rate_limiter.hpp"
#include "qinqing/wire/account_security_json.hpp"
#include "qinqing/wire/activation_json.hpp"
#include "qinqing/wire/error_json.hpp"
#include "routes/routes.hpp"

namespace qinqing::backend {
namespace {

domain::Result<domain::ActivationRequest> decodeRequest(const httplib::Request& req) {
  auto body = wire::parseObject(req.body);
  if (!body) return body.error();
  return wire::activationRequestFromJson(body.value());
}

// Per client address, on top of the per-account rules (one code a minute, five wrong tries).
constexpr int kResetCodesPerAddress = 20;
constexpr int kResetsPerAddress = 30;
constexpr long long kResetWindowSeconds = 600;

}  // namespace

void registerPasswordResetRoutes(http::RouteTable& routes, Services& services) {
  auto resets = [&services] {
    return auth::PasswordResetService(services.database, services.hasher, services.clock,
                                      [&services] { services.sms.wake(); });
  };
  auto codeLimit = std::make_shared<http::RateLimiter>(kResetCodesPerAddress, kResetWindowSeconds);
  auto resetLimit = std::make_shared<http::RateLimiter>(kResetsPerAddress, kResetWindowSeconds);

  // {"role","login_name","unit_id"(cadres)} → {"ok":true} whatever the account (no enumeration);
  // 400 only for a malformed form; 429 for an address that asked too often.
  routes.add(http::HttpMethod::Post, api::passwordReset::code, "忘记密码：获取短信验证码",
             [resets, codeLimit, &services](const httplib::Request& req, httplib::Response& res) {
               auto request = decodeRequest(req);
               if (!request) return http::sendError(res, request.error());
               if (auto wait = codeLimit->take(req.remote_addr, toUnixSeconds(services.clock())); wait > 0) {
                 return http::sendTooManyRequests(res, wait);
               }
               if (auto taken = resets().requestCode(request.value(), req.remote_addr); !taken) {
                 return http::sendError(res, taken.error());
               }
               http::sendJson(res, http::Status::OK_200, wire::okToJson());
             }).accepts("activationRequestFromJson", http::keysOf(wire::activationRequestToJson({}))).returns("okToJson", http::keysOf(wire::okToJson()));

  // {"role","login_name","unit_id","code","new_password"} → {"ok":true}; 400 code
  // "验证码不正确或已过期" (also for an unknown account), new_password (policy, recently used).
  routes.add(http::HttpMethod::Post, api::passwordReset::account, "忘记密码：用短信验证码设置新密码",
             [resets, resetLimit, &services](const httplib::Request& req, httplib::Response& res) {
               auto request = decodeRequest(req);
               if (!request) return http::sendError(res, request.error());
               if (auto wait = resetLimit->take(req.remote_addr, toUnixSeconds(services.clock())); wait > 0) {
                 return http::sendTooManyRequests(res, wait);
               }
               if (auto done = resets().reset(request.value(), req.remote_addr); !done) {
                 return http::sendError(res, done.error());
               }
               http::sendJson(res, http::Status::OK_200, wire::okToJson());
             })
      .accepts("activationRequestFromJson", http::keysOf(wire::activationRequestToJson({})))
      .returns("okToJson", http::keysOf(wire::okToJson()));
}

}  // namespace qinqing::backend
