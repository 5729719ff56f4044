// 定时任务 (系统管理员, issue 5 "Clocks, reminders and escalation"): the scheduled jobs that run
// inside `qinqing serve` and the log of their runs, as an administrator sees them. The server
// decides when a job runs; these are the views and their vocabulary.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace qinqing::domain {

enum class JobOutcome {
  Running,  // started, not finished
  Ok,       // finished; its summary says what it did
  Failed,   // stopped by an error (or by the server stopping); nothing half-written is kept
};

enum class JobTrigger {
  Schedule,  // its time came
  Manual,    // an administrator pressed 立即运行
};

// "running" / "ok" / "failed", "schedule" / "manual".
std::string_view jobOutcomeKey(JobOutcome outcome);
std::optional<JobOutcome> jobOutcomeFromKey(std::string_view key);
std::string_view jobTriggerKey(JobTrigger trigger);
std::optional<JobTrigger> jobTriggerFromKey(std::string_view key);
// 运行中 / 成功 / 失败; 定时 / 手动.
std::string_view jobOutcomeLabel(JobOutcome outcome);
std::string_view jobTriggerLabel(JobTrigger trigger);

// One run. Times are ISO 8601 (+08:00); finishedAt is empty while running.
struct JobRun {
  long long id = 0;
  std::string job;  // the job's name
  JobTrigger trigger = JobTrigger::Schedule;
  std::string triggeredBy;  // the administrator's login name for a manual run, else empty
  std::string startedAt;
  std::string finishedAt;
  JobOutcome outcome = JobOutcome::Running;
  std::string summary;  // Chinese: "发送提醒 12 条"
  std::string error;    // why it failed
  bool operator==(const JobRun&) const = default;
};

// A registered job: what it is, when it runs, and how it last went.
struct JobInfo {
  std::string name;          // stable key, e.g. "sms.outbox_check"
  std::string label;         // 短信发件箱巡检
  std::string description;   // one Chinese sentence: what a run does
  std::string schedule;      // 每 5 分钟 / 每天 08:30
  std::string nextRunAt;     // ISO 8601: the next scheduled start
  bool running = false;      // a run is under way now
  bool queued = false;       // 立即运行 was pressed and the run has not started yet
  std::optional<JobRun> lastRun;
  bool operator==(const JobInfo&) const = default;
};

}  // namespace qinqing::domain
