// GET /api/openapi.json — the OpenAPI 3.0 description of every route in the table, generated
// from the table itself at request time (http/openapi.hpp), so it includes this route too.
#include "http/json_response.hpp"
#include "http/openapi.hpp"
#include "routes/routes.hpp"

namespace qinqing::backend {

void registerOpenApiRoutes(http::RouteTable& routes) {
  routes
      .add(http::HttpMethod::Get, api::openapi::document, "接口说明（OpenAPI 3.0，由路由表生成）",
           [&routes](const httplib::Request&, httplib::Response& res) {
             http::sendJson(res, http::Status::OK_200, http::openApiDocument(routes.routes()));
           })
      .returns("OpenAPI 3.0 document", {"openapi", "info", "paths", "components"});
}

}  // namespace qinqing::backend
