#include "http/route_table.hpp"

#include <gtest/gtest.h>

using namespace qinqing::backend::http;

namespace {
RouteTable table(httplib::Server& server) {
  RouteTable routes(server, [](const httplib::Request&) -> qinqing::domain::Result<qinqing::backend::auth::AuthContext> {
    return qinqing::domain::DomainError::of(qinqing::domain::ErrorCode::Unauthenticated, "请先登录");
  });
  auto noop = [](const httplib::Request&, httplib::Response&) {};
  routes.add(HttpMethod::Post, qinqing::wire::api::Pattern{"/api/session"}, "登录", noop);
  routes.add(HttpMethod::Delete, qinqing::wire::api::Pattern{"/api/session"}, "退出登录", noop);
  routes.add(HttpMethod::Get, qinqing::wire::api::Pattern{"/api/enterprises/:id"}, "企业信息", noop);
  routes.addAuthed(HttpMethod::Get, qinqing::wire::api::Pattern{"/api/me"}, "个人信息", [](const auto&, auto&, const auto&) {});
  routes.addForRoles(HttpMethod::Get, qinqing::wire::api::Pattern{"/api/audit"}, "审计日志", {qinqing::domain::Role::AuditAdmin},
                     [](const auto&, auto&, const auto&) {});
  return routes;
}
}  // namespace

TEST(RouteTable, RemembersEveryRouteWithItsAccess) {
  httplib::Server server;
  auto routes = table(server);
  ASSERT_EQ(routes.routes().size(), 5u);
  EXPECT_EQ(routes.routes()[0].access, Access::Public);
  EXPECT_EQ(routes.routes()[3].access, Access::Session);
  EXPECT_EQ(routes.routes()[3].summary, "个人信息");
  EXPECT_EQ(routes.routes()[4].access, Access::Roles);
  EXPECT_EQ(routes.routes()[4].pattern, "/api/audit");
  EXPECT_EQ(routes.routes()[4].roles, std::vector<qinqing::domain::Role>{qinqing::domain::Role::AuditAdmin});
}

TEST(RouteTable, FindsTheMethodsOfAPathIncludingParameters) {
  httplib::Server server;
  auto routes = table(server);
  EXPECT_EQ(routes.methodsFor("/api/session"), (std::vector<HttpMethod>{HttpMethod::Post, HttpMethod::Delete}));
  EXPECT_EQ(routes.methodsFor("/api/enterprises/42"), (std::vector<HttpMethod>{HttpMethod::Get}));
  EXPECT_TRUE(routes.methodsFor("/api/enterprises/").empty());
  EXPECT_TRUE(routes.methodsFor("/api/enterprises/42/extra").empty());
  EXPECT_TRUE(routes.methodsFor("/api/nothing").empty());
}

TEST(RouteTable, UnmatchedKnownPathIs405WithAllow) {
  httplib::Server server;
  auto routes = table(server);
  httplib::Request req;
  req.method = "GET";
  req.path = "/api/session";
  httplib::Response res;
  routes.sendUnmatched(req, res);
  EXPECT_EQ(res.status, httplib::StatusCode::MethodNotAllowed_405);
  EXPECT_EQ(res.get_header_value("Allow"), "POST, DELETE, OPTIONS");
  EXPECT_NE(res.body.find("method_not_allowed"), std::string::npos);

  req.path = "/api/unknown";
  httplib::Response missing;
  routes.sendUnmatched(req, missing);
  EXPECT_EQ(missing.status, httplib::StatusCode::NotFound_404);
  EXPECT_NE(missing.body.find("not_found"), std::string::npos);
}

TEST(RouteTable, ApiPathsAreExactlyThoseUnderApi) {
  EXPECT_TRUE(isApiPath("/api"));
  EXPECT_TRUE(isApiPath("/api/health"));
  EXPECT_FALSE(isApiPath("/apis"));
  EXPECT_FALSE(isApiPath("/"));
  EXPECT_FALSE(isApiPath("/index.html"));
}
