#include "jobs/job_scheduler.hpp"

#include <SQLiteCpp/Transaction.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <exception>
#include <stdexcept>

#include "audit/audit_entry.hpp"
#include "repositories/audit_repository.hpp"
#include "repositories/job_run_repository.hpp"
#include "util/log.hpp"

namespace qinqing::backend::jobs {
namespace {

constexpr const char* kInterrupted = "服务停止时本次运行尚未完成";

domain::JobRun toJobRun(const JobRunRow& row) {
  domain::JobRun run;
  run.id = row.id;
  run.job = row.job;
  run.trigger = row.trigger;
  run.triggeredBy = row.triggeredByName;
  run.startedAt = formatChinaTime(row.startedAt);
  run.finishedAt = row.finishedAt ? formatChinaTime(*row.finishedAt) : std::string();
  run.outcome = row.outcome;
  run.summary = row.summary;
  run.error = row.error;
  return run;
}

}  // namespace

JobScheduler::JobScheduler(db::Database& database, Clock clock) : JobScheduler(database, std::move(clock), Options{}) {}

JobScheduler::JobScheduler(db::Database& database, Clock clock, Options options)
    : m_db(database),
      m_clock(std::move(clock)),
      m_options(options),
      // A failed pass (a busy or failing database) is retried at the next look.
      m_worker("定时任务线程出错 / job scheduler failed: ", [this] { runDue(); }, [this] { return nextWait(); }) {}

JobScheduler::~JobScheduler() { stop(); }

void JobScheduler::add(JobDefinition job) {
  if (job.name.empty() || !job.run) throw std::logic_error("JobScheduler::add: a job needs a name and a function");
  std::lock_guard lock(m_mutex);
  if (findLocked(job.name)) throw std::logic_error("JobScheduler::add: duplicate job " + job.name);
  m_jobs.push_back(Registered{std::move(job), std::nullopt, toUnixSeconds(m_clock())});
}

void JobScheduler::setAfterRun(std::function<void()> hook) { m_afterRun = std::move(hook); }

void JobScheduler::start() {
  std::lock_guard lock(m_mutex);
  if (m_worker.running()) return;
  const long long now = toUnixSeconds(m_clock());
  const int settled = m_db.write([&](SQLite::Database& c) {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    const int n = JobRunRepository(c).failUnfinished(kInterrupted, now);
    tx.commit();
    return n;
  });
  if (settled > 0) logWarning("定时任务：" + std::to_string(settled) + " 次未完成的运行已记为失败 / unfinished job runs settled");
  m_worker.start();
}

void JobScheduler::stop() { m_worker.stop(); }

// Until the next job's slot, at most idleWait (a clock that jumps is noticed within it).
std::chrono::milliseconds JobScheduler::nextWait() {
  std::lock_guard lock(m_mutex);
  auto wait = m_options.idleWait;
  const long long now = toUnixSeconds(m_clock());
  for (const auto& job : m_jobs) {
    if (job.nextDue) wait = std::min<std::chrono::milliseconds>(wait, std::chrono::seconds(std::max(0LL, *job.nextDue - now)));
  }
  return wait;
}

JobScheduler::Registered* JobScheduler::findLocked(const std::string& name) {
  for (auto& job : m_jobs) {
    if (job.definition.name == name) return &job;
  }
  return nullptr;
}

bool JobScheduler::has(const std::string& name) const {
  std::lock_guard lock(m_mutex);
  return std::any_of(m_jobs.begin(), m_jobs.end(), [&](const Registered& j) { return j.definition.name == name; });
}

long long JobScheduler::nextDueLocked(Registered& job, long long now) {
  if (!job.nextDue) {
    // The slot after the latest scheduled run: a slot missed while the server was down runs once.
    const auto last = m_db.read(
        [&](SQLite::Database& c) { return JobRunRepository(c).latestScheduledStart(job.definition.name); });
    job.nextDue = nextRunAfter(job.definition.schedule, last.value_or(std::min(job.registeredAt, now)));
  }
  return *job.nextDue;
}

int JobScheduler::runDue() {
  std::lock_guard pass(m_passMutex);
  int made = 0;

  while (true) {
    QueuedRun queued;
    JobDefinition job;
    {
      std::lock_guard lock(m_mutex);
      if (m_queue.empty()) break;
      queued = m_queue.front();
      m_queue.pop_front();
      Registered* found = findLocked(queued.job);
      if (!found) continue;
      job = found->definition;
      m_running = job.name;
    }
    execute(job, queued.runId);
    ++made;
  }

  const long long now = toUnixSeconds(m_clock());
  for (std::size_t i = 0;; ++i) {
    JobDefinition job;
    {
      std::lock_guard lock(m_mutex);
      if (i >= m_jobs.size()) break;
      Registered& r = m_jobs[i];
      if (nextDueLocked(r, now) > now) continue;
      r.nextDue = nextRunAfter(r.definition.schedule, now);  // missed slots are not run twice
      job = r.definition;
      m_running = job.name;
    }
    long long runId = 0;
    try {
      runId = m_db.write([&](SQLite::Database& c) {
        SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
        const long long id = JobRunRepository(c).start(job.name, domain::JobTrigger::Schedule, std::nullopt, now);
        tx.commit();
        return id;
      });
    } catch (...) {
      std::lock_guard lock(m_mutex);
      m_running.clear();
      throw;
    }
    execute(job, runId);
    ++made;
  }
  return made;
}

void JobScheduler::execute(const JobDefinition& job, long long runId) {
  domain::JobOutcome outcome = domain::JobOutcome::Ok;
  std::string summary;
  std::string error;
  try {
    summary = job.run(m_db, toUnixSeconds(m_clock()));
  } catch (const std::exception& e) {
    outcome = domain::JobOutcome::Failed;
    error = e.what();
  } catch (...) {
    outcome = domain::JobOutcome::Failed;
    error = "未知错误";
  }
  if (outcome == domain::JobOutcome::Failed) {
    logWarning("定时任务失败 / job failed: " + job.name + " #" + std::to_string(runId) + ": " + error);
  }
  try {
    m_db.write([&](SQLite::Database& c) {
      SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
      JobRunRepository(c).finish(runId, outcome, summary, error, toUnixSeconds(m_clock()));
      tx.commit();
    });
  } catch (...) {
    std::lock_guard lock(m_mutex);
    m_running.clear();
    throw;
  }
  {
    std::lock_guard lock(m_mutex);
    m_running.clear();
  }
  if (m_afterRun) m_afterRun();
}

domain::Result<domain::JobInfo> JobScheduler::requestRun(const std::string& name, const auth::AuthContext& who,
                                                         const std::string& address) {
  const long long now = toUnixSeconds(m_clock());
  std::lock_guard lock(m_mutex);
  Registered* job = findLocked(name);
  if (!job) return domain::DomainError::of(domain::ErrorCode::NotFound, "定时任务不存在");
  const bool queued = std::any_of(m_queue.begin(), m_queue.end(), [&](const QueuedRun& q) { return q.job == name; });
  if (queued || m_running == name) {
    return domain::DomainError::of(domain::ErrorCode::Conflict, "该任务正在运行，请等待本次运行结束");
  }
  // Held under m_mutex so two presses cannot both queue; no path takes m_mutex while writing.
  const auto row = m_db.write([&](SQLite::Database& c) {
    SQLite::Transaction tx(c, SQLite::TransactionBehavior::IMMEDIATE);
    JobRunRepository runs(c);
    const long long id = runs.start(name, domain::JobTrigger::Manual, who.accountId, now);
    AuditRepository(c).append(audit::entryOf(who, address, now, audit::AuditAction::JobRunRequested, "job", name,
                                             nullptr, nlohmann::json{{"run_id", id}}));
    auto stored = runs.find(id);
    tx.commit();
    return stored;
  });
  m_queue.push_back(QueuedRun{name, row->id});
  m_worker.wake();
  return infoLocked(*job, now, toJobRun(*row));
}

domain::JobInfo JobScheduler::infoLocked(Registered& job, long long now, const std::optional<domain::JobRun>& lastRun) {
  domain::JobInfo info;
  info.name = job.definition.name;
  info.label = job.definition.label;
  info.description = job.definition.description;
  info.schedule = describeSchedule(job.definition.schedule);
  info.nextRunAt = formatChinaTime(nextDueLocked(job, now));
  info.running = m_running == job.definition.name;
  info.queued = std::any_of(m_queue.begin(), m_queue.end(), [&](const QueuedRun& q) { return q.job == info.name; });
  info.lastRun = lastRun;
  return info;
}

std::vector<domain::JobInfo> JobScheduler::jobs() {
  std::vector<std::string> names;
  {
    std::lock_guard lock(m_mutex);
    for (const auto& job : m_jobs) names.push_back(job.definition.name);
  }
  std::map<std::string, domain::JobRun> last;
  m_db.read([&](SQLite::Database& c) {
    JobRunRepository runs(c);
    for (const auto& name : names) {
      if (auto row = runs.latest(name)) last.emplace(name, toJobRun(*row));
    }
  });
  const long long now = toUnixSeconds(m_clock());
  std::vector<domain::JobInfo> out;
  {
    std::lock_guard lock(m_mutex);
    for (auto& job : m_jobs) {
      auto it = last.find(job.definition.name);
      out.push_back(infoLocked(job, now, it == last.end() ? std::nullopt : std::optional<domain::JobRun>(it->second)));
    }
  }
  // A run that finished between the read above and the flags: its row was committed before the
  // flag was cleared, so reading it again gives the finished run (never "idle but running").
  for (auto& info : out) {
    if (info.running || info.queued || !info.lastRun || info.lastRun->outcome != domain::JobOutcome::Running) continue;
    m_db.read([&](SQLite::Database& c) {
      if (auto row = JobRunRepository(c).latest(info.name)) info.lastRun = toJobRun(*row);
    });
  }
  return out;
}

std::optional<domain::Page<domain::JobRun>> JobScheduler::runs(const std::string& name, int page, int pageSize) {
  if (!has(name)) return std::nullopt;
  auto rows = m_db.read([&](SQLite::Database& c) { return JobRunRepository(c).page(name, page, pageSize); });
  domain::Page<domain::JobRun> out;
  out.page = page;
  out.pageSize = pageSize;
  out.total = rows.total;
  for (const auto& row : rows.rows) out.items.push_back(toJobRun(row));
  return out;
}

}  // namespace qinqing::backend::jobs
