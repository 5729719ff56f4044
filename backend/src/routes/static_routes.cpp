// The catch-all GET route that serves the web client (http/static_files.hpp does the work).
#include "http/json_response.hpp"
#include "http/static_files.hpp"
#include "routes/routes.hpp"

namespace qinqing::backend {

void registerStaticRoutes(httplib::Server& server, const http::StaticFiles& files, const http::RouteTable& routes) {
  server.Get(".*", [&files, &routes](const httplib::Request& req, httplib::Response& res) {
    if (http::isApiPath(req.path)) return routes.sendUnmatched(req, res);
    if (files.serve(req, res)) return;
    if (!files.hasIndex()) {
      // A server started before the client was built: say so in the browser rather than 404.
      res.status = http::Status::ServiceUnavailable_503;
      res.set_header("Cache-Control", "no-store");
      res.set_content(
          "<!doctype html><meta charset=\"utf-8\"><title>十堰亲清企业服务信息平台</title>"
          "<p>网页客户端尚未构建，请先运行 <code>bash scripts/build.sh</code>，或用 --web 指定客户端目录。</p>",
          "text/html; charset=utf-8");
      return;
    }
    http::sendError(res, domain::ErrorCode::NotFound, "请求的文件不存在");
  });
}

}  // namespace qinqing::backend
