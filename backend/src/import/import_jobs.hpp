// ImportJobs: the server's assignment-plan imports as jobs (qinqing/org/assignment_plan_job.hpp).
// An upload is queued and answered at once with the job; one worker thread runs the jobs in turn
// (two imports never write at the same time) through AssignmentImporter, publishing progress —
// phase, rows done of rows in all — that clients follow by long polling (status with afterVersion).
//
// An apply is accepted only for bytes whose check (dry run) finished without a problem, keyed by
// their SHA-256, within a day; applying uses the clean check up, so a second apply of the same
// file needs a new check. Jobs live in memory: the last few finished ones are kept for their
// reports, and a restart forgets them (nothing half-done survives one: an apply is one transaction).
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "audit/audit_entry.hpp"
#include "db/database.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/org/assignment_plan_job.hpp"
#include "qinqing/org/paging.hpp"
#include "util/clock.hpp"

namespace qinqing::backend::import {

class ImportJobs {
public:
  struct Options {
    std::size_t keepFinished = 20;  // finished jobs kept for their reports
    std::size_t maxWaiting = 4;     // queued jobs beyond the one running
    std::chrono::seconds cleanCheckValidFor = std::chrono::hours(24);
  };

  ImportJobs(db::Database& database, Clock clock, std::function<void()> onSmsEnqueued, Options options);
  ImportJobs(db::Database& database, Clock clock, std::function<void()> onSmsEnqueued)
      : ImportJobs(database, std::move(clock), std::move(onSmsEnqueued), Options{}) {}
  // Stops the worker after the job in hand (an apply in progress commits or rolls back whole).
  ~ImportJobs();
  ImportJobs(const ImportJobs&) = delete;
  ImportJobs& operator=(const ImportJobs&) = delete;

  // Queues a job for the file's bytes. Errors: InvalidInput (field "file") for an empty file;
  // Conflict for an apply without a clean check of the same bytes; TooManyRequests when
  // maxWaiting jobs already wait.
  domain::Result<domain::ImportJobStatus> submit(domain::ImportMode mode, std::string fileName, std::string bytes,
                                                 audit::AuditActor actor);

  // The job now; nullopt when unknown (or forgotten). With afterVersion, first waits up to `wait`
  // for a version beyond it (or the end of the job).
  std::optional<domain::ImportJobStatus> status(long long id, std::optional<long long> afterVersion = std::nullopt,
                                                std::chrono::milliseconds wait = std::chrono::milliseconds(0));

  // One page of the job's problems: q matches the column or the message; sort "row" (default) or
  // "column". Nullopt for an unknown job.
  std::optional<domain::Page<domain::PlanProblem>> problems(long long id, domain::PageRequest request);
  static const std::vector<std::string>& problemSortKeys();

private:
  struct Job {
    domain::ImportJobStatus status;
    std::string bytes;  // until the worker takes it
    audit::AuditActor actor;
    std::vector<domain::PlanProblem> problems;
  };

  void work();
  void runJob(long long id);
  // Applies change to the job under the lock, bumps its version and wakes the pollers.
  void update(long long id, const std::function<void(Job&)>& change);
  // Drops the oldest finished jobs beyond keepFinished, never keepId. Under the lock.
  void forgetOldJobs(long long keepId);

  db::Database& m_db;
  Clock m_clock;
  std::function<void()> m_onSmsEnqueued;
  Options m_options;

  std::mutex m_mutex;
  std::condition_variable m_workQueued;
  std::condition_variable m_changed;
  std::map<long long, Job> m_jobs;
  std::deque<long long> m_queue;
  std::map<std::string, long long> m_cleanChecks;  // SHA-256 → when its clean check finished (Unix seconds)
  long long m_nextId = 1;
  bool m_stopping = false;
  std::thread m_worker;  // last: starts once everything above exists
};

}  // namespace qinqing::backend::import
