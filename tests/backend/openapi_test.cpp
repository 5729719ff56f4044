#include "http/openapi.hpp"

#include <gtest/gtest.h>

using namespace qinqing::backend::http;
using qinqing::domain::Role;

TEST(OpenApi, ConvertsPatternsAndNamesPathParameters) {
  EXPECT_EQ(openApiPath("/api/enterprises/:id/reveal"), "/api/enterprises/{id}/reveal");
  EXPECT_EQ(openApiPath("/api/health"), "/api/health");
  EXPECT_EQ(pathParameters("/api/calendar/days/:date"), std::vector<std::string>{"date"});
  EXPECT_TRUE(pathParameters("/api/me").empty());
}

TEST(OpenApi, DescribesEachRouteWithRolesSecurityAndErrors) {
  httplib::Server server;
  RouteTable routes(server, [](const httplib::Request&) -> qinqing::domain::Result<qinqing::backend::auth::AuthContext> {
    return qinqing::domain::DomainError::of(qinqing::domain::ErrorCode::Unauthenticated, "请先登录");
  });
  routes.add(HttpMethod::Get, qinqing::wire::api::Pattern{"/api/health"}, "服务状态", [](const auto&, auto&) {}).returns("healthToJson", {"status"});
  routes.addForRoles(HttpMethod::Put, qinqing::wire::api::Pattern{"/api/enterprises/:id/cadre"}, "调整包联干部",
                     {Role::UnitAdmin, Role::SystemAdmin}, [](const auto&, auto&, const auto&) {})
      .accepts("cadreReassignmentFromJson", {"cadre_id", "note"});
  routes.addAuthed(HttpMethod::Delete, qinqing::wire::api::Pattern{"/api/x"}, "删除", [](const auto&, auto&, const auto&) {}).noContent();

  const auto doc = openApiDocument(routes.routes());
  EXPECT_EQ(doc["openapi"], "3.0.3");
  const auto& health = doc["paths"]["/api/health"]["get"];
  EXPECT_EQ(health["summary"], "服务状态");
  EXPECT_TRUE(health["security"].empty());
  EXPECT_TRUE(health["x-roles"].empty());
  EXPECT_EQ(health["responses"]["200"]["content"]["application/json"]["schema"]["properties"].count("status"), 1u);
  EXPECT_FALSE(health["responses"].contains("401"));

  const auto& put = doc["paths"]["/api/enterprises/{id}/cadre"]["put"];
  EXPECT_EQ(put["x-roles"], (nlohmann::json{"unit_admin", "system_admin"}));
  EXPECT_NE(put["description"].get<std::string>().find("单位管理员、系统管理员"), std::string::npos);
  EXPECT_EQ(put["security"][0].count("bearer"), 1u);
  EXPECT_EQ(put["parameters"][0]["name"], "id");
  EXPECT_EQ(put["parameters"][0]["in"], "path");
  EXPECT_EQ(put["parameters"][0]["required"], true);
  EXPECT_EQ(put["requestBody"]["content"]["application/json"]["schema"]["title"], "cadreReassignmentFromJson");
  for (const char* status : {"400", "401", "403", "404", "409", "413", "500"}) {
    ASSERT_TRUE(put["responses"].contains(status)) << status;
    const std::string ref = put["responses"][status]["$ref"];
    const auto name = ref.substr(ref.rfind('/') + 1);
    EXPECT_EQ(doc["components"]["responses"][name]["content"]["application/json"]["schema"]["$ref"],
              "#/components/schemas/Error");
  }
  EXPECT_EQ(doc["paths"]["/api/x"]["delete"]["responses"].count("204"), 1u);
  EXPECT_EQ(doc["paths"]["/api/x"]["delete"]["x-roles"].size(), qinqing::domain::kAllRoles.size());
  const auto& error = doc["components"]["schemas"]["Error"]["properties"]["error"]["properties"];
  EXPECT_EQ(error["fields"]["items"]["properties"].count("field"), 1u);
  EXPECT_EQ(doc["components"]["securitySchemes"]["bearer"]["scheme"], "bearer");
}
