// JobRunRepository: the job_runs table, one row per run of a scheduled job (jobs/job_scheduler.hpp).
// A run is written when it starts (outcome 'running') and settled once when it ends. Throws
// SQLite::Exception on database errors; the callers own the transactions.
#pragma once

#include <SQLiteCpp/Database.h>

#include <optional>
#include <string>
#include <vector>

#include "qinqing/ops/jobs.hpp"

namespace qinqing::backend {

struct JobRunRow {
  long long id = 0;
  std::string job;
  domain::JobTrigger trigger = domain::JobTrigger::Schedule;
  std::optional<long long> triggeredBy;  // the account of a manual run
  std::string triggeredByName;           // its login name
  long long startedAt = 0;
  std::optional<long long> finishedAt;
  domain::JobOutcome outcome = domain::JobOutcome::Running;
  std::string summary;
  std::string error;
};

class JobRunRepository {
public:
  explicit JobRunRepository(SQLite::Database& db) : m_db(db) {}

  // A new 'running' row; accountId is required for a manual run and ignored otherwise.
  long long start(const std::string& job, domain::JobTrigger trigger, std::optional<long long> accountId,
                  long long now);
  // Settles a running row (ok or failed). A row already settled is left alone.
  void finish(long long id, domain::JobOutcome outcome, const std::string& summary, const std::string& error,
              long long now);
  // Every row still 'running' becomes failed with `error` (after a server stopped mid-run).
  int failUnfinished(const std::string& error, long long now);

  std::optional<JobRunRow> find(long long id);
  std::optional<JobRunRow> latest(const std::string& job);
  // The start of the job's latest scheduled (not manual) run.
  std::optional<long long> latestScheduledStart(const std::string& job);

  struct Rows {
    std::vector<JobRunRow> rows;  // newest first
    long long total = 0;
  };
  Rows page(const std::string& job, int page, int pageSize);

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend
