// 忘记密码 by SMS code and a cadre's change of 工作单位 confirmed by the new unit (issue 17), through
// the real server.
#include <gtest/gtest.h>

#include "demo_accounts.hpp"
#include "sms_log.hpp"
#include "test_server.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;
using Status = httplib::StatusCode;

namespace {

constexpr const char* kRecoveryNewPassword = "Zhangming#2027";

httplib::Result postRecovery(const TestServer& server, const std::string& path, const nlohmann::json& body,
                     const std::string& token = "") {
  if (token.empty()) return server.client().Post(path, body.dump(), "application/json");
  return server.client().Post(path, bearer(token), body.dump(), "application/json");
}

nlohmann::json cadreForm(const TestServer& server) {
  return {{"role", "cadre"}, {"login_name", "张明"}, {"unit_id", server.unitId("十堰市经信局")}};
}

std::string mobileRecoveryOf(const TestServer& server, const std::string& role, const std::string& loginName) {
  auto db = openServerDatabase(server.dataDir());
  SQLite::Statement stmt(db, "SELECT mobile FROM accounts WHERE role = ? AND login_name = ?");
  stmt.bind(1, role);
  stmt.bind(2, loginName);
  return stmt.executeStep() ? stmt.getColumn(0).getString() : std::string();
}

}  // namespace

TEST(PasswordResetApi, ACadreSetsANewPasswordWithAnSmsCode) {
  TestServer server;
  const std::string before = server.login(Role::Cadre, "张明", server.unitId("十堰市经信局"));
  ASSERT_FALSE(before.empty());
  ASSERT_EQ(postRecovery(server, "/api/password-reset/code", cadreForm(server))->status, Status::OK_200);
  auto sms = waitForSms(server.dataDir(), 1);
  ASSERT_EQ(sms.size(), 1u);
  EXPECT_EQ(sms[0].mobile, mobileRecoveryOf(server, "cadre", "张明"));
  const std::string code = codeIn(sms[0].text);
  ASSERT_EQ(code.size(), 6u);

  auto form = cadreForm(server);
  form["code"] = code == "000000" ? "111111" : "000000";
  form["new_password"] = kRecoveryNewPassword;
  auto wrong = postRecovery(server, "/api/password-reset", form);
  EXPECT_EQ(wrong->status, Status::BadRequest_400);
  EXPECT_EQ(bodyJson(wrong)["error"]["fields"][0]["field"], "code");
  form["code"] = code;
  form["new_password"] = kDemoPassword;  // the current one is one of the last five
  auto reused = postRecovery(server, "/api/password-reset", form);
  EXPECT_EQ(reused->status, Status::BadRequest_400);
  EXPECT_EQ(bodyJson(reused)["error"]["fields"][0]["field"], "new_password");
  form["new_password"] = "short";
  EXPECT_EQ(postRecovery(server, "/api/password-reset", form)->status, Status::BadRequest_400);

  form["new_password"] = kRecoveryNewPassword;
  auto done = postRecovery(server, "/api/password-reset", form);
  ASSERT_EQ(done->status, Status::OK_200) << done->body;
  EXPECT_EQ(server.client().Get("/api/me", bearer(before))->status, Status::Unauthorized_401);
  EXPECT_TRUE(server.login(Role::Cadre, "张明", server.unitId("十堰市经信局")).empty());
  const std::string after = server.login(Role::Cadre, "张明", server.unitId("十堰市经信局"), kRecoveryNewPassword);
  ASSERT_FALSE(after.empty());
  EXPECT_FALSE(bodyJson(server.client().Get("/api/me", bearer(after)))["must_change_password"].get<bool>());
  // The code was used up.
  EXPECT_EQ(postRecovery(server, "/api/password-reset", form)->status, Status::BadRequest_400);
}

TEST(PasswordResetApi, AnswersAlikeForAccountsItCannotReach) {
  TestServer server;
  // Unknown, without a bound mobile (巡查员03 binds one at its first login), disabled: ok, no SMS.
  ASSERT_EQ(postRecovery(server, "/api/password-reset/code", {{"role", "inspector"}, {"login_name", "巡查员99"}})->status,
            Status::OK_200);
  ASSERT_EQ(postRecovery(server, "/api/password-reset/code", {{"role", "inspector"}, {"login_name", "巡查员03"}})->status,
            Status::OK_200);
  {
    auto db = openServerDatabase(server.dataDir());
    db.exec("UPDATE accounts SET disabled_at = 1 WHERE login_name = '巡查员02'");
  }
  ASSERT_EQ(postRecovery(server, "/api/password-reset/code", {{"role", "inspector"}, {"login_name", "巡查员02"}})->status,
            Status::OK_200);
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  EXPECT_TRUE(readSmsLog(server.dataDir()).empty());
  auto blank = postRecovery(server, "/api/password-reset/code", {{"role", "inspector"}, {"login_name", ""}});
  EXPECT_EQ(blank->status, Status::BadRequest_400);
  // A second code within the minute is not sent.
  ASSERT_EQ(postRecovery(server, "/api/password-reset/code", cadreForm(server))->status, Status::OK_200);
  ASSERT_EQ(postRecovery(server, "/api/password-reset/code", cadreForm(server))->status, Status::OK_200);
  std::this_thread::sleep_for(std::chrono::milliseconds(1500));
  EXPECT_EQ(readSmsLog(server.dataDir()).size(), 1u);
}

TEST(CadreTransferApi, TheNewUnitConfirmsAndTheScopeMoves) {
  TestServer server;
  const long long from = server.unitId("十堰市经信局");
  const long long to = server.unitId("十堰市商务局");
  const std::string cadre = server.login(Role::Cadre, "张明", from);
  const auto enterprisesBefore = bodyJson(server.client().Get("/api/enterprises", bearer(cadre)))["total"];
  ASSERT_GT(enterprisesBefore.get<int>(), 0);

  auto asked = server.client().Put("/api/me", bearer(cadre),
                                   nlohmann::json{{"title", "副局长"}, {"email", ""}, {"unit_id", to}}.dump(),
                                   "application/json");
  ASSERT_EQ(asked->status, Status::OK_200) << asked->body;
  EXPECT_EQ(bodyJson(asked)["pending_unit"]["name"], "十堰市商务局");
  EXPECT_EQ(bodyJson(asked)["unit"]["name"], "十堰市经信局");  // not yet moved

  // The old unit's administrator does not decide; the new one's does.
  const std::string oldAdmin = server.login(Role::UnitAdmin, "十堰市经信局管理员");
  EXPECT_EQ(bodyJson(server.client().Get("/api/cadre-transfers?status=pending", bearer(oldAdmin)))["total"], 0);
  const std::string newAdmin = server.login(Role::UnitAdmin, "十堰市商务局管理员");
  auto pending = bodyJson(server.client().Get("/api/cadre-transfers?status=pending", bearer(newAdmin)));
  ASSERT_EQ(pending["total"], 1);
  const long long id = pending["items"][0]["id"];
  EXPECT_EQ(pending["items"][0]["enterprise_count"], enterprisesBefore);
  const std::string path = "/api/cadre-transfers/" + std::to_string(id) + "/decision";
  EXPECT_EQ(postRecovery(server, path, {{"approve", true}}, oldAdmin)->status, Status::NotFound_404);
  EXPECT_EQ(postRecovery(server, path, {{"approve", false}, {"note", ""}}, newAdmin)->status, Status::BadRequest_400);
  EXPECT_EQ(postRecovery(server, path, {{"approve", true}}, cadre)->status, Status::Forbidden_403);
  auto sms = waitForSms(server.dataDir(), 1);
  ASSERT_FALSE(sms.empty());
  EXPECT_NE(sms.back().text.find("张明"), std::string::npos);

  auto decided = postRecovery(server, path, {{"approve", true}, {"note", "同意调入"}}, newAdmin);
  ASSERT_EQ(decided->status, Status::OK_200) << decided->body;
  EXPECT_EQ(bodyJson(decided)["status"], "approved");
  EXPECT_EQ(postRecovery(server, path, {{"approve", true}}, newAdmin)->status, Status::Conflict_409);

  auto me = bodyJson(server.client().Get("/api/me", bearer(cadre)));
  EXPECT_EQ(me["unit"]["name"], "十堰市商务局");
  EXPECT_TRUE(me["pending_unit"].is_null());
  EXPECT_EQ(bodyJson(server.client().Get("/api/enterprises", bearer(cadre)))["total"], enterprisesBefore);
  // The cadre now logs in with the new unit; the new unit's administrator sees the cadre.
  EXPECT_TRUE(server.login(Role::Cadre, "张明", from).empty());
  EXPECT_FALSE(server.login(Role::Cadre, "张明", to).empty());
  auto roster = bodyJson(server.client().Get("/api/cadres?q=%E5%BC%A0%E6%98%8E", bearer(newAdmin)));
  EXPECT_EQ(roster["total"], 1);
  EXPECT_EQ(bodyJson(server.client().Get("/api/cadres?q=%E5%BC%A0%E6%98%8E", bearer(oldAdmin)))["total"], 0);
}

TEST(CadreTransferApi, ACadreWithdrawsOrReplacesItsRequest) {
  TestServer server;
  const std::string cadre = server.login(Role::Cadre, "张明", server.unitId("十堰市经信局"));
  auto ask = [&](long long unit) {
    return server.client().Put("/api/me", bearer(cadre), nlohmann::json{{"title", "副局长"}, {"unit_id", unit}}.dump(),
                               "application/json");
  };
  ASSERT_EQ(ask(server.unitId("十堰市商务局"))->status, Status::OK_200);
  auto replaced = ask(server.unitId("十堰市住建局"));
  ASSERT_EQ(replaced->status, Status::OK_200);
  EXPECT_EQ(bodyJson(replaced)["pending_unit"]["name"], "十堰市住建局");
  const std::string commerce = server.login(Role::UnitAdmin, "十堰市商务局管理员");
  EXPECT_EQ(bodyJson(server.client().Get("/api/cadre-transfers?status=pending", bearer(commerce)))["total"], 0);
  auto withdrawn = server.client().Delete("/api/me/unit-transfer", bearer(cadre));
  ASSERT_EQ(withdrawn->status, Status::OK_200) << withdrawn->body;
  EXPECT_TRUE(bodyJson(withdrawn)["pending_unit"].is_null());
  EXPECT_EQ(server.client().Delete("/api/me/unit-transfer", bearer(cadre))->status, Status::NotFound_404);
  auto bogus = ask(999999);
  EXPECT_EQ(bogus->status, Status::BadRequest_400);
  // Other roles cannot ask for a move.
  const std::string unitAdmin = server.login(Role::UnitAdmin, "十堰市经信局管理员");
  auto refused = server.client().Put("/api/me", bearer(unitAdmin),
                                     nlohmann::json{{"title", ""}, {"unit_id", server.unitId("十堰市商务局")}}.dump(),
                                     "application/json");
  EXPECT_EQ(refused->status, Status::BadRequest_400);
}
