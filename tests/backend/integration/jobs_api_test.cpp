// 定时任务 over HTTP: the registered jobs with schedule and next run, 立即运行 (queued, run by the
// scheduler thread, audited), the paged run history, and unknown jobs.
#include <gtest/gtest.h>

#include <thread>

#include "base_data_client.hpp"
#include "demo_accounts.hpp"
#include "test_server.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;
using namespace std::chrono_literals;

namespace {

nlohmann::json jobNamed(const nlohmann::json& list, const std::string& name) {
  for (const auto& job : list["jobs"]) {
    if (job["name"] == name) return job;
  }
  return nullptr;
}

// Polls GET /api/jobs until the job is neither queued nor running.
nlohmann::json waitUntilIdle(const ApiClient& api, const std::string& name) {
  nlohmann::json job;
  for (int i = 0; i < 500; ++i) {
    job = jobNamed(bodyJson(api.get("/api/jobs")), name);
    if (job.is_object() && !job["queued"].get<bool>() && !job["running"].get<bool>()) return job;
    std::this_thread::sleep_for(10ms);
  }
  return job;
}

}  // namespace

TEST(JobsApi, ListsTheOutboxCheckWithItsScheduleAndNextRun) {
  TestServer server({.clock = FakeClock()});  // 2026-03-02 09:00:00 CST, standing still
  ApiClient api{server, loginAs(server, Role::SystemAdmin)};
  auto res = api.get("/api/jobs");
  ASSERT_EQ(status(res), 200);
  const auto job = jobNamed(bodyJson(res), "sms.outbox_check");
  ASSERT_TRUE(job.is_object());
  EXPECT_EQ(job["label"], "短信发件箱巡检");
  EXPECT_EQ(job["schedule"], "每 5 分钟");
  EXPECT_EQ(job["next_run_at"], "2026-03-02T09:05:00+08:00");
  EXPECT_FALSE(job["description"].get<std::string>().empty());
  EXPECT_TRUE(job["last_run"].is_null());  // a new database: it has never run
  EXPECT_EQ(job["running"], false);
  EXPECT_EQ(job["queued"], false);
}

TEST(JobsApi, RunNowQueuesARunThatIsRecordedAndAudited) {
  TestServer server({.clock = FakeClock()});
  ApiClient api{server, loginAs(server, Role::SystemAdmin)};
  auto res = api.post("/api/jobs/sms.outbox_check/run", nlohmann::json::object());
  ASSERT_EQ(status(res), 202);
  const auto queued = bodyJson(res)["job"];
  EXPECT_EQ(queued["name"], "sms.outbox_check");
  EXPECT_TRUE(queued["queued"].get<bool>() || queued["running"].get<bool>() ||
              queued["last_run"]["outcome"] == "ok");  // the thread may already have taken it
  EXPECT_EQ(queued["last_run"]["trigger"], "manual");

  const auto job = waitUntilIdle(api, "sms.outbox_check");
  ASSERT_TRUE(job.is_object());
  const auto last = job["last_run"];
  EXPECT_EQ(last["outcome"], "ok");
  EXPECT_EQ(last["trigger"], "manual");
  EXPECT_EQ(last["triggered_by"], "sysadmin");
  EXPECT_EQ(last["summary"], "过期验证码 0 条已标记为失败；近 24 小时发送失败 0 条");
  EXPECT_EQ(last["started_at"], "2026-03-02T09:00:00+08:00");
  EXPECT_EQ(last["finished_at"], "2026-03-02T09:00:00+08:00");
  EXPECT_EQ(job["next_run_at"], "2026-03-02T09:05:00+08:00");  // a manual run leaves the schedule alone

  auto runs = bodyJson(api.get("/api/jobs/sms.outbox_check/runs"));
  EXPECT_EQ(runs["total"], 1);
  ASSERT_EQ(runs["runs"].size(), 1u);
  EXPECT_EQ(runs["runs"][0], last);

  ApiClient auditor{server, loginAs(server, Role::AuditAdmin)};
  const auto audit = bodyJson(auditor.get("/api/audit?action=job.run_requested"));
  ASSERT_EQ(audit["total"], 1);
  EXPECT_EQ(audit["entries"][0]["object_id"], "sms.outbox_check");
  EXPECT_EQ(audit["entries"][0]["account_label"], "sysadmin");
  EXPECT_EQ(audit["entries"][0]["after"]["run_id"], last["id"]);
}

TEST(JobsApi, RunHistoryIsPagedNewestFirst) {
  TestServer server({.clock = FakeClock()});
  ApiClient api{server, loginAs(server, Role::SystemAdmin)};
  for (int i = 0; i < 3; ++i) {
    ASSERT_EQ(status(api.post("/api/jobs/sms.outbox_check/run", nlohmann::json::object())), 202);
    waitUntilIdle(api, "sms.outbox_check");
  }
  auto first = bodyJson(api.get("/api/jobs/sms.outbox_check/runs?page_size=2"));
  EXPECT_EQ(first["total"], 3);
  ASSERT_EQ(first["runs"].size(), 2u);
  EXPECT_GT(first["runs"][0]["id"].get<long long>(), first["runs"][1]["id"].get<long long>());
  auto second = bodyJson(api.get("/api/jobs/sms.outbox_check/runs?page_size=2&page=2"));
  ASSERT_EQ(second["runs"].size(), 1u);
  EXPECT_LT(second["runs"][0]["id"].get<long long>(), first["runs"][1]["id"].get<long long>());
}

TEST(JobsApi, UnknownJobsAnswer404) {
  TestServer server;
  ApiClient api{server, loginAs(server, Role::SystemAdmin)};
  EXPECT_EQ(status(api.get("/api/jobs/no.such.job/runs")), 404);
  auto res = api.post("/api/jobs/no.such.job/run", nlohmann::json::object());
  EXPECT_EQ(status(res), 404);
  EXPECT_EQ(bodyJson(res)["error"]["message"], "定时任务不存在");
}
