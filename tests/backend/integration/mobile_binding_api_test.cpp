// First-login mobile binding (notice §1, §7): POST /api/me/mobile/code sends a 6-digit SMS code,
// POST /api/me/mobile binds the number with it; and 个人信息 (PUT /api/me) for staff.
#include <gtest/gtest.h>

#include <chrono>

#include "demo_accounts.hpp"
#include "qinqing/identity/account_security.hpp"
#include "sms_log.hpp"
#include "test_server.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;
using Status = httplib::StatusCode;
using namespace std::chrono_literals;

namespace {

constexpr const char* kNewMobile = "13812345678";

// Logs 张明 in after removing the mobile the demo data bound, as on a real first login.
std::string unboundCadre(const TestServer& server) {
  {
    auto db = openServerDatabase(server.dataDir());
    db.exec("UPDATE accounts SET mobile = '' WHERE role = 'cadre' AND login_name = '张明'");
  }
  return server.login(Role::Cadre, "张明", server.unitId("十堰市经信局"));
}

httplib::Result requestCode(const TestServer& server, const std::string& token, const std::string& mobile) {
  return server.client().Post("/api/me/mobile/code", bearer(token), nlohmann::json{{"mobile", mobile}}.dump(),
                              "application/json");
}

httplib::Result bindMobile(const TestServer& server, const std::string& token, const std::string& mobile,
                     const std::string& code) {
  return server.client().Post("/api/me/mobile", bearer(token),
                              nlohmann::json{{"mobile", mobile}, {"code", code}}.dump(), "application/json");
}

// The code of the index-th SMS in the log (waiting for it).
std::string smsCode(const TestServer& server, std::size_t index) {
  auto lines = waitForSms(server.dataDir(), index + 1);
  return lines.size() > index ? codeIn(lines[index].text) : std::string();
}

void expectMobileBindingWrongCode(const httplib::Result& res) {
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, Status::BadRequest_400) << res->body;
  auto e = bodyJson(res)["error"];
  EXPECT_EQ(e["code"], "invalid_input");
  ASSERT_EQ(e["fields"].size(), 1u);
  EXPECT_EQ(e["fields"][0]["field"], "code");
  EXPECT_EQ(e["fields"][0]["message"], "验证码不正确或已过期");
}

std::string otherMobileBindingCode(const std::string& code) { return code == "000000" ? "000001" : "000000"; }

}  // namespace

TEST(MobileBindingApi, TheFirstLoginBindsAMobileWithAnSmsCode) {
  TestServer server;
  auto token = unboundCadre(server);
  auto before = bodyJson(server.client().Get("/api/me", bearer(token)));
  EXPECT_EQ(before["mobile_bound"], false);

  auto sent = requestCode(server, token, kNewMobile);
  ASSERT_EQ(sent->status, Status::OK_200) << sent->body;
  EXPECT_EQ(bodyJson(sent), (nlohmann::json{{"ok", true}, {"expires_in", 600}}));

  auto lines = waitForSms(server.dataDir(), 1);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].mobile, kNewMobile);
  const std::string code = codeIn(lines[0].text);
  ASSERT_EQ(code.size(), 6u);
  EXPECT_EQ(lines[0].text, qinqing::domain::verificationCodeSms(code));
  EXPECT_EQ(lines[0].at.size(), 25u);  // 2026-03-02T09:00:00+08:00
  EXPECT_EQ(lines[0].at.substr(19), "+08:00");

  auto bound = bindMobile(server, token, kNewMobile, code);
  ASSERT_EQ(bound->status, Status::OK_200) << bound->body;
  EXPECT_EQ(bodyJson(bound)["mobile_bound"], true);
  EXPECT_EQ(bodyJson(bound)["mobile_masked"], "138****5678");
  EXPECT_EQ(bodyJson(server.client().Get("/api/me", bearer(token)))["mobile_bound"], true);
  expectMobileBindingWrongCode(bindMobile(server, token, kNewMobile, code));  // single use

  // Stored: the number bound, the code only hashed, the delivered SMS without its digits.
  auto db = openServerDatabase(server.dataDir());
  EXPECT_EQ(db.execAndGet("SELECT mobile FROM accounts WHERE role = 'cadre' AND login_name = '张明'").getString(),
            kNewMobile);
  EXPECT_EQ(db.execAndGet("SELECT count(*) FROM verification_codes WHERE code_hash LIKE '%" + code + "%'").getInt(), 0);
  EXPECT_EQ(db.execAndGet("SELECT status FROM sms_outbox").getString(), "sent");
  EXPECT_EQ(db.execAndGet("SELECT instr(text, '" + code + "') FROM sms_outbox").getInt(), 0);

  // Audited, with masked numbers and never the code.
  auto audit = loginAs(server, Role::AuditAdmin);
  auto sentLog = bodyJson(server.client().Get("/api/audit?action=account.code_sent", bearer(audit)));
  ASSERT_EQ(sentLog["total"], 1);
  EXPECT_EQ(sentLog["entries"][0]["after"], (nlohmann::json{{"purpose", "bind_mobile"}, {"mobile", "138****5678"}}));
  auto boundLog = bodyJson(server.client().Get("/api/audit?action=account.mobile_bound", bearer(audit)));
  ASSERT_EQ(boundLog["total"], 2);  // the success, then the reused code
  EXPECT_EQ(boundLog["entries"][1]["result"], "ok");
  EXPECT_EQ(boundLog["entries"][1]["after"]["mobile"], "138****5678");
  EXPECT_EQ(boundLog["entries"][0]["result"], "failed");
  EXPECT_EQ(boundLog.dump().find(code), std::string::npos);
}

TEST(MobileBindingApi, OneCodeAMinuteAndOnlyTheNewestCounts) {
  FakeClock clock;
  TestServer server({.clock = clock});
  auto token = unboundCadre(server);
  ASSERT_EQ(requestCode(server, token, kNewMobile)->status, Status::OK_200);
  const std::string first = smsCode(server, 0);

  clock.advance(59s);
  auto again = requestCode(server, token, kNewMobile);
  ASSERT_EQ(again->status, Status::TooManyRequests_429);
  EXPECT_EQ(bodyJson(again)["error"]["code"], "too_many_requests");
  EXPECT_EQ(bodyJson(again)["error"]["message"], "请 60 秒后再获取验证码");

  clock.advance(1s);
  ASSERT_EQ(requestCode(server, token, kNewMobile)->status, Status::OK_200);
  const std::string second = smsCode(server, 1);
  ASSERT_EQ(second.size(), 6u);
  if (first != second) expectMobileBindingWrongCode(bindMobile(server, token, kNewMobile, first));  // replaced
  EXPECT_EQ(bindMobile(server, token, kNewMobile, second)->status, Status::OK_200);
}

TEST(MobileBindingApi, CodesExpireAfterTenMinutes) {
  FakeClock clock;
  TestServer server({.clock = clock});
  auto token = unboundCadre(server);
  ASSERT_EQ(requestCode(server, token, kNewMobile)->status, Status::OK_200);
  const std::string code = smsCode(server, 0);
  clock.advance(9min);
  server.client().Get("/api/me", bearer(token));  // keep the session alive (30 minutes idle)
  clock.advance(1min);
  expectMobileBindingWrongCode(bindMobile(server, token, kNewMobile, code));
}

TEST(MobileBindingApi, FiveWrongTriesBurnTheCode) {
  TestServer server;
  auto token = unboundCadre(server);
  ASSERT_EQ(requestCode(server, token, kNewMobile)->status, Status::OK_200);
  const std::string code = smsCode(server, 0);
  for (int i = 0; i < 5; ++i) expectMobileBindingWrongCode(bindMobile(server, token, kNewMobile, otherMobileBindingCode(code)));
  expectMobileBindingWrongCode(bindMobile(server, token, kNewMobile, code));
  EXPECT_EQ(bodyJson(server.client().Get("/api/me", bearer(token)))["mobile_bound"], false);
}

TEST(MobileBindingApi, ACodeBindsOnlyTheNumberItWasSentTo) {
  TestServer server;
  auto token = unboundCadre(server);
  ASSERT_EQ(requestCode(server, token, kNewMobile)->status, Status::OK_200);
  const std::string code = smsCode(server, 0);
  expectMobileBindingWrongCode(bindMobile(server, token, "13987654321", code));
  EXPECT_EQ(bindMobile(server, token, kNewMobile, code)->status, Status::OK_200);
}

TEST(MobileBindingApi, ABadNumberIsRefusedAndNothingIsSent) {
  TestServer server;
  auto token = unboundCadre(server);
  auto res = requestCode(server, token, "1381234567");
  ASSERT_EQ(res->status, Status::BadRequest_400);
  EXPECT_EQ(bodyJson(res)["error"]["fields"][0]["field"], "mobile");
  EXPECT_EQ(bodyJson(res)["error"]["fields"][0]["message"], "手机号应为11位手机号码");
  auto noCode = bindMobile(server, token, kNewMobile, "12ab");
  EXPECT_EQ(bodyJson(noCode)["error"]["fields"][0]["message"], "验证码应为6位数字");
  EXPECT_EQ(requestCode(server, "", kNewMobile)->status, Status::Unauthorized_401);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));
  EXPECT_TRUE(readSmsLog(server.dataDir()).empty());
}

TEST(MobileBindingApi, CodesGoOutAtNight) {
  FakeClock clock;
  TestServer server({.clock = clock});
  clock.advance(14h);  // 23:00 CST: notices would wait for 07:00, codes do not
  auto token = unboundCadre(server);
  ASSERT_EQ(requestCode(server, token, kNewMobile)->status, Status::OK_200);
  auto lines = waitForSms(server.dataDir(), 1);
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_EQ(lines[0].at, "2026-03-02T23:00:00+08:00");
}

TEST(ProfileApi, StaffEditTheirTitleAndEmail) {
  TestServer server;
  auto admin = loginAs(server, Role::UnitAdmin);
  auto put = [&](const std::string& token, const nlohmann::json& body) {
    return server.client().Put("/api/me", bearer(token), body.dump(), "application/json");
  };
  auto res = put(admin, {{"title", "科长"}, {"email", "kz@shiyan.gov.cn"}});
  ASSERT_EQ(res->status, Status::OK_200) << res->body;
  EXPECT_EQ(bodyJson(res)["title"], "科长");
  EXPECT_EQ(bodyJson(res)["email"], "kz@shiyan.gov.cn");

  auto bad = put(admin, {{"title", std::string(60, 'x')}, {"email", "kz@"}});
  ASSERT_EQ(bad->status, Status::BadRequest_400);
  auto fields = bodyJson(bad)["error"]["fields"];
  ASSERT_EQ(fields.size(), 2u);
  EXPECT_EQ(fields[0]["field"], "title");
  EXPECT_EQ(fields[1]["field"], "email");
  EXPECT_EQ(fields[1]["message"], "邮箱格式不正确");

  // A cadre's 职务 is on the cadre roster, which the base data shows too.
  auto cadre = loginAs(server, Role::Cadre);
  ASSERT_EQ(put(cadre, {{"title", "局长"}, {"email", ""}})->status, Status::OK_200);
  auto db = openServerDatabase(server.dataDir());
  EXPECT_EQ(db.execAndGet("SELECT c.title FROM cadres c JOIN accounts a ON a.cadre_id = c.id "
                          "WHERE a.login_name = '张明' AND a.role = 'cadre'")
                .getString(),
            "局长");

  // An enterprise's details are its enterprise record (企业信息), not this.
  auto enterprise = loginAs(server, Role::Enterprise);
  EXPECT_EQ(put(enterprise, {{"title", "x"}, {"email", ""}})->status, Status::Forbidden_403);

  auto audit = loginAs(server, Role::AuditAdmin);
  auto log = bodyJson(server.client().Get("/api/audit?action=account.profile_updated", bearer(audit)));
  ASSERT_EQ(log["total"], 2);
  EXPECT_EQ(log["entries"][1]["before"]["title"], "办公室主任");
  EXPECT_EQ(log["entries"][1]["after"]["title"], "科长");
}
