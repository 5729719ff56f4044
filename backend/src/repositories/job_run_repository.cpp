#include "repositories/job_run_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include "db/sql_helpers.hpp"

namespace qinqing::backend {
namespace {

constexpr const char* kJobRunSelect =
    "SELECT r.id, r.job, r.trigger_kind, r.triggered_by, coalesce(a.login_name, ''), r.started_at, r.finished_at, "
    "r.outcome, r.summary, r.error FROM job_runs r LEFT JOIN accounts a ON a.id = r.triggered_by ";

JobRunRow readJobRunRow(SQLite::Statement& stmt) {
  JobRunRow r;
  r.id = stmt.getColumn(0).getInt64();
  r.job = stmt.getColumn(1).getString();
  r.trigger = domain::jobTriggerFromKey(stmt.getColumn(2).getString()).value_or(domain::JobTrigger::Schedule);
  r.triggeredBy = db::optionalInt(stmt.getColumn(3));
  r.triggeredByName = stmt.getColumn(4).getString();
  r.startedAt = stmt.getColumn(5).getInt64();
  r.finishedAt = db::optionalInt(stmt.getColumn(6));
  r.outcome = domain::jobOutcomeFromKey(stmt.getColumn(7).getString()).value_or(domain::JobOutcome::Failed);
  r.summary = stmt.getColumn(8).getString();
  r.error = stmt.getColumn(9).getString();
  return r;
}

std::optional<JobRunRow> first(SQLite::Statement& stmt) {
  if (!stmt.executeStep()) return std::nullopt;
  return readJobRunRow(stmt);
}

}  // namespace

long long JobRunRepository::start(const std::string& job, domain::JobTrigger trigger,
                                  std::optional<long long> accountId, long long now) {
  SQLite::Statement stmt(m_db, "INSERT INTO job_runs (job, trigger_kind, triggered_by, started_at) VALUES (?, ?, ?, ?)");
  stmt.bind(1, job);
  stmt.bind(2, std::string(domain::jobTriggerKey(trigger)));
  db::bindOptional(stmt, 3, trigger == domain::JobTrigger::Manual ? accountId : std::nullopt);
  stmt.bind(4, static_cast<int64_t>(now));
  return db::insertAndGetId(stmt, m_db);
}

void JobRunRepository::finish(long long id, domain::JobOutcome outcome, const std::string& summary,
                              const std::string& error, long long now) {
  SQLite::Statement stmt(m_db,
                         "UPDATE job_runs SET outcome = ?, summary = ?, error = ?, finished_at = ? "
                         "WHERE id = ? AND outcome = 'running'");
  stmt.bind(1, std::string(domain::jobOutcomeKey(outcome)));
  stmt.bind(2, summary);
  stmt.bind(3, error);
  stmt.bind(4, static_cast<int64_t>(now));
  stmt.bind(5, static_cast<int64_t>(id));
  stmt.exec();
}

int JobRunRepository::failUnfinished(const std::string& error, long long now) {
  SQLite::Statement stmt(m_db,
                         "UPDATE job_runs SET outcome = 'failed', error = ?, finished_at = max(started_at, ?) "
                         "WHERE outcome = 'running'");
  stmt.bind(1, error);
  stmt.bind(2, static_cast<int64_t>(now));
  return stmt.exec();
}

std::optional<JobRunRow> JobRunRepository::find(long long id) {
  SQLite::Statement stmt(m_db, std::string(kJobRunSelect) + "WHERE r.id = ?");
  stmt.bind(1, static_cast<int64_t>(id));
  return first(stmt);
}

std::optional<JobRunRow> JobRunRepository::latest(const std::string& job) {
  SQLite::Statement stmt(m_db, std::string(kJobRunSelect) + "WHERE r.job = ? ORDER BY r.id DESC LIMIT 1");
  stmt.bind(1, job);
  return first(stmt);
}

std::optional<long long> JobRunRepository::latestScheduledStart(const std::string& job) {
  SQLite::Statement stmt(m_db, "SELECT max(started_at) FROM job_runs WHERE job = ? AND trigger_kind = 'schedule'");
  stmt.bind(1, job);
  stmt.executeStep();
  return db::optionalInt(stmt.getColumn(0));
}

JobRunRepository::Rows JobRunRepository::page(const std::string& job, int page, int pageSize) {
  Rows out;
  SQLite::Statement count(m_db, "SELECT count(*) FROM job_runs WHERE job = ?");
  count.bind(1, job);
  count.executeStep();
  out.total = count.getColumn(0).getInt64();
  SQLite::Statement stmt(m_db, std::string(kJobRunSelect) + "WHERE r.job = ? ORDER BY r.id DESC LIMIT ? OFFSET ?");
  stmt.bind(1, job);
  stmt.bind(2, pageSize);
  stmt.bind(3, static_cast<int64_t>(page - 1) * pageSize);
  while (stmt.executeStep()) out.rows.push_back(readJobRunRow(stmt));
  return out;
}

}  // namespace qinqing::backend
