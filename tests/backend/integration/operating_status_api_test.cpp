// 企业经营状况 over HTTP: the enterprise and its cadre report a month, a later edit supersedes and
// keeps the earlier version, the owed months are in the reply, readers within scope read, the
// inspector never writes, and the reminder job (visible in 定时任务) texts on the shared days —
// the enterprise on the 5th working day, its cadre 3 working days later — one digest each.
#include <gtest/gtest.h>

#include <thread>

#include "base_data_client.hpp"
#include "demo_accounts.hpp"
#include "sms_log.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;
using Status = httplib::StatusCode;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

constexpr long long kFifthWorkingDayNov2026 = 1793930400;  // 2026-11-06 10:00 CST (Friday)
constexpr long long kCadreDayNov2026 = kFifthWorkingDayNov2026 + 5 * 86400;  // 2026-11-11 (Wednesday)

class OperatingStatusApi : public ::testing::Test {
protected:
  ApiClient as(Role role) { return ApiClient{m_server, loginAs(m_server, role)}; }
  long long fixedEnterprise() {
    return selectCount(m_db, "SELECT id FROM enterprises WHERE name = '十堰市鑫源汽车零部件有限公司'");
  }
  std::string path(long long id, const std::string& month = "") {
    return "/api/enterprises/" + std::to_string(id) + "/operating-status" + (month.empty() ? "" : "/" + month);
  }
  json report(const std::string& state, const std::string& output, int employees, const std::string& difficulties = "") {
    return {{"state", state}, {"output_value", output}, {"revenue", "980.5"}, {"employees", employees},
            {"difficulties", difficulties}};
  }
  // Runs a job now through 定时任务 and waits for it to finish; returns its last run.
  json runJob(const ApiClient& admin, const std::string& name) {
    auto res = admin.post("/api/jobs/" + name + "/run", json::object());
    // 409: the scheduler took the slot itself a moment ago (the clock jumped past it); wait for that run.
    EXPECT_TRUE(status(res) == 202 || status(res) == 409) << (res ? res->body : "");
    for (int i = 0; i < 500; ++i) {
      const auto jobs = bodyJson(admin.get("/api/jobs"));  // kept alive for the loop
      for (const auto& job : jobs["jobs"]) {
        if (job["name"] == name && !job["queued"].get<bool>() && !job["running"].get<bool>() &&
            job["last_run"].is_object()) {
          return job["last_run"];
        }
      }
      std::this_thread::sleep_for(10ms);
    }
    return nullptr;
  }

  FakeClock m_clock{kFifthWorkingDayNov2026};
  TestServer m_server{{.clock = m_clock}};
  SQLite::Database m_db = openReadOnly(m_server);
};

TEST_F(OperatingStatusApi, ALaterEditSupersedesAndKeepsTheEarlierVersion) {
  const long long id = fixedEnterprise();
  auto enterprise = as(Role::Enterprise);
  auto saved = enterprise.put(path(id, "2026-11"), report("normal", "1234.56", 120));
  ASSERT_EQ(status(saved), Status::OK_200) << (saved ? saved->body : "");
  EXPECT_EQ(bodyJson(saved)["output_value"], "1234.56");
  EXPECT_EQ(bodyJson(saved)["entered_role"], "enterprise");

  auto cadre = as(Role::Cadre);
  saved = cadre.put(path(id, "2026-11"), report("partly_stopped", "800", 95, "订单下降，部分生产线停产"));
  ASSERT_EQ(status(saved), Status::OK_200) << (saved ? saved->body : "");
  EXPECT_EQ(bodyJson(saved)["state_name"], "部分停产");

  auto month = bodyJson(enterprise.get(path(id, "2026-11")));  // the demo leaves this month open
  EXPECT_EQ(month["current"]["output_value"], "800");
  ASSERT_EQ(month["history"].size(), 2u);
  EXPECT_EQ(month["history"][1]["output_value"], "1234.56");
  EXPECT_NE(month["history"][1]["superseded_at"], "");
  EXPECT_EQ(month["history"][0]["superseded_at"], "");
  EXPECT_EQ(month["history"][0]["entered_by"], "张明");

  auto overview = bodyJson(cadre.get(path(id)));
  EXPECT_EQ(overview["owed_months"], json({"2026-08", "2026-09", "2026-10"}));
  EXPECT_TRUE(overview["missing_months"].empty());  // the demo enterprise reported Aug–Oct
  ASSERT_GE(overview["reports"].size(), 1u);
  EXPECT_EQ(overview["reports"][0]["month"], "2026-11");
  // A month the demo did report: the new version supersedes the demo's, which stays.
  ASSERT_EQ(status(enterprise.put(path(id, "2026-10"), report("normal", "1500", 130))), Status::OK_200);
  EXPECT_EQ(bodyJson(enterprise.get(path(id, "2026-10")))["history"].size(), 2u);

  // Every field's problem at once; a future month is refused.
  auto bad = enterprise.put(path(id, "2026-12"), json{{"state", "other"}, {"output_value", "12.345"},
                                                        {"revenue", "-1"}, {"employees", "many"}});
  ASSERT_EQ(status(bad), Status::BadRequest_400);
  EXPECT_GE(bodyJson(bad)["error"]["fields"].size(), 4u);
  EXPECT_EQ(status(enterprise.put(path(id, "2026-13"), report("normal", "1", 1))), Status::BadRequest_400);

  auto auditor = as(Role::AuditAdmin);
  auto log = bodyJson(auditor.get("/api/audit?action=operating_status.saved"));
  ASSERT_EQ(log["total"], 3);
  EXPECT_EQ(log["entries"][1]["before"]["output_value"], "1234.56");
  EXPECT_NE(log["entries"][0]["before"], nullptr);  // the demo's October report
}

TEST_F(OperatingStatusApi, ReadersWithinScopeReadAndOnlyTheEnterpriseAndItsCadreWrite) {
  const long long id = fixedEnterprise();
  for (Role role : {Role::UnitAdmin, Role::CityDispatcher, Role::Inspector, Role::SystemAdmin}) {
    EXPECT_EQ(status(as(role).get(path(id))), Status::OK_200) << static_cast<int>(role);
  }
  for (Role role : {Role::UnitAdmin, Role::CountyAdmin, Role::CityDispatcher, Role::IndustryDispatcher,
                    Role::SystemAdmin}) {
    EXPECT_EQ(status(as(role).put(path(id, "2026-10"), report("normal", "1", 1))), Status::Forbidden_403);
  }
  auto inspector = as(Role::Inspector);
  auto refused = inspector.put(path(id, "2026-10"), report("normal", "1", 1));
  EXPECT_EQ(status(refused), Status::Forbidden_403);
  EXPECT_EQ(bodyJson(refused)["error"]["message"], "超级巡查员只能查看，不能修改");
  for (Role role : {Role::SecurityAdmin, Role::AuditAdmin}) {
    EXPECT_EQ(status(as(role).get(path(id))), Status::Forbidden_403);
  }
  // Another cadre's enterprise is not found for 张明, and another enterprise for the enterprise.
  const long long other = selectCount(m_db, "SELECT min(id) FROM enterprises WHERE cadre_id <> (SELECT cadre_id FROM "
                                            "enterprises WHERE id = " + std::to_string(id) + ")");
  EXPECT_EQ(status(as(Role::Cadre).put(path(other, "2026-10"), report("normal", "1", 1))), Status::NotFound_404);
  EXPECT_EQ(status(as(Role::Enterprise).get(path(other))), Status::NotFound_404);
}

TEST_F(OperatingStatusApi, TheReminderJobTextsEnterprisesThenCadresOnTheirWorkingDays) {
  auto admin = as(Role::SystemAdmin);
  bool listed = false;
  const auto jobs = bodyJson(admin.get("/api/jobs"));
  for (const auto& job : jobs["jobs"]) listed = listed || job["name"] == "operating.reminders";
  EXPECT_TRUE(listed);

  const std::string missingSql =
      "SELECT count(*) FROM enterprises e WHERE NOT EXISTS (SELECT 1 FROM operating_reports r WHERE "
      "r.enterprise_id = e.id AND r.month = '2026-10' AND r.superseded_at IS NULL)";
  const long long missing = selectCount(m_db, missingSql);
  ASSERT_GT(missing, 0);

  // The 5th working day: enterprises.
  auto run = runJob(admin, "operating.reminders");
  EXPECT_EQ(run["outcome"], "ok") << run.dump();
  EXPECT_NE(run["summary"].get<std::string>().find("提醒企业"), std::string::npos) << run.dump();
  const long long before = selectCount(m_db, "SELECT count(*) FROM sms_outbox");
  run = runJob(admin, "sms.reminder_digest");
  EXPECT_EQ(run["outcome"], "ok");
  const long long digests = selectCount(m_db, "SELECT count(*) FROM sms_outbox") - before;
  EXPECT_GT(digests, 0);
  EXPECT_LE(digests, missing);
  EXPECT_EQ(selectCount(m_db, "SELECT count(*) FROM sms_outbox WHERE text LIKE '%项经营状况未填报%'"), digests);
  // A second pass the same day sends nothing more.
  runJob(admin, "operating.reminders");
  runJob(admin, "sms.reminder_digest");
  EXPECT_EQ(selectCount(m_db, "SELECT count(*) FROM sms_outbox") - before, digests);

  // A day between: nobody.
  m_clock.advance(std::chrono::hours(24 * 3));  // Monday 9 November
  auto monday = as(Role::SystemAdmin);             // a session lasts 12 hours at most
  run = runJob(monday, "operating.reminders");
  EXPECT_EQ(run["summary"], "今日不是经营状况提醒日");

  // Three working days after the 5th: the cadres, one text each however many enterprises owe.
  m_clock.advance(std::chrono::hours(24 * 2));  // Wednesday 11 November
  auto wednesday = as(Role::SystemAdmin);
  run = runJob(wednesday, "operating.reminders");
  EXPECT_NE(run["summary"].get<std::string>().find("提醒包联干部"), std::string::npos) << run.dump();
  runJob(wednesday, "sms.reminder_digest");
  const long long cadreTexts = selectCount(m_db, "SELECT count(*) FROM reminder_digests WHERE day = '2026-11-11'");
  const long long cadresOwing = selectCount(
      m_db, "SELECT count(DISTINCT e.cadre_id) FROM enterprises e WHERE e.cadre_id IS NOT NULL AND NOT EXISTS ("
            "SELECT 1 FROM operating_reports r WHERE r.enterprise_id = e.id AND r.month = '2026-10' AND "
            "r.superseded_at IS NULL)");
  EXPECT_GT(cadreTexts, 0);
  EXPECT_LE(cadreTexts, cadresOwing);
}

}  // namespace
