// The authorization matrix of the system administrator's endpoints (账号管理, 组织机构, the cadre
// roster): every demo role × every endpoint × an existing object and a missing one. Only
// 系统管理员 passes (its scope is everything, so "other" is a missing id: 404); every other role
// gets 403 before anything is read or written — 超级巡查员 in the read-only words on writes — and
// every refusal is in the audit log. Without a session everything is 401.
#include <gtest/gtest.h>

#include "base_data_client.hpp"
#include "demo_accounts.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;
using Status = httplib::StatusCode;
using nlohmann::json;

namespace {

enum class Verb { Get, Post, Put };

struct Endpoint {
  Verb verb;
  std::string path;       // an existing object (or the collection)
  std::string otherPath;  // a missing object; empty for collections
  json body;
  int ok;                 // what 系统管理员 gets for path
  bool write;
  bool securityReads = false;  // 安全管理员 reads it too (to find an account for a temporary password)
};

httplib::Result call(const ApiClient& api, Verb verb, const std::string& path, const json& body) {
  switch (verb) {
    case Verb::Get: return api.get(path);
    case Verb::Post: return api.post(path, body);
    case Verb::Put: return api.put(path, body);
  }
  return api.get(path);
}

std::vector<Endpoint> endpoints(SQLite::Database& db) {
  auto first = [&](const std::string& sql) { return std::to_string(selectCount(db, sql)); };
  const std::string county = first("SELECT id FROM accounts WHERE login_name = '巡查员02'");
  const std::string cadre = first("SELECT id FROM cadres WHERE name = '陈镕'");
  const std::string unit = first("SELECT id FROM units WHERE name = '十堰市科技局'");
  const std::string region = first("SELECT id FROM regions WHERE name = '房县'");
  const std::string cadreUnit = first("SELECT unit_id FROM cadres WHERE name = '陈镕'");
  const json cadreForm = {{"unit_id", std::stoll(cadreUnit)}, {"name", "陈镕"}, {"title", "科长"},
                          {"mobile", "13512345678"}, {"email", ""}, {"contact_is_proxy", false}};
  return {
      {Verb::Get, "/api/accounts", "", nullptr, Status::OK_200, false, true},
      {Verb::Get, "/api/accounts/" + county, "/api/accounts/999999", nullptr, Status::OK_200, false, true},
      {Verb::Post, "/api/accounts/" + county + "/handover", "/api/accounts/999999/handover",
       {{"holder_name", "周新"}, {"mobile", "13812345678"}, {"title", "巡查专员"}, {"reason", "人员调整"}}, Status::OK_200,
       true},
      {Verb::Post, "/api/accounts", "",
       {{"role", "county_admin"}, {"login_name", "房县管理员2"}, {"holder_name", "房小军"}, {"mobile", "13812345600"},
        {"region_id", std::stoll(region)}},
       Status::Created_201, true},
      {Verb::Put, "/api/accounts/" + county, "/api/accounts/999999",
       {{"login_name", "巡查员02"}, {"title", "巡查专员"}, {"department", "organisation_department"}}, Status::OK_200, true},
      {Verb::Post, "/api/accounts/" + county + "/disable", "/api/accounts/999999/disable", {{"reason", "人员调整"}},
       Status::OK_200, true},
      {Verb::Post, "/api/accounts/" + county + "/enable", "/api/accounts/999999/enable", json::object(), Status::OK_200,
       true},
      {Verb::Post, "/api/regions", "", {{"name", "房县新区"}, {"kind", "county"}}, Status::Created_201, true},
      {Verb::Put, "/api/regions/" + region, "/api/regions/999999", {{"name", "房县"}}, Status::OK_200, true},
      {Verb::Get, "/api/regions", "", nullptr, Status::OK_200, false},
      {Verb::Get, "/api/units?region_id=" + region, "", nullptr, Status::OK_200, false},
      {Verb::Post, "/api/units", "", {{"region_id", std::stoll(region)}, {"name", "房县数据局"}}, Status::Created_201, true},
      {Verb::Put, "/api/units/" + unit, "/api/units/999999", {{"name", "十堰市科学技术局"}}, Status::OK_200, true},
      {Verb::Put, "/api/cadres/" + cadre, "/api/cadres/999999", cadreForm, Status::OK_200, true},
      {Verb::Post, "/api/cadres", "",
       {{"unit_id", std::stoll(cadreUnit)}, {"name", "沈一鸣"}, {"mobile", "13612340000"}}, Status::Created_201, true},
  };
}

}  // namespace

TEST(AdminAuthorizationMatrix, OnlyTheSystemAdministratorEveryOtherRoleRefusedAndAudited) {
  TestServer server;
  auto db = openReadOnly(server);
  const auto all = endpoints(db);
  int refusals = 0;
  // The system administrator last: its writes must not change what the refused roles were asked.
  std::vector<DemoAccount> order;
  for (const auto& a : kDemoAccounts) {
    if (a.role != Role::SystemAdmin) order.push_back(a);
  }
  for (const auto& a : kDemoAccounts) {
    if (a.role == Role::SystemAdmin) order.push_back(a);
  }
  for (const auto& account : order) {
    SCOPED_TRACE(account.loginName);
    ApiClient api{server, loginAs(server, account)};
    ASSERT_FALSE(api.token.empty());
    const bool admin = account.role == Role::SystemAdmin;
    for (const auto& e : all) {
      SCOPED_TRACE(e.path);
      auto res = call(api, e.verb, e.path, e.body);
      if (account.role == Role::SecurityAdmin && e.securityReads) {
        EXPECT_EQ(status(res), Status::OK_200);
        continue;
      }
      if (admin) {
        EXPECT_EQ(status(res), e.ok) << (res ? res->body : "");
        if (!e.otherPath.empty()) EXPECT_EQ(status(call(api, e.verb, e.otherPath, e.body)), Status::NotFound_404);
        continue;
      }
      ASSERT_EQ(status(res), Status::Forbidden_403);
      ++refusals;
      const std::string message = bodyJson(res)["error"]["message"];
      if (account.role == Role::Inspector && e.write) {
        EXPECT_EQ(message, "超级巡查员只能查看，不能修改");
      }
      // The missing object is refused the same way: a refused role learns nothing about ids.
      if (!e.otherPath.empty()) {
        EXPECT_EQ(status(call(api, e.verb, e.otherPath, e.body)), Status::Forbidden_403);
        ++refusals;
      }
    }
  }
  // Nothing the refused roles asked for was written: only the administrator's writes are there.
  EXPECT_EQ(selectCount(db, "SELECT count(*) FROM account_holders"), 2);
  EXPECT_EQ(selectCount(db, "SELECT count(*) FROM units WHERE name = '房县数据局'"), 1);
  EXPECT_EQ(selectCount(db, "SELECT count(*) FROM cadres WHERE name = '沈一鸣'"), 1);

  ApiClient auditor{server, loginAs(server, Role::AuditAdmin)};
  auto refused = bodyJson(auditor.get("/api/audit?page_size=1&action=access.refused"));
  EXPECT_EQ(refused["total"], refusals);
  // Nine roles × 23 calls (paths and missing-object paths), less the three reads 安全管理员 may make.
  EXPECT_EQ(refusals, 9 * 23 - 3);
}

TEST(AdminAuthorizationMatrix, WithoutALoginEveryEndpointIs401) {
  TestServer server({.demo = false});
  auto cli = server.client();
  EXPECT_EQ(status(cli.Get("/api/accounts")), Status::Unauthorized_401);
  EXPECT_EQ(status(cli.Get("/api/accounts/1")), Status::Unauthorized_401);
  EXPECT_EQ(status(cli.Post("/api/accounts/1/handover", "{}", "application/json")), Status::Unauthorized_401);
  EXPECT_EQ(status(cli.Get("/api/regions")), Status::Unauthorized_401);
  EXPECT_EQ(status(cli.Get("/api/units")), Status::Unauthorized_401);
  EXPECT_EQ(status(cli.Post("/api/units", "{}", "application/json")), Status::Unauthorized_401);
  EXPECT_EQ(status(cli.Put("/api/units/1", "{}", "application/json")), Status::Unauthorized_401);
  EXPECT_EQ(status(cli.Get("/api/industry-groups")), Status::Unauthorized_401);  // report readers' filter: see assessment_api_test
  EXPECT_EQ(status(cli.Post("/api/cadres", "{}", "application/json")), Status::Unauthorized_401);
  EXPECT_EQ(status(cli.Put("/api/cadres/1", "{}", "application/json")), Status::Unauthorized_401);
}
