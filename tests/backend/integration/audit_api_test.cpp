// GET /api/audit: the audit log for 审计管理员 only, paged newest first, filtered by action and
// account; and the entries that logins, failures, locks, logouts and calendar edits leave in it.
#include <gtest/gtest.h>

#include "demo_accounts.hpp"
#include "qinqing/wire/audit_json.hpp"
#include "test_server.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;
using Status = httplib::StatusCode;

namespace {

nlohmann::json auditPage(const TestServer& server, const std::string& token, const std::string& query = "") {
  auto res = server.client().Get("/api/audit" + query, bearer(token));
  EXPECT_EQ(res->status, Status::OK_200) << res->body;
  return bodyJson(res);
}
}  // namespace

TEST(AuditApi, OnlyTheAuditAdministratorReadsTheLog) {
  TestServer server;
  EXPECT_EQ(server.client().Get("/api/audit")->status, Status::Unauthorized_401);
  for (const auto& account : kDemoAccounts) {
    auto token = loginAs(server, account);
    auto res = server.client().Get("/api/audit", bearer(token));
    const auto expected = account.role == Role::AuditAdmin ? Status::OK_200 : Status::Forbidden_403;
    EXPECT_EQ(res->status, expected) << account.loginName << " " << res->body;
  }
  // No route edits or deletes entries.
  auto token = loginAs(server, Role::AuditAdmin);
  EXPECT_EQ(server.client().Delete("/api/audit", bearer(token))->status, Status::MethodNotAllowed_405);
  EXPECT_EQ(server.client().Put("/api/audit", bearer(token), "{}", "application/json")->status,
            Status::MethodNotAllowed_405);
}

TEST(AuditApi, LoginsFailuresTheLockAndLogoutsAreRecorded) {
  FakeClock clock;
  TestServer server({.clock = clock});
  for (int i = 0; i < 5; ++i) server.postLogin(Role::Enterprise, kXinyuan, std::nullopt, "Wrong@2026");
  server.postLogin(Role::Enterprise, "十堰市不存在的有限公司", std::nullopt, "Wrong@2026");
  auto sysadmin = loginAs(server, Role::SystemAdmin);
  server.client().Delete("/api/session", bearer(sysadmin));
  auto token = loginAs(server, Role::AuditAdmin);

  auto failed = auditPage(server, token, "?action=session.login_failed");
  EXPECT_EQ(failed["total"], 6);
  EXPECT_TRUE(failed["entries"][0]["account_id"].is_null());
  EXPECT_EQ(failed["entries"][0]["account_label"], "十堰市不存在的有限公司");
  EXPECT_EQ(failed["entries"][1]["account_label"], kXinyuan);
  EXPECT_EQ(failed["entries"][1]["result"], "failed");
  EXPECT_EQ(failed["entries"][1]["source_address"], "127.0.0.1");
  EXPECT_EQ(failed["entries"][1]["at"], "2026-03-02T09:00:00+08:00");

  auto locked = auditPage(server, token, "?action=account.locked");
  ASSERT_EQ(locked["total"], 1);
  EXPECT_EQ(locked["entries"][0]["after"]["locked_until"], "2026-03-02T09:30:00+08:00");
  EXPECT_EQ(locked["entries"][0]["action_name"], "账号锁定");

  auto sys = auditPage(server, token, "?account=sysadmin");
  ASSERT_EQ(sys["total"], 2);
  EXPECT_EQ(sys["entries"][0]["action"], "session.logout");
  EXPECT_EQ(sys["entries"][1]["action"], "session.login");
  const auto sysId = sys["entries"][1]["account_id"].get<long long>();
  EXPECT_EQ(auditPage(server, token, "?account=" + std::to_string(sysId))["total"], 2);
}

TEST(AuditApi, PagesNewestFirstWithTheTotalAndRejectsBadParameters) {
  TestServer server;
  for (int i = 0; i < 3; ++i) loginAs(server, Role::SystemAdmin);
  auto token = loginAs(server, Role::AuditAdmin);
  // calendar.loaded, 3 logins, this login.
  auto all = auditPage(server, token);
  EXPECT_EQ(all["total"], 5);
  EXPECT_EQ(all["page_size"], 50);
  EXPECT_EQ(all["entries"][0]["account_label"], "auditadmin");
  EXPECT_EQ(all["entries"][4]["action"], "calendar.loaded");
  auto page = qinqing::wire::auditPageFromJson(auditPage(server, token, "?page=2&page_size=2"));
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page.value().total, 5);
  ASSERT_EQ(page.value().entries.size(), 2u);
  EXPECT_EQ(page.value().entries[0].id, 3);
  EXPECT_EQ(page.value().entries[1].id, 2);
  EXPECT_EQ(page.value().entries[0].prevHash, page.value().entries[1].hash);  // the chain shows through

  auto bad = server.client().Get("/api/audit?page=0&page_size=500&action=drop.table", bearer(token));
  ASSERT_EQ(bad->status, Status::BadRequest_400);
  auto fields = bodyJson(bad)["error"]["fields"];
  ASSERT_EQ(fields.size(), 3u);
  EXPECT_EQ(fields[0]["field"], "page");
  EXPECT_EQ(fields[1]["field"], "page_size");
  EXPECT_EQ(fields[2]["field"], "action");
}

TEST(AuditApi, CalendarEditsAreRecordedWithBeforeAndAfter) {
  TestServer server;
  auto sysadmin = loginAs(server, Role::SystemAdmin);
  server.client().Put("/api/calendar/days/2020-10-09", bearer(sysadmin), R"({"kind":"holiday","name":"国庆节"})",
                      "application/json");
  server.client().Put("/api/calendar/years/2027", bearer(sysadmin), R"({"holidays":["2027-01-01"],"workdays":[]})",
                      "application/json");
  auto token = loginAs(server, Role::AuditAdmin);
  auto day = auditPage(server, token, "?action=calendar.day_changed")["entries"][0];
  EXPECT_EQ(day["object_type"], "calendar_day");
  EXPECT_EQ(day["before"]["kind"], "workday");
  EXPECT_EQ(day["after"]["name"], "国庆节");
  EXPECT_EQ(day["role"], "system_admin");
  auto year = auditPage(server, token, "?action=calendar.year_replaced")["entries"][0];
  EXPECT_EQ(year["object_id"], "2027");
  EXPECT_EQ(year["after"]["holidays"], nlohmann::json::array({"2027-01-01"}));
  EXPECT_EQ(year["after"]["names"]["2027-01-01"], "元旦");
}
