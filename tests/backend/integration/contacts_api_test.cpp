// 联系记录 over HTTP: a cadre logs a contact with its own enterprise (validated: not in the future,
// at most 90 days back), 包联企业 shows the last contact and whether this month has one, lists per
// enterprise and per cadre, unit administrators see their cadres' counts, the inspector only
// reads, and the month-end reminder (first of the last 5 working days) goes out as one digest per cadre.
#include <gtest/gtest.h>

#include <thread>

#include "base_data_client.hpp"
#include "demo_accounts.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;
using Status = httplib::StatusCode;
using nlohmann::json;
using namespace std::chrono_literals;

namespace {

constexpr long long kReminderDayNov2026 = 1795485600;  // 2026-11-24 10:00 CST: the 5th last working day

class ContactsApi : public ::testing::Test {
protected:
  ApiClient as(Role role) { return ApiClient{m_server, loginAs(m_server, role)}; }
  long long fixedEnterprise() {
    return selectCount(m_db, "SELECT id FROM enterprises WHERE name = '十堰市鑫源汽车零部件有限公司'");
  }
  long long zhang() { return selectCount(m_db, "SELECT cadre_id FROM enterprises WHERE name = '十堰市鑫源汽车零部件有限公司'"); }
  std::string contacts(long long enterprise) { return "/api/enterprises/" + std::to_string(enterprise) + "/contacts"; }
  json entry(const std::string& date, const std::string& way = "visit") {
    return {{"date", date}, {"way", way}, {"summary", "走访企业，了解四季度订单和用工情况"}, {"follow_up", "协调用电指标"}};
  }
  json rowOf(const ApiClient& api, const std::string& path, long long id) {
    for (int page = 1; page < 50; ++page) {
      auto body = bodyJson(api.get(path + "?page_size=100&page=" + std::to_string(page)));
      for (const auto& row : body["items"]) {
        if (row["id"] == id) return row;
      }
      if (body["items"].empty()) break;
    }
    return nullptr;
  }
  json runJob(const ApiClient& admin, const std::string& name) {
    auto res = admin.post("/api/jobs/" + name + "/run", json::object());
    EXPECT_TRUE(status(res) == 202 || status(res) == 409) << status(res) << (res ? res->body : "");
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

  FakeClock m_clock{kReminderDayNov2026};
  TestServer m_server{{.clock = m_clock}};
  SQLite::Database m_db = openReadOnly(m_server);
};

TEST_F(ContactsApi, ACadreLogsAContactAndTheEnterpriseListShowsIt) {
  const long long id = fixedEnterprise();
  auto cadre = as(Role::Cadre);
  auto res = cadre.post(contacts(id), entry("2026-11-24", "wechat"));
  ASSERT_EQ(status(res), Status::Created_201) << (res ? res->body : "");
  auto saved = bodyJson(res);
  EXPECT_EQ(saved["way_name"], "微信");
  EXPECT_EQ(saved["cadre"]["name"], "张明");

  auto row = rowOf(cadre, "/api/enterprises", id);
  EXPECT_EQ(row["last_contact_date"], "2026-11-24");
  EXPECT_EQ(row["contacted_this_month"], true);
  // An enterprise of 张明 nobody contacted this month is marked so.
  const long long quiet = selectCount(
      m_db, "SELECT coalesce(min(e.id), 0) FROM enterprises e WHERE e.cadre_id = " + std::to_string(zhang()) +
                " AND NOT EXISTS (SELECT 1 FROM contact_logs l WHERE l.enterprise_id = e.id AND l.date >= '2026-11-01')");
  if (quiet > 0) EXPECT_EQ(rowOf(cadre, "/api/enterprises", quiet)["contacted_this_month"], false);

  auto list = bodyJson(as(Role::UnitAdmin).get(contacts(id)));
  ASSERT_GE(list["total"].get<int>(), 1);
  EXPECT_EQ(list["items"][0]["id"], saved["id"]);  // newest first
  auto mine = bodyJson(as(Role::UnitAdmin).get("/api/cadres/" + std::to_string(zhang()) + "/contacts"));
  EXPECT_EQ(mine["items"][0]["id"], saved["id"]);
  // The cadre's own 联系记录 is the same list, without knowing its cadre id.
  auto own = bodyJson(cadre.get("/api/contacts/mine?page_size=5"));
  EXPECT_EQ(own["items"][0]["id"], saved["id"]);
  EXPECT_EQ(own["total"], mine["total"]);
  EXPECT_EQ(status(as(Role::UnitAdmin).get("/api/contacts/mine")), Status::Forbidden_403);
  EXPECT_EQ(mine["total"], selectCount(m_db, "SELECT count(*) FROM contact_logs WHERE cadre_id = " + std::to_string(zhang())));

  // 基础数据: the unit administrator sees 张明's counts.
  auto cadreRow = rowOf(as(Role::UnitAdmin), "/api/cadres", zhang());
  EXPECT_EQ(cadreRow["contact_count"], mine["total"]);
  EXPECT_EQ(cadreRow["contacts_this_month"],
            selectCount(m_db, "SELECT count(*) FROM contact_logs WHERE date >= '2026-11-01' AND cadre_id = " +
                                  std::to_string(zhang())));

  auto auditor = as(Role::AuditAdmin);
  EXPECT_GE(bodyJson(auditor.get("/api/audit?action=contact.logged"))["total"].get<int>(), 1);
}

TEST_F(ContactsApi, ValidationScopeAndTheReadOnlyInspector) {
  const long long id = fixedEnterprise();
  auto cadre = as(Role::Cadre);
  EXPECT_EQ(status(cadre.post(contacts(id), entry("2026-11-25"))), Status::BadRequest_400);  // tomorrow
  EXPECT_EQ(status(cadre.post(contacts(id), entry("2026-08-01"))), Status::BadRequest_400);  // > 90 days back
  auto bad = cadre.post(contacts(id), json{{"date", "2026-11-20"}, {"way", "letter"}, {"summary", ""}});
  EXPECT_EQ(status(bad), Status::BadRequest_400);
  auto noSummary = cadre.post(contacts(id), json{{"date", "2026-11-20"}, {"way", "phone"}, {"summary", " "}});
  ASSERT_EQ(status(noSummary), Status::BadRequest_400);
  EXPECT_EQ(bodyJson(noSummary)["error"]["fields"][0]["field"], "summary");

  const long long other = selectCount(m_db, "SELECT min(id) FROM enterprises WHERE cadre_id <> " + std::to_string(zhang()));
  EXPECT_EQ(status(cadre.post(contacts(other), entry("2026-11-20"))), Status::NotFound_404);
  EXPECT_EQ(status(cadre.get(contacts(other))), Status::NotFound_404);

  for (Role role : {Role::Enterprise, Role::UnitAdmin, Role::SystemAdmin, Role::CityDispatcher}) {
    EXPECT_EQ(status(as(role).post(contacts(id), entry("2026-11-20"))), Status::Forbidden_403);
  }
  auto inspector = as(Role::Inspector);
  auto refused = inspector.post(contacts(id), entry("2026-11-20"));
  EXPECT_EQ(status(refused), Status::Forbidden_403);
  EXPECT_EQ(bodyJson(refused)["error"]["message"], "超级巡查员只能查看，不能修改");
  EXPECT_EQ(status(inspector.get(contacts(id))), Status::OK_200);
  EXPECT_EQ(status(inspector.get("/api/cadres/" + std::to_string(zhang()) + "/contacts")), Status::OK_200);
  EXPECT_EQ(status(as(Role::SecurityAdmin).get(contacts(id))), Status::Forbidden_403);
}

TEST_F(ContactsApi, TheMonthEndReminderIsOneDigestPerCadre) {
  auto admin = as(Role::SystemAdmin);
  auto run = runJob(admin, "contact.reminders");
  EXPECT_EQ(run["outcome"], "ok") << run.dump();
  EXPECT_NE(run["summary"].get<std::string>().find("提醒包联干部"), std::string::npos) << run.dump();
  runJob(admin, "sms.reminder_digest");
  const long long cadresOwing = selectCount(
      m_db, "SELECT count(DISTINCT e.cadre_id) FROM enterprises e WHERE e.cadre_id IS NOT NULL AND NOT EXISTS ("
            "SELECT 1 FROM contact_logs l WHERE l.enterprise_id = e.id AND l.date >= '2026-11-01')");
  const long long digests = selectCount(m_db, "SELECT count(*) FROM reminder_digests WHERE day = '2026-11-24'");
  EXPECT_GT(digests, 0);
  EXPECT_LE(digests, cadresOwing);
  EXPECT_GE(selectCount(m_db, "SELECT count(*) FROM sms_outbox WHERE text LIKE '%家包联企业本月未联系%'"), digests);
  // The day after is no reminder day.
  m_clock.advance(std::chrono::hours(24));
  auto again = as(Role::SystemAdmin);  // a session lasts 12 hours at most
  EXPECT_EQ(runJob(again, "contact.reminders")["summary"], "今日不是联系企业提醒日");
}

}  // namespace
