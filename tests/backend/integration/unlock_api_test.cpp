// Unlocking with an SMS code (issue 4: "the holder can unlock sooner with an SMS code to the bound
// mobile, so nobody can lock a real user out at will"): POST /api/unlock/code, POST /api/unlock.
#include <gtest/gtest.h>

#include <thread>

#include "demo_accounts.hpp"
#include "sms_log.hpp"
#include "test_server.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;
using Status = httplib::StatusCode;

namespace {


void lock(const TestServer& server, Role role, const std::string& name, std::optional<long long> unit = std::nullopt) {
  for (int i = 0; i < 5; ++i) server.postLogin(role, name, unit, "Wrong#2026");
  ASSERT_EQ(server.postLogin(role, name, unit, kDemoPassword)->status, Status::Locked_423) << name;
}

nlohmann::json unlockBody(const std::string& role, const std::string& name, std::optional<long long> unit = {},
                          const std::string& code = "") {
  nlohmann::json j = {{"role", role}, {"login_name", name}};
  if (unit) j["unit_id"] = *unit;
  if (!code.empty()) j["code"] = code;
  return j;
}

httplib::Result postUnlock(const TestServer& server, const std::string& path, const nlohmann::json& body) {
  return server.client().Post(path, body.dump(), "application/json");
}

std::string boundMobileOf(const TestServer& server, const std::string& loginName) {
  auto db = openServerDatabase(server.dataDir());
  SQLite::Statement stmt(db, "SELECT mobile FROM accounts WHERE login_name = ?");
  stmt.bind(1, loginName);
  return stmt.executeStep() ? stmt.getColumn(0).getString() : std::string();
}

void expectUnlockWrongCode(const httplib::Result& res) {
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, Status::BadRequest_400) << res->body;
  EXPECT_EQ(bodyJson(res)["error"]["fields"][0]["field"], "code");
  EXPECT_EQ(bodyJson(res)["error"]["fields"][0]["message"], "验证码不正确或已过期");
}

}  // namespace

TEST(UnlockApi, TheLockedHolderUnlocksWithACodeSentToTheBoundMobile) {
  TestServer server;
  lock(server, Role::Enterprise, kXinyuan);
  auto asked = postUnlock(server, "/api/unlock/code", unlockBody("enterprise", kXinyuan));
  ASSERT_EQ(asked->status, Status::OK_200) << asked->body;
  EXPECT_EQ(bodyJson(asked), (nlohmann::json{{"ok", true}}));

  auto lines = waitForSms(server.dataDir(), 1);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].mobile, boundMobileOf(server, kXinyuan));
  const std::string code = codeIn(lines[0].text);
  ASSERT_EQ(code.size(), 6u);

  expectUnlockWrongCode(postUnlock(server, "/api/unlock", unlockBody("enterprise", kXinyuan, {}, code == "000000" ? "111111" : "000000")));
  auto unlocked = postUnlock(server, "/api/unlock", unlockBody("enterprise", kXinyuan, {}, code));
  ASSERT_EQ(unlocked->status, Status::OK_200) << unlocked->body;
  EXPECT_EQ(bodyJson(unlocked), (nlohmann::json{{"ok", true}}));
  EXPECT_EQ(server.postLogin(Role::Enterprise, kXinyuan, std::nullopt, kDemoPassword)->status, Status::OK_200);
  expectUnlockWrongCode(postUnlock(server, "/api/unlock", unlockBody("enterprise", kXinyuan, {}, code)));  // single use

  auto audit = loginAs(server, Role::AuditAdmin);
  auto log = bodyJson(server.client().Get("/api/audit?action=account.unlocked", bearer(audit)));
  ASSERT_EQ(log["total"], 3);  // the wrong code, the unlock, the reused code
  EXPECT_EQ(log["entries"][1]["result"], "ok");
  EXPECT_EQ(log["entries"][1]["after"]["by"], "sms_code");
  EXPECT_EQ(log["entries"][1]["account_label"], kXinyuan);
  EXPECT_EQ(log["entries"][2]["result"], "failed");
}

TEST(UnlockApi, CadresNameTheirUnit) {
  TestServer server;
  const long long unit = server.unitId("十堰市经信局");
  lock(server, Role::Cadre, "张明", unit);
  ASSERT_EQ(postUnlock(server, "/api/unlock/code", unlockBody("cadre", "张明", unit))->status, Status::OK_200);
  const std::string code = codeIn(waitForSms(server.dataDir(), 1).at(0).text);
  // The same name in another unit is another (unlocked) account: the code is not for it.
  expectUnlockWrongCode(postUnlock(server, "/api/unlock", unlockBody("cadre", "张明", server.unitId("十堰市商务局"), code)));
  EXPECT_EQ(postUnlock(server, "/api/unlock", unlockBody("cadre", "张明", unit, code))->status, Status::OK_200);
  EXPECT_FALSE(server.login(Role::Cadre, "张明", unit).empty());
}

TEST(UnlockApi, AskingForACodeRevealsNothingAboutTheAccount) {
  TestServer server;
  lock(server, Role::Enterprise, kXinyuan);
  auto locked = postUnlock(server, "/api/unlock/code", unlockBody("enterprise", kXinyuan));
  auto unknown = postUnlock(server, "/api/unlock/code", unlockBody("enterprise", "十堰市不存在的有限公司"));
  auto notLocked = postUnlock(server, "/api/unlock/code", unlockBody("unit_admin", "十堰市经信局管理员"));
  auto again = postUnlock(server, "/api/unlock/code", unlockBody("enterprise", kXinyuan));  // within the minute
  for (const auto* res : {&locked, &unknown, &notLocked, &again}) {
    ASSERT_TRUE(*res);
    EXPECT_EQ((*res)->status, Status::OK_200);
    EXPECT_EQ((*res)->body, locked->body);
  }
  // Only the locked account's holder got a code, once.
  waitForSms(server.dataDir(), 1);
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  EXPECT_EQ(readSmsLog(server.dataDir()).size(), 1u);
  // An unknown account's "unlock" fails exactly as a wrong code does.
  expectUnlockWrongCode(postUnlock(server, "/api/unlock", unlockBody("enterprise", "十堰市不存在的有限公司", {}, "123456")));
}

TEST(UnlockApi, AccountsWithoutABoundMobileGetNoCode) {
  TestServer server;
  {
    auto db = openServerDatabase(server.dataDir());
    db.exec("UPDATE accounts SET mobile = '' WHERE login_name = '" + std::string(kXinyuan) + "'");
  }
  lock(server, Role::Enterprise, kXinyuan);
  EXPECT_EQ(postUnlock(server, "/api/unlock/code", unlockBody("enterprise", kXinyuan))->status, Status::OK_200);
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  EXPECT_TRUE(readSmsLog(server.dataDir()).empty());
}

TEST(UnlockApi, MalformedRequestsAreInvalid) {
  TestServer server;
  auto noRole = postUnlock(server, "/api/unlock/code", nlohmann::json{{"login_name", "x"}});
  ASSERT_EQ(noRole->status, Status::BadRequest_400);
  EXPECT_EQ(bodyJson(noRole)["error"]["fields"][0]["field"], "role");
  auto noUnit = postUnlock(server, "/api/unlock/code", unlockBody("cadre", "张明"));
  ASSERT_EQ(noUnit->status, Status::BadRequest_400);
  EXPECT_EQ(bodyJson(noUnit)["error"]["fields"][0]["field"], "unit_id");
  auto noCode = postUnlock(server, "/api/unlock", unlockBody("enterprise", kXinyuan));
  ASSERT_EQ(noCode->status, Status::BadRequest_400);
  EXPECT_EQ(bodyJson(noCode)["error"]["fields"][0]["message"], "请输入验证码");
  EXPECT_EQ(server.client().Post("/api/unlock", "not json", "application/json")->status, Status::BadRequest_400);
}
