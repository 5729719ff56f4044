#include "jobs/job_scheduler.hpp"

#include <gtest/gtest.h>

#include <SQLiteCpp/Transaction.h>

#include <stdexcept>

#include "repositories/audit_repository.hpp"
#include "repositories/job_run_repository.hpp"
#include "test_support.hpp"

using namespace qinqing::backend;
using namespace qinqing::backend::jobs;
using namespace std::chrono_literals;
using qinqing::backend::testsupport::FakeClock;
using qinqing::backend::testsupport::kTestEpoch;  // 09:00:00 CST
using qinqing::domain::JobOutcome;
using qinqing::domain::JobTrigger;

namespace {

class JobSchedulerTest : public ::testing::Test {
protected:
  void SetUp() override {
    m_database->write([](SQLite::Database& c) {
      c.exec("INSERT INTO accounts (id, role, login_name, password_hash, password_changed_at, created_at) "
             "VALUES (7, 'system_admin', 'sysadmin', 'x', 0, 0)");
    });
  }

  // A job counting its runs; it fails while `failing` is set.
  JobDefinition counting(const std::string& name, JobSchedule schedule) {
    return {name, "计数任务", "数一数。", schedule, [this](db::Database&, long long now) -> std::string {
              ++m_runs;
              m_lastNow = now;
              if (m_failing) throw std::runtime_error("网关不可用");
              return "已运行 " + std::to_string(m_runs) + " 次";
            }};
  }
  std::vector<JobRunRow> runsOf(const std::string& job) {
    return m_database->read([&](SQLite::Database& c) { return JobRunRepository(c).page(job, 1, 100).rows; });
  }
  auth::AuthContext admin() {
    auth::AuthContext who;
    who.accountId = 7;
    who.role = qinqing::domain::Role::SystemAdmin;
    who.loginName = "sysadmin";
    return who;
  }

  std::unique_ptr<db::Database> m_database = testsupport::migratedMemoryDatabase();
  FakeClock m_clock;
  JobScheduler m_scheduler{*m_database, m_clock.clock()};
  int m_runs = 0;
  long long m_lastNow = 0;
  bool m_failing = false;
};

}  // namespace

TEST_F(JobSchedulerTest, AJobThatNeverRanWaitsForItsFirstSlotThenRunsOncePerSlot) {
  m_scheduler.add(counting("count", JobSchedule::everyMinutes(5)));
  EXPECT_EQ(m_scheduler.runDue(), 0);
  m_clock.advance(4min + 59s);
  EXPECT_EQ(m_scheduler.runDue(), 0);
  m_clock.advance(1s);  // 09:05:00
  EXPECT_EQ(m_scheduler.runDue(), 1);
  EXPECT_EQ(m_lastNow, kTestEpoch + 300);
  EXPECT_EQ(m_scheduler.runDue(), 0);  // not twice in a slot
  m_clock.advance(5min);
  EXPECT_EQ(m_scheduler.runDue(), 1);

  const auto runs = runsOf("count");
  ASSERT_EQ(runs.size(), 2u);
  EXPECT_EQ(runs[0].trigger, JobTrigger::Schedule);
  EXPECT_EQ(runs[0].outcome, JobOutcome::Ok);
  EXPECT_EQ(runs[0].summary, "已运行 2 次");
  EXPECT_EQ(runs[0].startedAt, kTestEpoch + 600);
  EXPECT_EQ(runs[0].finishedAt, kTestEpoch + 600);
  EXPECT_FALSE(runs[0].triggeredBy);
}

TEST_F(JobSchedulerTest, MissedSlotsRunOnceThenTheScheduleResumes) {
  m_scheduler.add(counting("count", JobSchedule::everyMinutes(5)));
  m_clock.advance(5min);
  EXPECT_EQ(m_scheduler.runDue(), 1);
  m_clock.advance(1h + 2min);  // twelve slots passed (a server that was busy or down)
  EXPECT_EQ(m_scheduler.runDue(), 1);
  EXPECT_EQ(m_scheduler.runDue(), 0);
  const auto jobs = m_scheduler.jobs();
  ASSERT_EQ(jobs.size(), 1u);
  EXPECT_EQ(jobs[0].nextRunAt, "2026-03-02T10:10:00+08:00");
}

TEST_F(JobSchedulerTest, AFreshSchedulerContinuesFromTheLatestRecordedRun) {
  m_scheduler.add(counting("daily", JobSchedule::dailyAt(9, 30)));
  m_clock.advance(30min);
  EXPECT_EQ(m_scheduler.runDue(), 1);  // 09:30 today
  // A restart the next day at 10:00 (after 09:30 passed while it was down) runs the missed slot.
  m_clock.advance(24h + 30min);
  JobScheduler restarted(*m_database, m_clock.clock());
  restarted.add(counting("daily", JobSchedule::dailyAt(9, 30)));
  EXPECT_EQ(restarted.jobs()[0].nextRunAt, "2026-03-03T09:30:00+08:00");
  EXPECT_EQ(restarted.runDue(), 1);
  EXPECT_EQ(restarted.jobs()[0].nextRunAt, "2026-03-04T09:30:00+08:00");
}

TEST_F(JobSchedulerTest, AFailingJobIsRecordedWithItsErrorAndTheNextSlotStillComes) {
  m_scheduler.add(counting("count", JobSchedule::everyMinutes(5)));
  m_failing = true;
  m_clock.advance(5min);
  EXPECT_EQ(m_scheduler.runDue(), 1);
  auto runs = runsOf("count");
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].outcome, JobOutcome::Failed);
  EXPECT_EQ(runs[0].error, "网关不可用");
  EXPECT_EQ(runs[0].summary, "");
  EXPECT_TRUE(runs[0].finishedAt);
  m_failing = false;
  m_clock.advance(5min);
  EXPECT_EQ(m_scheduler.runDue(), 1);
  EXPECT_EQ(runsOf("count")[0].outcome, JobOutcome::Ok);
}

TEST_F(JobSchedulerTest, RunNowIsQueuedAuditedAndRunOnTheNextPass) {
  m_scheduler.add(counting("count", JobSchedule::everyMinutes(5)));
  int hooks = 0;
  m_scheduler.setAfterRun([&] { ++hooks; });
  auto queued = m_scheduler.requestRun("count", admin(), "10.0.0.8");
  ASSERT_TRUE(queued);
  EXPECT_TRUE(queued.value().queued);
  EXPECT_FALSE(queued.value().running);
  ASSERT_TRUE(queued.value().lastRun);
  EXPECT_EQ(queued.value().lastRun->outcome, JobOutcome::Running);
  EXPECT_EQ(queued.value().lastRun->trigger, JobTrigger::Manual);
  EXPECT_EQ(queued.value().lastRun->triggeredBy, "sysadmin");

  // Pressed again before it ran: refused, nothing queued twice.
  auto again = m_scheduler.requestRun("count", admin(), "10.0.0.8");
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, qinqing::domain::ErrorCode::Conflict);
  EXPECT_EQ(again.error().message, "该任务正在运行，请等待本次运行结束");

  EXPECT_EQ(m_scheduler.runDue(), 1);
  EXPECT_EQ(m_runs, 1);
  EXPECT_EQ(hooks, 1);
  const auto runs = runsOf("count");
  ASSERT_EQ(runs.size(), 1u);
  EXPECT_EQ(runs[0].outcome, JobOutcome::Ok);
  EXPECT_EQ(runs[0].triggeredBy, 7);
  const auto info = m_scheduler.jobs()[0];
  EXPECT_FALSE(info.queued);
  EXPECT_EQ(info.nextRunAt, "2026-03-02T09:05:00+08:00");  // the schedule is not moved

  const auto audit = m_database->read([](SQLite::Database& c) {
    AuditQuery q;
    q.action = "job.run_requested";
    return AuditRepository(c).page(q);
  });
  ASSERT_EQ(audit.total, 1);
  EXPECT_EQ(audit.rows[0].objectType, "job");
  EXPECT_EQ(audit.rows[0].objectId, "count");
  EXPECT_EQ(audit.rows[0].accountLabel, "sysadmin");
  EXPECT_EQ(audit.rows[0].sourceAddress, "10.0.0.8");
  EXPECT_EQ(audit.rows[0].afterJson, "{\"run_id\":" + std::to_string(runs[0].id) + "}");

  EXPECT_TRUE(m_scheduler.requestRun("count", admin(), "10.0.0.8"));  // idle again: accepted
}

TEST_F(JobSchedulerTest, UnknownJobsAndBadRegistrationsAreRefused) {
  m_scheduler.add(counting("count", JobSchedule::everyMinutes(5)));
  auto missing = m_scheduler.requestRun("nope", admin(), "");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, qinqing::domain::ErrorCode::NotFound);
  EXPECT_FALSE(m_scheduler.runs("nope", 1, 20));
  EXPECT_THROW(m_scheduler.add(counting("count", JobSchedule::everyMinutes(1))), std::logic_error);
  EXPECT_THROW(m_scheduler.add({"", "无名", "", JobSchedule::everyMinutes(1), [](db::Database&, long long) {
                                  return std::string();
                                }}),
               std::logic_error);
  EXPECT_THROW(m_scheduler.add({"nofn", "无函数", "", JobSchedule::everyMinutes(1), nullptr}), std::logic_error);
}

TEST_F(JobSchedulerTest, StartSettlesRunsAStoppedServerLeftRunning) {
  const long long id = m_database->write([&](SQLite::Database& c) {
    return JobRunRepository(c).start("count", JobTrigger::Schedule, std::nullopt, kTestEpoch - 60);
  });
  JobScheduler scheduler(*m_database, m_clock.clock(), JobScheduler::Options{.idleWait = 10ms});
  scheduler.start();
  scheduler.stop();
  const auto row = m_database->read([&](SQLite::Database& c) { return JobRunRepository(c).find(id); });
  ASSERT_TRUE(row);
  EXPECT_EQ(row->outcome, JobOutcome::Failed);
  EXPECT_EQ(row->error, "服务停止时本次运行尚未完成");
  EXPECT_EQ(row->finishedAt, kTestEpoch);
}

TEST_F(JobSchedulerTest, TheThreadRunsWhatIsQueued) {
  m_scheduler.add(counting("count", JobSchedule::everyMinutes(5)));
  m_scheduler.start();
  ASSERT_TRUE(m_scheduler.requestRun("count", admin(), ""));
  for (int i = 0; i < 500 && runsOf("count").front().outcome == JobOutcome::Running; ++i) {
    std::this_thread::sleep_for(10ms);
  }
  m_scheduler.stop();
  EXPECT_EQ(runsOf("count").front().outcome, JobOutcome::Ok);
  EXPECT_EQ(m_runs, 1);
}
