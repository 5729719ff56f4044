// The session resource: POST /api/session logs in, DELETE /api/session logs out.
#include "auth/security_policy.hpp"
#include "http/json_response.hpp"
#include "http/request_auth.hpp"
#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/identity_json.hpp"
#include "qinqing/wire/session_json.hpp"
#include "routes/routes.hpp"
#include "routes/throttled_form.hpp"

namespace qinqing::backend {

void registerSessionRoutes(http::RouteTable& routes, Services& services) {
  // Body: {"role","login_name","unit_id"(cadres),"password"}.
  // 200 {"token","idle_timeout_seconds","profile"}; 400 invalid_input; 401 bad_credentials;
  // 423 account_locked; 429 too_many_requests (Retry-After) once the address or the name has
  // failed too often (routes/throttled_form.hpp), before the password is even looked at.
  routes.add(http::HttpMethod::Post, api::session::current, "登录", [&services](const httplib::Request& req, httplib::Response& res) {
    auto body = wire::parseObject(req.body);
    if (!body) return http::sendError(res, body.error());
    auto request = wire::loginRequestFromJson(body.value());
    if (!request) return http::sendError(res, request.error());
    const auto& form = request.value();
    const std::string name = throttleNameKey(form.role, form.loginName, form.unitId);
    if (refusedByThrottle(services.throttles.login, "login", name, req, res, services)) return;
    auto login = services.sessions.logIn(form, req.remote_addr);
    if (!login) {
      const auto code = login.error().code;
      if (code == domain::ErrorCode::BadCredentials || code == domain::ErrorCode::AccountLocked) {
        services.throttles.login.recordFailure(req.remote_addr, name, toUnixSeconds(services.clock()));
      }
      return http::sendError(res, login.error());
    }
    wire::SessionGrant grant{login.value().token, static_cast<int>(auth::kSessionIdleTimeout.count()),
                             login.value().profile};
    http::sendJson(res, http::Status::OK_200, wire::sessionGrantToJson(grant));
  }).accepts("loginRequestFromJson", http::keysOf(wire::loginRequestToJson({}))).returns("sessionGrantToJson", http::keysOf(wire::sessionGrantToJson({})));

  // Idempotent: an already expired or unknown token still gets 204, so a client can always log
  // out cleanly. Without any bearer token: 401.
  routes.add(http::HttpMethod::Delete, api::session::current, "退出登录", [&services](const httplib::Request& req, httplib::Response& res) {
    auto token = http::bearerToken(req);
    if (!token) return http::sendError(res, domain::ErrorCode::Unauthenticated, "请先登录");
    services.sessions.logOut(*token, req.remote_addr);
    http::sendNoContent(res);
  }).noContent();
}

}  // namespace qinqing::backend
