// The fields /api/openapi.json documents for a reply against the replies themselves: every GET
// route without path parameters, called as a role it admits, answers an object that holds every
// documented key; the petition routes, whose field lists come from their wire functions, answer
// exactly those keys (list, counts, detail, action, dispatch limit).
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "demo_accounts.hpp"
#include "http/openapi.hpp"
#include "petition_test_support.hpp"
#include "test_server.hpp"

using namespace qinqing::backend;
using namespace qinqing::backend::testsupport;
using qinqing::domain::PetitionAction;
using qinqing::domain::Role;

namespace {

using Keys = std::set<std::string>;

Keys keysOfReply(const nlohmann::json& body) {
  Keys keys;
  if (body.is_object())
    for (const auto& [key, value] : body.items()) keys.insert(key);
  return keys;
}

// The documented response fields of (method, path) in the served document.
Keys documented(const nlohmann::json& doc, const std::string& method, const std::string& path) {
  Keys keys;
  const auto& op = doc.at("paths").at(path).at(method);
  const auto& schema = op.at("responses").begin().value().at("content").at("application/json").at("schema");
  if (schema.contains("properties"))
    for (const auto& [key, value] : schema.at("properties").items()) keys.insert(key);
  return keys;
}

nlohmann::json openApi(TestServer& server) {
  auto res = server.client().Get("/api/openapi.json");
  return bodyJson(res);
}

}  // namespace

TEST(OpenApiReplies, EveryParameterlessGetAnswersTheKeysItDocuments) {
  TestServer server;
  std::map<Role, std::string> tokens;
  auto tokenFor = [&](Role role) -> const std::string& {
    if (!tokens.count(role)) tokens[role] = loginAs(server, role);
    return tokens[role];
  };
  int checked = 0;
  for (const auto& route : server.server().routes().routes()) {
    if (route.method != http::HttpMethod::Get || route.pattern.find(':') != std::string::npos) continue;
    if (!route.response || route.response->fields.empty()) continue;
    if (route.response->mediaType != "application/json") continue;
    SCOPED_TRACE(route.pattern);
    httplib::Headers headers;
    if (route.access == http::Access::Roles) {
      ASSERT_FALSE(route.roles.empty());
      headers = bearer(tokenFor(route.roles.front()));
    } else if (route.access == http::Access::Session) {
      headers = bearer(tokenFor(Role::SystemAdmin));
    }
    auto res = server.client().Get(route.pattern, headers);
    ASSERT_TRUE(res);
    if (res->status != 200) continue;  // needs query parameters to answer; the route tests cover it
    const auto body = bodyJson(res);
    if (!body.is_object()) continue;
    const Keys replied = keysOfReply(body);
    for (const auto& field : route.response->fields) {
      EXPECT_TRUE(replied.count(field)) << "documented but not in the reply: " << field;
    }
    ++checked;
  }
  EXPECT_GE(checked, 10);
}

TEST(OpenApiReplies, PetitionRepliesHaveExactlyTheDocumentedKeys) {
  FakeClock clock{cst(2026, 3, 2, 9, 0)};
  TestServer server{TestServer::Options{.clock = clock}};
  PetitionApi api{server, &clock};
  const auto doc = openApi(server);

  const auto d = api.submitNew();
  const long long id = d.summary.id;
  const auto detail = bodyJson(api.detailResult(api.cadre(), id));
  EXPECT_EQ(keysOfReply(detail), documented(doc, "get", "/api/petitions/{id}"));

  const auto list = bodyJson(api.get(api.cadre(), "/api/petitions?box=petitions.review"));
  EXPECT_EQ(keysOfReply(list), documented(doc, "get", "/api/petitions"));
  ASSERT_TRUE(list["items"].is_array());
  ASSERT_FALSE(list["items"].empty());

  const auto counts = bodyJson(api.get(api.cadre(), "/api/petitions/counts"));
  EXPECT_EQ(keysOfReply(counts), documented(doc, "get", "/api/petitions/counts"));

  const auto acted = bodyJson(api.act(api.cadre(), id, PetitionAction::Approve));
  EXPECT_EQ(keysOfReply(acted), documented(doc, "post", "/api/petitions/{id}/actions/{action}"));

  const auto limit = bodyJson(api.get(api.sysadmin(), "/api/settings/dispatch-limit"));
  EXPECT_EQ(keysOfReply(limit), documented(doc, "get", "/api/settings/dispatch-limit"));
}
