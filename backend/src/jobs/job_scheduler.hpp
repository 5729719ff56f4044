// JobScheduler: the thread inside `qinqing serve` that runs scheduled jobs (issue 5 "Clocks,
// reminders and escalation": reminders with run logs an administrator can see) and records every
// run in job_runs, so 系统管理员 sees each job's schedule, last outcome, next run and history in
// 定时任务 and can press 立即运行.
//
// Registering a job is one call, before listen() (jobs/builtin_jobs.cpp holds the built-in ones):
//
//   scheduler.add({"petition.reminders", "诉求到期提醒", "到期当天及逾期后每个工作日提醒办理单位。",
//                  jobs::JobSchedule::dailyAt(9, 0),
//                  [](db::Database& db, long long now) { …; return "发送提醒 12 条"; }});
//
// The function gets the database and the scheduler's "now" (Unix seconds; a test's clock in
// tests), opens its own transactions, and returns a Chinese summary of what it did. Throwing
// marks the run failed with the exception's message (Chinese, for the administrator); whatever
// it committed before stays committed, so a job commits in units that are whole by themselves.
// After every run the after-run hook is called (the server wakes the SMS sender with it, so the
// reminders a job enqueued go at once).
//
// Rules:
//  - One run at a time, on the scheduler's thread: jobs never overlap each other or themselves.
//  - A job's next slot (job_schedule.hpp) is computed from its latest scheduled run as recorded
//    in job_runs, so a slot missed while the server was down runs once at the next look; a job
//    that has never run waits for its first slot after registration. Manual runs do not move the
//    schedule.
//  - 立即运行 (requestRun) writes the run's row and its audit entry in one transaction and queues
//    the run; it is refused while the job is queued or running.
//  - start() settles runs a previous process left 'running' as failed.
//
// runDue() is one pass of the thread; tests call it directly (without start()) with a clock they
// move, so a pass is deterministic.
#pragma once

#include <chrono>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "auth/auth_context.hpp"
#include "db/database.hpp"
#include "jobs/job_schedule.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/ops/jobs.hpp"
#include "qinqing/org/paging.hpp"
#include "util/clock.hpp"
#include "util/worker_thread.hpp"

namespace qinqing::backend::jobs {

// What a job does: gets the database and now (Unix seconds), returns a Chinese summary
// ("发送提醒 12 条"), throws to fail.
using JobFunction = std::function<std::string(db::Database& database, long long now)>;

struct JobDefinition {
  std::string name;         // stable key, stored in job_runs: "sms.outbox_check"
  std::string label;        // Chinese name: 短信发件箱巡检
  std::string description;  // one Chinese sentence: what a run does
  JobSchedule schedule;
  JobFunction run;
};

class JobScheduler {
public:
  struct Options {
    // The longest the thread sleeps without looking at the clock (a clock that jumps, e.g. after
    // NTP corrects it, is noticed within this).
    std::chrono::milliseconds idleWait = std::chrono::seconds(30);
  };

  // The database must outlive the scheduler.
  JobScheduler(db::Database& database, Clock clock);
  JobScheduler(db::Database& database, Clock clock, Options options);
  ~JobScheduler();
  JobScheduler(const JobScheduler&) = delete;
  JobScheduler& operator=(const JobScheduler&) = delete;

  // Registers a job. Throws std::logic_error for an empty or duplicate name or a missing function.
  void add(JobDefinition job);
  // Called after every run (on the scheduler's thread); set before start().
  void setAfterRun(std::function<void()> hook);

  // Starts the thread (settling runs left 'running'); a second call does nothing.
  void start();
  // Stops and joins the thread after the run in flight. Idempotent. Queued manual runs that did
  // not start stay 'running' in job_runs and are settled as failed by the next start().
  void stop();

  // One pass: every queued manual run, then every job whose slot has come. Returns the runs made.
  // Throws SQLite::Exception when the database fails (a job's own failure is recorded instead).
  int runDue();

  // 立即运行 by `who` from `address`. Errors: NotFound ("定时任务不存在"), Conflict ("该任务正在运行，
  // 请等待本次运行结束"). Returns the job, now queued.
  domain::Result<domain::JobInfo> requestRun(const std::string& name, const auth::AuthContext& who,
                                             const std::string& address);

  // Every job in registration order, with its last run from job_runs.
  std::vector<domain::JobInfo> jobs();
  bool has(const std::string& name) const;
  // The job's runs, newest first; empty optional for an unknown job.
  std::optional<domain::Page<domain::JobRun>> runs(const std::string& name, int page, int pageSize);

private:
  struct Registered {
    JobDefinition definition;
    std::optional<long long> nextDue;  // set on first look
    long long registeredAt = 0;        // a job that never ran waits for the first slot after this
  };
  struct QueuedRun {
    std::string job;
    long long runId = 0;
  };

  std::chrono::milliseconds nextWait();
  long long nextDueLocked(Registered& job, long long now);
  void execute(const JobDefinition& job, long long runId);
  domain::JobInfo infoLocked(Registered& job, long long now, const std::optional<domain::JobRun>& lastRun);
  Registered* findLocked(const std::string& name);

  db::Database& m_db;
  Clock m_clock;
  Options m_options;
  std::function<void()> m_afterRun;

  mutable std::mutex m_mutex;  // guards the three below
  std::vector<Registered> m_jobs;
  std::deque<QueuedRun> m_queue;
  std::string m_running;  // the job running now, empty when none

  std::mutex m_passMutex;  // one pass at a time (the thread, or a test calling runDue)
  WorkerThread m_worker;   // last: its thread uses the members above
};

}  // namespace qinqing::backend::jobs
