// GET /api/login-options — what the login page offers before anyone is signed in: the roles, and
// the regions and units a cadre chooses from (§1). Public by design; it lists no people.
#include "http/json_response.hpp"
#include "qinqing/wire/identity_json.hpp"
#include "repositories/organisation_repository.hpp"
#include "routes/routes.hpp"

namespace qinqing::backend {

void registerLoginOptionsRoutes(http::RouteTable& routes, Services& services) {
  routes.add(http::HttpMethod::Get, api::loginOptions::list, "登录页选项：用户类型、区域和单位",
             [&services](const httplib::Request&, httplib::Response& res) {
               auto options = services.database.read(
                   [](SQLite::Database& c) { return OrganisationRepository(c).loginOptions(); });
               http::sendJson(res, http::Status::OK_200, wire::loginOptionsToJson(options));
             }).returns("loginOptionsToJson", http::keysOf(wire::loginOptionsToJson({})));
}

}  // namespace qinqing::backend
