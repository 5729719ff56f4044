// 安全管理员 (issue 4): online sessions and ending them, locked accounts and lifting locks; every
// other role is refused and the refusal audited.
#include <gtest/gtest.h>

#include <chrono>

#include "demo_accounts.hpp"
#include "sms_log.hpp"
#include "test_server.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;
using Status = httplib::StatusCode;
using namespace std::chrono_literals;

namespace {


struct Call {
  const char* method;
  const char* path;
};

httplib::Result sendSecurityAdmin(const TestServer& server, const Call& call, const httplib::Headers& headers) {
  auto cli = server.client();
  const std::string method = call.method;
  if (method == "GET") return cli.Get(call.path, headers);
  if (method == "POST") return cli.Post(call.path, headers, "", "application/json");
  return cli.Delete(call.path, headers);
}

nlohmann::json sessionsOf(const TestServer& server, const std::string& token, const std::string& query = "") {
  return bodyJson(server.client().Get("/api/security/sessions" + query, bearer(token)));
}

}  // namespace

TEST(SecurityAdminApi, ListsOnlineSessionsMostRecentActivityFirstWithOpaqueIds) {
  FakeClock clock;
  TestServer server({.clock = clock});
  auto cadre = loginAs(server, Role::Cadre);
  clock.advance(2min);
  auto enterprise = loginAs(server, Role::Enterprise);
  clock.advance(2min);
  auto admin = loginAs(server, Role::SecurityAdmin);

  auto page = sessionsOf(server, admin);
  ASSERT_EQ(page["total"], 3) << page.dump();
  ASSERT_EQ(page["sessions"].size(), 3u);
  EXPECT_EQ(page["sessions"][0]["login_name"], "secadmin");
  EXPECT_EQ(page["sessions"][1]["login_name"], kXinyuan);
  EXPECT_EQ(page["sessions"][1]["role"], "enterprise");
  EXPECT_EQ(page["sessions"][1]["role_name"], "企业");
  EXPECT_EQ(page["sessions"][2]["login_name"], "张明");
  EXPECT_EQ(page["sessions"][2]["created_at"], "2026-03-02T09:00:00+08:00");
  EXPECT_EQ(page["sessions"][2]["address"], "127.0.0.1");
  for (const auto& s : page["sessions"]) {
    const std::string id = s["id"];
    EXPECT_EQ(id.size(), 16u);
    for (const auto& token : {cadre, enterprise, admin}) EXPECT_EQ(token.find(id), std::string::npos);
  }
  // The cadre's activity moves it above the enterprise (last_seen_at is written once a minute at
  // most; the administrator's own request just now keeps it first).
  clock.advance(1min);
  server.client().Get("/api/me", bearer(cadre));
  EXPECT_EQ(sessionsOf(server, admin)["sessions"][1]["login_name"], "张明");

  auto second = sessionsOf(server, admin, "?page=2&page_size=2");
  EXPECT_EQ(second["total"], 3);
  EXPECT_EQ(second["page"], 2);
  EXPECT_EQ(second["sessions"].size(), 1u);
  EXPECT_EQ(server.client().Get("/api/security/sessions?page_size=0", bearer(admin))->status, Status::BadRequest_400);

  // Idle sessions are not online.
  clock.advance(30min);
  admin = loginAs(server, Role::SecurityAdmin);
  EXPECT_EQ(sessionsOf(server, admin)["total"], 1);
}

TEST(SecurityAdminApi, EndingASessionSignsItsHolderOut) {
  TestServer server;
  auto cadre = loginAs(server, Role::Cadre);
  auto admin = loginAs(server, Role::SecurityAdmin);
  std::string id;
  const auto online = sessionsOf(server, admin);
  for (const auto& s : online["sessions"]) {
    if (s["login_name"] == "张明") id = s["id"];
  }
  ASSERT_FALSE(id.empty());
  auto ended = server.client().Delete("/api/security/sessions/" + id, bearer(admin));
  ASSERT_EQ(ended->status, Status::NoContent_204) << ended->body;
  EXPECT_EQ(server.client().Get("/api/me", bearer(cadre))->status, Status::Unauthorized_401);
  EXPECT_EQ(server.client().Delete("/api/security/sessions/" + id, bearer(admin))->status, Status::NotFound_404);
  EXPECT_EQ(server.client().Delete("/api/security/sessions/not-an-id", bearer(admin))->status, Status::NotFound_404);
  EXPECT_EQ(sessionsOf(server, admin)["total"], 1);

  auto audit = loginAs(server, Role::AuditAdmin);
  auto log = bodyJson(server.client().Get("/api/audit?action=session.ended", bearer(audit)));
  ASSERT_EQ(log["total"], 1);
  EXPECT_EQ(log["entries"][0]["account_label"], "secadmin");
  EXPECT_EQ(log["entries"][0]["after"]["session"], id);
  EXPECT_EQ(log["entries"][0]["after"]["login_name"], "张明");
}

TEST(SecurityAdminApi, ListsLockedAccountsAndLiftsLocks) {
  TestServer server;
  for (int i = 0; i < 5; ++i) server.postLogin(Role::Enterprise, kXinyuan, std::nullopt, "Wrong#2026");
  server.postLogin(Role::Enterprise, kXinyuan, std::nullopt, kDemoPassword);  // refused while locked
  auto admin = loginAs(server, Role::SecurityAdmin);

  auto locked = bodyJson(server.client().Get("/api/security/locked", bearer(admin)));
  ASSERT_EQ(locked["accounts"].size(), 1u) << locked.dump();
  const auto& a = locked["accounts"][0];
  EXPECT_EQ(a["login_name"], kXinyuan);
  EXPECT_EQ(a["role"], "enterprise");
  EXPECT_EQ(a["failed_count"], 6);
  EXPECT_EQ(std::string(a["locked_until"]).substr(19), "+08:00");
  const long long id = a["account_id"];

  auto res = server.client().Post("/api/security/accounts/" + std::to_string(id) + "/unlock", bearer(admin), "",
                                  "application/json");
  ASSERT_EQ(res->status, Status::OK_200) << res->body;
  EXPECT_EQ(bodyJson(res), (nlohmann::json{{"ok", true}, {"was_locked", true}}));
  EXPECT_TRUE(bodyJson(server.client().Get("/api/security/locked", bearer(admin)))["accounts"].empty());
  EXPECT_EQ(server.postLogin(Role::Enterprise, kXinyuan, std::nullopt, kDemoPassword)->status, Status::OK_200);

  auto again = server.client().Post("/api/security/accounts/" + std::to_string(id) + "/unlock", bearer(admin), "",
                                    "application/json");
  EXPECT_EQ(bodyJson(again)["was_locked"], false);
  EXPECT_EQ(server.client().Post("/api/security/accounts/999999/unlock", bearer(admin), "", "application/json")->status,
            Status::NotFound_404);
  EXPECT_EQ(server.client().Post("/api/security/accounts/x/unlock", bearer(admin), "", "application/json")->status,
            Status::NotFound_404);

  auto audit = loginAs(server, Role::AuditAdmin);
  auto log = bodyJson(server.client().Get("/api/audit?action=account.unlocked", bearer(audit)));
  ASSERT_EQ(log["total"], 2);
  EXPECT_EQ(log["entries"][1]["after"]["by"], "security_admin");
  EXPECT_EQ(log["entries"][1]["after"]["was_locked"], true);
  EXPECT_EQ(log["entries"][1]["object_id"], std::to_string(id));
}

TEST(SecurityAdminApi, EveryOtherRoleIsRefusedAndAudited) {
  TestServer server;
  const Call calls[] = {{"GET", "/api/security/sessions"},
                        {"DELETE", "/api/security/sessions/0123456789abcdef"},
                        {"GET", "/api/security/locked"},
                        {"POST", "/api/security/accounts/1/unlock"}};
  int refusals = 0;
  for (const auto& account : kDemoAccounts) {
    if (account.role == Role::SecurityAdmin) continue;
    auto token = loginAs(server, account);
    ASSERT_FALSE(token.empty()) << account.loginName;
    for (const auto& call : calls) {
      auto res = sendSecurityAdmin(server, call, bearer(token));
      ASSERT_TRUE(res);
      EXPECT_EQ(res->status, Status::Forbidden_403) << account.loginName << " " << call.path;
      EXPECT_EQ(bodyJson(res)["error"]["code"], "forbidden");
      ++refusals;
    }
  }
  for (const auto& call : calls) {
    auto res = sendSecurityAdmin(server, call, {});
    EXPECT_EQ(res->status, Status::Unauthorized_401) << call.path;
  }
  auto audit = loginAs(server, Role::AuditAdmin);
  auto log = bodyJson(server.client().Get("/api/audit?action=access.refused&page_size=200", bearer(audit)));
  EXPECT_EQ(log["total"], refusals);
}
