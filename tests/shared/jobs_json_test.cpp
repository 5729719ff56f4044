#include "qinqing/ops/jobs.hpp"

#include <gtest/gtest.h>

#include "qinqing/wire/jobs_json.hpp"

using namespace qinqing;

namespace {

domain::JobRun sampleRun() {
  domain::JobRun r;
  r.id = 3;
  r.job = "sms.outbox_check";
  r.trigger = domain::JobTrigger::Manual;
  r.triggeredBy = "sysadmin";
  r.startedAt = "2026-03-02T09:00:00+08:00";
  r.finishedAt = "2026-03-02T09:00:01+08:00";
  r.outcome = domain::JobOutcome::Ok;
  r.summary = "过期验证码 0 条已标记为失败；近 24 小时发送失败 0 条";
  return r;
}

}  // namespace

TEST(Jobs, KeysAndChineseLabels) {
  EXPECT_EQ(domain::jobOutcomeKey(domain::JobOutcome::Running), "running");
  EXPECT_EQ(domain::jobOutcomeFromKey("failed"), domain::JobOutcome::Failed);
  EXPECT_FALSE(domain::jobOutcomeFromKey("done"));
  EXPECT_EQ(domain::jobTriggerFromKey("manual"), domain::JobTrigger::Manual);
  EXPECT_EQ(domain::jobOutcomeLabel(domain::JobOutcome::Running), "运行中");
  EXPECT_EQ(domain::jobOutcomeLabel(domain::JobOutcome::Ok), "成功");
  EXPECT_EQ(domain::jobOutcomeLabel(domain::JobOutcome::Failed), "失败");
  EXPECT_EQ(domain::jobTriggerLabel(domain::JobTrigger::Schedule), "定时");
  EXPECT_EQ(domain::jobTriggerLabel(domain::JobTrigger::Manual), "手动");
}

TEST(JobsJson, JobListRoundTripsWithAndWithoutALastRun) {
  domain::JobInfo ran;
  ran.name = "sms.outbox_check";
  ran.label = "短信发件箱巡检";
  ran.description = "将超过 10 分钟仍未发出的验证码标记为失败。";
  ran.schedule = "每 5 分钟";
  ran.nextRunAt = "2026-03-02T09:05:00+08:00";
  ran.queued = true;
  ran.lastRun = sampleRun();
  domain::JobInfo fresh;
  fresh.name = "petition.reminders";
  const auto j = wire::jobListToJson({ran, fresh});
  EXPECT_TRUE(j["jobs"][1]["last_run"].is_null());
  EXPECT_EQ(j["jobs"][0]["last_run"]["trigger"], "manual");
  auto back = wire::jobListFromJson(j);
  ASSERT_TRUE(back);
  EXPECT_EQ(back.value(), (std::vector<domain::JobInfo>{ran, fresh}));
  auto queued = wire::jobQueuedFromJson(wire::jobQueuedToJson(ran));
  ASSERT_TRUE(queued);
  EXPECT_EQ(queued.value(), ran);
}

TEST(JobsJson, RunPagesRoundTripAndBadRunsAreRefused) {
  domain::Page<domain::JobRun> page;
  page.items = {sampleRun()};
  page.total = 1;
  const auto j = wire::jobRunPageToJson(page);
  EXPECT_EQ(j["runs"][0]["outcome"], "ok");
  auto back = wire::jobRunPageFromJson(j);
  ASSERT_TRUE(back);
  EXPECT_EQ(back.value().items, page.items);
  EXPECT_FALSE(wire::jobRunFromJson(nlohmann::json::parse(R"({"id":1,"trigger":"cron","outcome":"ok"})")));
  EXPECT_FALSE(wire::jobRunPageFromJson(nlohmann::json::parse(R"({"runs":{}})")));
  EXPECT_FALSE(wire::jobListFromJson(nlohmann::json::parse(R"({"jobs":[{"label":"无名"}]})")));
}
