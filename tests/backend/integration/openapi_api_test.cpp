// GET /api/openapi.json against the route table the running server dispatches from: the same
// set of (method, path), valid OpenAPI 3.0.x, every path parameter declared.
#include <gtest/gtest.h>

#include <regex>
#include <set>

#include "http/openapi.hpp"
#include "test_server.hpp"

using namespace qinqing::backend;
using namespace qinqing::backend::testsupport;

namespace {
std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}
const std::set<std::string> kMethods = {"get", "put", "post", "delete", "patch", "head", "options", "trace"};
}  // namespace

TEST(OpenApiApi, ListsExactlyTheRegisteredRoutes) {
  TestServer server;
  auto res = server.client().Get("/api/openapi.json");  // public: no token
  ASSERT_TRUE(res);
  ASSERT_EQ(res->status, 200);
  const auto doc = bodyJson(res);
  ASSERT_TRUE(doc.is_object());

  std::set<std::pair<std::string, std::string>> registered, documented;
  for (const auto& route : server.server().routes().routes()) {
    registered.insert({lower(http::methodName(route.method)), http::openApiPath(route.pattern)});
  }
  for (const auto& [path, item] : doc["paths"].items()) {
    for (const auto& [method, op] : item.items()) documented.insert({method, path});
  }
  for (const auto& r : registered) EXPECT_TRUE(documented.count(r)) << "missing from the document: " << r.first << " " << r.second;
  for (const auto& d : documented) EXPECT_TRUE(registered.count(d)) << "documented but not registered: " << d.first << " " << d.second;
  EXPECT_TRUE(registered.count({"get", "/api/openapi.json"}));
  EXPECT_TRUE(registered.count({"put", "/api/enterprises/{id}"}));
  EXPECT_GE(registered.size(), 25u);
}

TEST(OpenApiApi, IsValidOpenApi30WithEveryPathParameterDeclared) {
  TestServer server;
  auto res = server.client().Get("/api/openapi.json");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->get_header_value("Content-Type").rfind("application/json", 0), 0u);
  const auto doc = nlohmann::json::parse(res->body, nullptr, false);
  ASSERT_FALSE(doc.is_discarded()) << "not JSON";
  ASSERT_TRUE(doc["openapi"].is_string());
  EXPECT_TRUE(std::regex_match(doc["openapi"].get<std::string>(), std::regex(R"(3\.0\.\d+)")));
  EXPECT_TRUE(doc["info"]["title"].is_string());
  EXPECT_TRUE(doc["info"]["version"].is_string());
  ASSERT_TRUE(doc["paths"].is_object());
  EXPECT_EQ(doc["components"]["securitySchemes"]["bearer"]["type"], "http");

  const std::regex param(R"(\{([^}/]+)\})");
  for (const auto& [path, item] : doc["paths"].items()) {
    SCOPED_TRACE(path);
    EXPECT_EQ(path.find(':'), std::string::npos);
    std::set<std::string> inPath;
    for (std::sregex_iterator it(path.begin(), path.end(), param), end; it != end; ++it) inPath.insert((*it)[1]);
    for (const auto& [method, op] : item.items()) {
      SCOPED_TRACE(method);
      EXPECT_TRUE(kMethods.count(method));
      EXPECT_TRUE(op["summary"].is_string() && !op["summary"].get<std::string>().empty());
      EXPECT_TRUE(op["x-roles"].is_array());
      EXPECT_TRUE(op["description"].is_string());
      std::set<std::string> declared;
      for (const auto& p : op.value("parameters", nlohmann::json::array())) {
        if (p["in"] == "path") {
          EXPECT_EQ(p["required"], true);
          declared.insert(p["name"].get<std::string>());
        }
      }
      EXPECT_EQ(declared, inPath);
      ASSERT_TRUE(op["responses"].is_object());
      EXPECT_TRUE(op["responses"].contains("500"));
      for (const auto& [status, response] : op["responses"].items()) {
        if (!response.contains("$ref")) continue;
        const std::string ref = response["$ref"];
        ASSERT_EQ(ref.rfind("#/components/responses/", 0), 0u);
        EXPECT_TRUE(doc["components"]["responses"].contains(ref.substr(ref.rfind('/') + 1))) << ref;
      }
    }
  }
  // A role route names its roles; the security administrator's routes are theirs alone.
  EXPECT_EQ(doc["paths"]["/api/security/locked"]["get"]["x-roles"], nlohmann::json::array({"security_admin"}));
  EXPECT_TRUE(doc["paths"]["/api/health"]["get"]["security"].empty());
}
