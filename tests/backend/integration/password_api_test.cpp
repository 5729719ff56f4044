// POST /api/me/password (我的资料 — 重置密码, notice §2, §8, §15) and the password-age rule of issue 4
// (staff every 90 days, enterprises every 180) as the profile reports it.
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


httplib::Result changePassword(const TestServer& server, const std::string& token, const std::string& current,
                               const std::string& next) {
  nlohmann::json body = {{"current_password", current}, {"new_password", next}};
  return server.client().Post("/api/me/password", bearer(token), body.dump(), "application/json");
}

std::string loginCadre(const TestServer& server, const std::string& password = kDemoPassword) {
  return server.login(Role::Cadre, "张明", server.unitId("十堰市经信局"), password);
}

}  // namespace

TEST(PasswordApi, AWrongCurrentPasswordIsReportedOnItsField) {
  TestServer server;
  auto token = loginCadre(server);
  auto res = changePassword(server, token, "Qinqing@2025", "Shiyan#2026");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, Status::BadRequest_400);
  auto e = bodyJson(res)["error"];
  EXPECT_EQ(e["code"], "invalid_input");
  ASSERT_EQ(e["fields"].size(), 1u);
  EXPECT_EQ(e["fields"][0]["field"], "current_password");
  EXPECT_EQ(e["fields"][0]["message"], "当前密码不正确");
  EXPECT_FALSE(loginCadre(server).empty()) << "the password did not change";
}

TEST(PasswordApi, TheNewPasswordFollowsThePolicy) {
  TestServer server;
  auto token = loginAs(server, Role::SecurityAdmin);
  for (const char* weak : {"abc", "shiyanabc", "Secadmin"}) {
    auto res = changePassword(server, token, kDemoPassword, weak);
    ASSERT_EQ(res->status, Status::BadRequest_400) << weak;
    auto fields = bodyJson(res)["error"]["fields"];
    ASSERT_FALSE(fields.empty()) << weak;
    for (const auto& f : fields) EXPECT_EQ(f["field"], "new_password") << weak;
  }
  const auto named = bodyJson(changePassword(server, token, kDemoPassword, "SECADMIN"));
  bool mentionsName = false;
  for (const auto& f : named["error"]["fields"]) mentionsName |= f["message"] == "密码不能与登录名相同";
  EXPECT_TRUE(mentionsName);
  auto empty = server.client().Post("/api/me/password", bearer(token), "{}", "application/json");
  EXPECT_EQ(empty->status, Status::BadRequest_400);
  EXPECT_EQ(bodyJson(empty)["error"]["fields"].size(), 2u);
  EXPECT_EQ(server.client().Post("/api/me/password", "{}", "application/json")->status, Status::Unauthorized_401);
}

TEST(PasswordApi, TheLastFivePasswordsCannotComeBack) {
  TestServer server;
  auto token = loginCadre(server);
  auto same = changePassword(server, token, kDemoPassword, kDemoPassword);
  ASSERT_EQ(same->status, Status::BadRequest_400);
  EXPECT_EQ(bodyJson(same)["error"]["fields"][0]["field"], "new_password");
  EXPECT_EQ(bodyJson(same)["error"]["fields"][0]["message"], "不能与最近5次使用的密码相同");

  ASSERT_EQ(changePassword(server, token, kDemoPassword, "Shiyan#0001")->status, Status::OK_200);
  ASSERT_EQ(changePassword(server, token, "Shiyan#0001", "Shiyan#0002")->status, Status::OK_200);
  auto back = changePassword(server, token, "Shiyan#0002", kDemoPassword);
  ASSERT_EQ(back->status, Status::BadRequest_400);
  EXPECT_EQ(bodyJson(back)["error"]["fields"][0]["message"], "不能与最近5次使用的密码相同");
  // Only hashes are kept, and only argon2id ones.
  auto db = openServerDatabase(server.dataDir());
  SQLite::Statement history(db, "SELECT password_hash FROM password_history");
  int rows = 0;
  while (history.executeStep()) {
    EXPECT_EQ(history.getColumn(0).getString().rfind("$argon2id$", 0), 0u);
    ++rows;
  }
  EXPECT_EQ(rows, 2);
}

TEST(PasswordApi, ChangingEndsTheOtherSessionsClearsTheFlagAndIsAudited) {
  TestServer server;
  {
    auto db = openServerDatabase(server.dataDir());
    db.exec("UPDATE accounts SET must_change_password = 1 WHERE login_name = '张明'");
  }
  auto here = loginCadre(server);
  auto elsewhere = loginCadre(server);
  EXPECT_EQ(bodyJson(server.client().Get("/api/me", bearer(here)))["must_change_password"], true);

  auto res = changePassword(server, here, kDemoPassword, "Shiyan#2026");
  ASSERT_EQ(res->status, Status::OK_200) << res->body;
  auto reply = bodyJson(res);
  EXPECT_EQ(reply["ok"], true);
  EXPECT_EQ(reply["other_sessions_ended"], 1);
  EXPECT_EQ(reply["profile"]["must_change_password"], false);
  EXPECT_EQ(reply["profile"]["login_name"], "张明");

  EXPECT_EQ(server.client().Get("/api/me", bearer(here))->status, Status::OK_200);
  EXPECT_EQ(server.client().Get("/api/me", bearer(elsewhere))->status, Status::Unauthorized_401);
  EXPECT_TRUE(loginCadre(server).empty()) << "the old password no longer works";
  EXPECT_FALSE(loginCadre(server, "Shiyan#2026").empty());

  auto audit = loginAs(server, Role::AuditAdmin);
  auto log = bodyJson(server.client().Get("/api/audit?action=account.password_changed", bearer(audit)));
  ASSERT_EQ(log["total"], 1);
  EXPECT_EQ(log["entries"][0]["account_label"], "张明");
  EXPECT_EQ(log["entries"][0]["result"], "ok");
  EXPECT_EQ(log["entries"][0]["after"]["other_sessions_ended"], 1);
  EXPECT_EQ(log["entries"][0]["after"].dump().find("Shiyan"), std::string::npos);
}

TEST(PasswordApi, FiveWrongCurrentPasswordsLockTheAccount) {
  TestServer server;
  auto token = loginAs(server, Role::Enterprise);
  for (int i = 0; i < 4; ++i) {
    EXPECT_EQ(changePassword(server, token, "Wrong#2026", "Shiyan#2026")->status, Status::BadRequest_400);
  }
  auto fifth = changePassword(server, token, "Wrong#2026", "Shiyan#2026");
  EXPECT_EQ(fifth->status, Status::Locked_423);
  EXPECT_EQ(bodyJson(fifth)["error"]["code"], "account_locked");
  EXPECT_EQ(server.postLogin(Role::Enterprise, kXinyuan, std::nullopt, kDemoPassword)->status, Status::Locked_423);
  // 安全管理员 sees the lock and every attempt behind it: five wrong current passwords, one login.
  auto locked = bodyJson(server.client().Get("/api/security/locked", bearer(loginAs(server, Role::SecurityAdmin))));
  ASSERT_EQ(locked["accounts"].size(), 1u);
  EXPECT_EQ(locked["accounts"][0]["login_name"], kXinyuan);
  EXPECT_EQ(locked["accounts"][0]["failed_count"], 6);
}

TEST(PasswordApi, OldPasswordsAskForAChangeAfterNinetyDaysForStaffAndHundredEightyForEnterprises) {
  FakeClock clock;
  TestServer server({.clock = clock});
  auto mustChange = [&](const std::string& token) {
    return bodyJson(server.client().Get("/api/me", bearer(token)))["must_change_password"];
  };
  EXPECT_EQ(mustChange(loginCadre(server)), false);
  EXPECT_EQ(mustChange(loginAs(server, Role::Enterprise)), false);

  clock.advance(std::chrono::hours(24 * 90));  // exactly 90 days: still fine
  EXPECT_EQ(mustChange(loginCadre(server)), false);
  clock.advance(1s);
  auto cadre = loginCadre(server);
  EXPECT_EQ(mustChange(cadre), true);
  EXPECT_EQ(mustChange(loginAs(server, Role::Enterprise)), false);
  // The login reply says so too, so the client asks at once.
  auto login = server.postLogin(Role::UnitAdmin, "十堰市经信局管理员", std::nullopt, kDemoPassword);
  EXPECT_EQ(bodyJson(login)["profile"]["must_change_password"], true);

  clock.advance(std::chrono::hours(24 * 90));
  EXPECT_EQ(mustChange(loginAs(server, Role::Enterprise)), true);

  // A new password starts the clock again.
  auto changed = changePassword(server, cadre, kDemoPassword, "Shiyan#2026");
  ASSERT_EQ(changed->status, Status::Unauthorized_401) << "that session idled out long ago";
  cadre = loginCadre(server);
  ASSERT_EQ(changePassword(server, cadre, kDemoPassword, "Shiyan#2026")->status, Status::OK_200);
  EXPECT_EQ(mustChange(cadre), false);
}

// Issue 14: the forced change is the server's rule, not only the client's dialog. Until the new
// password is set, the session may read its profile, bind its mobile and change the password;
// every other route answers 403 password_change_required and changes nothing.
TEST(PasswordApi, AFlaggedAccountMayOnlyChangeItsPasswordUntilItDoes) {
  TestServer server;
  {
    auto db = openServerDatabase(server.dataDir());
    db.exec("UPDATE accounts SET must_change_password = 1 WHERE login_name = '张明'");
  }
  auto token = loginCadre(server);
  ASSERT_FALSE(token.empty()) << "the login itself succeeds and says a change is due";
  for (const char* path : {"/api/petitions?box=petitions.review", "/api/petitions/counts", "/api/enterprises",
                           "/api/calendar/changes", "/api/contacts/mine", "/api/announcements"}) {
    auto res = server.client().Get(path, bearer(token));
    ASSERT_TRUE(res) << path;
    EXPECT_EQ(res->status, Status::Forbidden_403) << path;
    EXPECT_EQ(bodyJson(res)["error"]["code"], "password_change_required") << path;
  }
  auto write = server.client().Post("/api/enterprises/1/contacts", bearer(token), "{}", "application/json");
  EXPECT_EQ(bodyJson(write)["error"]["code"], "password_change_required");
  // What the first-login dialog needs still answers.
  EXPECT_EQ(server.client().Get("/api/me", bearer(token))->status, Status::OK_200);
  auto code = server.client().Post("/api/me/mobile/code", bearer(token), R"({"mobile":"1380000"})", "application/json");
  EXPECT_EQ(bodyJson(code)["error"]["code"], "invalid_input") << "reached the handler, which checks the number";

  ASSERT_EQ(changePassword(server, token, kDemoPassword, "Shiyan#2026")->status, Status::OK_200);
  EXPECT_EQ(server.client().Get("/api/petitions?box=petitions.review", bearer(token))->status, Status::OK_200);
}

TEST(PasswordApi, AnExpiredPasswordIsRefusedByTheApiToo) {
  FakeClock clock;
  TestServer server({.clock = clock});
  clock.advance(std::chrono::hours(24 * 91));
  auto cadre = loginCadre(server);
  auto res = server.client().Get("/api/petitions?box=petitions.review", bearer(cadre));
  EXPECT_EQ(res->status, Status::Forbidden_403);
  EXPECT_EQ(bodyJson(res)["error"]["code"], "password_change_required");
  // An enterprise's password lasts 180 days: still in use.
  auto enterprise = loginAs(server, Role::Enterprise);
  EXPECT_EQ(server.client().Get("/api/petitions?box=petition_mine", bearer(enterprise))->status, Status::OK_200);
}
