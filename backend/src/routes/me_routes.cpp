// The signed-in user's own record (我的资料 — 个人信息). GET /api/me → profileToJson, mobile masked.
#include "http/json_response.hpp"
#include "qinqing/wire/identity_json.hpp"
#include "routes/routes.hpp"

namespace qinqing::backend {

void registerMeRoutes(http::RouteTable& routes, Services& services) {
  routes.addAuthed(http::HttpMethod::Get, "/api/me", "当前用户的个人信息",
                   [&services](const httplib::Request&, httplib::Response& res, const auth::AuthContext& who) {
                     auto profile = services.sessions.profile(who);
                     if (!profile) return http::sendError(res, profile.error());
                     http::sendJson(res, http::Status::OK_200, wire::profileToJson(profile.value()));
                   });
}

}  // namespace qinqing::backend
