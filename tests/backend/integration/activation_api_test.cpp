// 激活账号 (accounts created without a password, team decision in qinqing/identity/activation.hpp):
// the login refusal account_not_activated, POST /api/activation/code and POST /api/activation.
#include <gtest/gtest.h>

#include <thread>

#include "demo_accounts.hpp"
#include "sms_log.hpp"
#include "test_server.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;
using Status = httplib::StatusCode;

namespace {

constexpr const char* kNewPassword = "Xinyuan#2026";

// Turns a demo account into one waiting for activation, as an import or an approval creates it.
void makePending(const TestServer& server, const std::string& loginName, const std::string& role = "enterprise") {
  auto db = openServerDatabase(server.dataDir());
  SQLite::Statement stmt(db, "UPDATE accounts SET password_hash = '' WHERE login_name = ? AND role = ?");
  stmt.bind(1, loginName);
  stmt.bind(2, role);
  ASSERT_GE(stmt.exec(), 1);
}

std::string mobileOf(const TestServer& server, const std::string& loginName) {
  auto db = openServerDatabase(server.dataDir());
  SQLite::Statement stmt(db, "SELECT mobile FROM accounts WHERE login_name = ?");
  stmt.bind(1, loginName);
  return stmt.executeStep() ? stmt.getColumn(0).getString() : std::string();
}

nlohmann::json form(const std::string& role, const std::string& name, std::optional<long long> unit = {},
                    const std::string& code = "", const std::string& password = "") {
  nlohmann::json j = {{"role", role}, {"login_name", name}};
  if (unit) j["unit_id"] = *unit;
  if (!code.empty()) j["code"] = code;
  if (!password.empty()) j["new_password"] = password;
  return j;
}

httplib::Result post(const TestServer& server, const std::string& path, const nlohmann::json& body) {
  return server.client().Post(path, body.dump(), "application/json");
}

std::string askCode(const TestServer& server, const nlohmann::json& body, std::size_t smsBefore = 0) {
  auto res = post(server, "/api/activation/code", body);
  EXPECT_EQ(res->status, Status::OK_200) << res->body;
  auto lines = waitForSms(server.dataDir(), smsBefore + 1);
  return lines.size() > smsBefore ? codeIn(lines[smsBefore].text) : std::string();
}

void expectWrongCode(const httplib::Result& res) {
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, Status::BadRequest_400) << res->body;
  EXPECT_EQ(bodyJson(res)["error"]["fields"][0]["field"], "code");
  EXPECT_EQ(bodyJson(res)["error"]["fields"][0]["message"], "验证码不正确或已过期");
}

std::string otherCode(const std::string& code) { return code == "000000" ? "111111" : "000000"; }

}  // namespace

TEST(ActivationApi, LoginRefusesAnAccountWaitingForActivationWhateverThePassword) {
  TestServer server;
  makePending(server, kXinyuan);
  for (const char* password : {kDemoPassword, "anything"}) {
    auto res = server.postLogin(Role::Enterprise, kXinyuan, std::nullopt, password);
    ASSERT_EQ(res->status, Status::Forbidden_403) << res->body;
    EXPECT_EQ(bodyJson(res)["error"]["code"], "account_not_activated");
    EXPECT_EQ(bodyJson(res)["error"]["message"], "账号尚未激活，请先激活账号");
  }
  // Refusals are not failures: the account does not lock.
  for (int i = 0; i < 6; ++i) server.postLogin(Role::Enterprise, kXinyuan, std::nullopt, "Wrong#2026");
  EXPECT_EQ(server.postLogin(Role::Enterprise, kXinyuan, std::nullopt, "x")->status, Status::Forbidden_403);

  auto audit = loginAs(server, Role::AuditAdmin);
  auto log = bodyJson(server.client().Get("/api/audit?action=session.login_failed", bearer(audit)));
  ASSERT_GE(log["total"], 1);
  EXPECT_EQ(log["entries"][0]["result"], "refused");
  EXPECT_EQ(log["entries"][0]["after"]["reason"], "account_not_activated");
}

TEST(ActivationApi, TheHolderActivatesWithACodeAndIsSignedIn) {
  TestServer server;
  makePending(server, kXinyuan);
  const std::string code = askCode(server, form("enterprise", kXinyuan));
  ASSERT_EQ(code.size(), 6u);
  EXPECT_EQ(readSmsLog(server.dataDir()).at(0).mobile, mobileOf(server, kXinyuan));

  // Policy first: the password is checked before the code is tried (the code stays usable).
  auto weak = post(server, "/api/activation", form("enterprise", kXinyuan, {}, code, "short"));
  ASSERT_EQ(weak->status, Status::BadRequest_400);
  EXPECT_EQ(bodyJson(weak)["error"]["fields"][0]["field"], "new_password");
  expectWrongCode(post(server, "/api/activation", form("enterprise", kXinyuan, {}, otherCode(code), kNewPassword)));

  auto activated = post(server, "/api/activation", form("enterprise", kXinyuan, {}, code, kNewPassword));
  ASSERT_EQ(activated->status, Status::OK_200) << activated->body;
  const auto grant = bodyJson(activated);
  EXPECT_EQ(grant["idle_timeout_seconds"], 1800);
  EXPECT_EQ(grant["profile"]["login_name"], kXinyuan);
  EXPECT_EQ(grant["profile"]["must_change_password"], false);
  EXPECT_EQ(grant["profile"]["mobile_bound"], true);
  auto me = server.client().Get("/api/me", bearer(grant["token"].get<std::string>()));
  EXPECT_EQ(me->status, Status::OK_200);

  EXPECT_FALSE(server.login(Role::Enterprise, kXinyuan, std::nullopt, kNewPassword).empty());
  // Single use, and an active account cannot be "activated" again.
  expectWrongCode(post(server, "/api/activation", form("enterprise", kXinyuan, {}, code, "Another#2026")));

  auto audit = loginAs(server, Role::AuditAdmin);
  auto log = bodyJson(server.client().Get("/api/audit?action=account.activated", bearer(audit)));
  ASSERT_EQ(log["total"], 2);  // the wrong code and the activation; the later try found no account waiting
  EXPECT_EQ(log["entries"][0]["result"], "ok");
  EXPECT_EQ(log["entries"][1]["result"], "failed");
  EXPECT_EQ(log["entries"][0]["account_label"], kXinyuan);
  auto codes = bodyJson(server.client().Get("/api/audit?action=account.code_sent", bearer(audit)));
  EXPECT_EQ(codes["entries"][0]["after"]["purpose"], "activate");
}

TEST(ActivationApi, AWrongTryIsAuditedAndTheFifthBurnsTheCode) {
  TestServer server;
  makePending(server, kXinyuan);
  const std::string code = askCode(server, form("enterprise", kXinyuan));
  for (int i = 0; i < 5; ++i) {
    expectWrongCode(post(server, "/api/activation", form("enterprise", kXinyuan, {}, otherCode(code), kNewPassword)));
  }
  expectWrongCode(post(server, "/api/activation", form("enterprise", kXinyuan, {}, code, kNewPassword)));
  auto audit = loginAs(server, Role::AuditAdmin);
  auto log = bodyJson(server.client().Get("/api/audit?action=account.activated", bearer(audit)));
  EXPECT_EQ(log["total"], 6);
  EXPECT_EQ(log["entries"][0]["result"], "failed");
}

TEST(ActivationApi, AnExpiredCodeIsRefused) {
  FakeClock clock;
  TestServer server({.clock = clock});
  makePending(server, kXinyuan);
  const std::string code = askCode(server, form("enterprise", kXinyuan));
  clock.advance(std::chrono::seconds(601));
  expectWrongCode(post(server, "/api/activation", form("enterprise", kXinyuan, {}, code, kNewPassword)));
  // A new code after the minute works.
  const std::string fresh = askCode(server, form("enterprise", kXinyuan), 1);
  EXPECT_EQ(post(server, "/api/activation", form("enterprise", kXinyuan, {}, fresh, kNewPassword))->status,
            Status::OK_200);
}

TEST(ActivationApi, CadresNameTheirUnit) {
  TestServer server;
  const long long unit = server.unitId("十堰市经信局");
  makePending(server, "张明", "cadre");
  const std::string code = askCode(server, form("cadre", "张明", unit));
  expectWrongCode(post(server, "/api/activation", form("cadre", "张明", server.unitId("十堰市商务局"), code, kNewPassword)));
  auto ok = post(server, "/api/activation", form("cadre", "张明", unit, code, kNewPassword));
  ASSERT_EQ(ok->status, Status::OK_200) << ok->body;
  EXPECT_EQ(bodyJson(ok)["profile"]["role"], "cadre");
}

TEST(ActivationApi, AskingForACodeRevealsNothingAndSendsOnlyToPendingAccounts) {
  TestServer server;
  makePending(server, kXinyuan);
  auto pending = post(server, "/api/activation/code", form("enterprise", kXinyuan));
  auto unknown = post(server, "/api/activation/code", form("enterprise", "十堰市不存在的有限公司"));
  auto active = post(server, "/api/activation/code", form("unit_admin", "十堰市经信局管理员"));
  auto again = post(server, "/api/activation/code", form("enterprise", kXinyuan));  // within the minute
  for (const auto* res : {&pending, &unknown, &active, &again}) {
    ASSERT_TRUE(*res);
    EXPECT_EQ((*res)->status, Status::OK_200);
    EXPECT_EQ((*res)->body, pending->body);
  }
  waitForSms(server.dataDir(), 1);
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  EXPECT_EQ(readSmsLog(server.dataDir()).size(), 1u);
  expectWrongCode(post(server, "/api/activation", form("enterprise", "十堰市不存在的有限公司", {}, "123456", kNewPassword)));
}

TEST(ActivationApi, MalformedFormsAreInvalidAndOneAddressIsLimited) {
  TestServer server;
  auto noRole = post(server, "/api/activation/code", nlohmann::json{{"login_name", "x"}});
  ASSERT_EQ(noRole->status, Status::BadRequest_400);
  EXPECT_EQ(bodyJson(noRole)["error"]["fields"][0]["field"], "role");
  auto noUnit = post(server, "/api/activation/code", form("cadre", "张明"));
  EXPECT_EQ(bodyJson(noUnit)["error"]["fields"][0]["field"], "unit_id");
  auto empty = post(server, "/api/activation", form("enterprise", kXinyuan));
  ASSERT_EQ(empty->status, Status::BadRequest_400);
  EXPECT_EQ(bodyJson(empty)["error"]["fields"][0], (nlohmann::json{{"field", "code"}, {"message", "请输入验证码"}}));
  EXPECT_EQ(bodyJson(empty)["error"]["fields"][1], (nlohmann::json{{"field", "new_password"}, {"message", "请输入新密码"}}));
  EXPECT_EQ(server.client().Post("/api/activation", "not json", "application/json")->status, Status::BadRequest_400);

  int accepted = 0;
  httplib::Result last;
  for (int i = 0; i < 25; ++i) {
    last = post(server, "/api/activation/code", form("enterprise", "十堰市某公司" + std::to_string(i)));
    if (last->status == Status::OK_200) ++accepted;
  }
  EXPECT_EQ(accepted, 19);  // 20 per address: the well-formed request without a unit above counted too
  ASSERT_EQ(last->status, Status::TooManyRequests_429);
  EXPECT_EQ(bodyJson(last)["error"]["code"], "too_many_requests");
}
