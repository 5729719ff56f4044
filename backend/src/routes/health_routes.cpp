// GET /api/health — liveness and the schema version. No database access and no allocation beyond
// the reply: monitoring polls it, and the load benchmark uses it as the raw request rate.
#include "http/json_response.hpp"
#include "qinqing/wire/health_json.hpp"
#include "routes/routes.hpp"

namespace qinqing::backend {

void registerHealthRoutes(http::RouteTable& routes, Services& services) {
  routes.add(http::HttpMethod::Get, api::health::status, "服务状态", [&services](const httplib::Request&, httplib::Response& res) {
    wire::HealthStatus health;
    health.schemaVersion = services.schemaVersion;
    health.serverTime = formatChinaTime(services.clock());
    http::sendJson(res, http::Status::OK_200, wire::healthToJson(health));
  }).returns("healthToJson", http::keysOf(wire::healthToJson({})));
}

}  // namespace qinqing::backend
