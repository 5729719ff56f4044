// ExportJobs: long exports (诉求办理明细) as jobs on the server, never in the request (issue 12).
// A job is queued and answered at once; one worker thread writes the jobs' files in turn under
// DATA/exports/jobs, publishing rows done of rows in all, which the client follows by long polling
// (status with afterVersion) and then downloads. A job belongs to the account that started it:
// to anyone else it does not exist. Jobs live in memory; the last few finished ones and their
// files are kept, older ones are forgotten and their files removed, and a restart starts clean.
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "qinqing/core/result.hpp"
#include "qinqing/report/export_job.hpp"

namespace qinqing::backend::report {

class ExportJobs {
public:
  struct Options {
    std::size_t keepFinished = 20;       // finished jobs (and files) kept, of every account
    std::size_t maxWaitingPerAccount = 2;  // queued or running jobs of one account
  };
  // rowsDone, rowsTotal: called by the work as it goes.
  using Progress = std::function<void(long long rowsDone, long long rowsTotal)>;
  // Writes the whole file at `file`; throws to fail the job (its what() is logged, not shown).
  using Work = std::function<void(const std::filesystem::path& file, const Progress& progress)>;

  ExportJobs(std::filesystem::path directory, Options options);
  explicit ExportJobs(std::filesystem::path directory) : ExportJobs(std::move(directory), Options{}) {}
  // Stops the worker after the job in hand.
  ~ExportJobs();
  ExportJobs(const ExportJobs&) = delete;
  ExportJobs& operator=(const ExportJobs&) = delete;

  // Queues work for the account. Errors: TooManyRequests when the account has maxWaitingPerAccount
  // jobs not finished yet.
  domain::Result<domain::ExportJobStatus> submit(long long accountId, std::string fileName, Work work);

  // The account's job now; nullopt when unknown, forgotten or another account's. With afterVersion,
  // first waits up to `wait` for a version beyond it (or the end of the job).
  std::optional<domain::ExportJobStatus> status(long long accountId, long long id,
                                                std::optional<long long> afterVersion = std::nullopt,
                                                std::chrono::milliseconds wait = std::chrono::milliseconds(0));

  // The finished file of the account's job; nullopt unless it is Done.
  std::optional<std::pair<domain::ExportJobStatus, std::filesystem::path>> file(long long accountId, long long id);

private:
  struct Job {
    long long accountId = 0;
    domain::ExportJobStatus status;
    Work work;
    std::filesystem::path file;
  };

  void workLoop();
  void runJob(long long id);
  void update(long long id, const std::function<void(Job&)>& change);
  void forgetOldJobs(long long keepId);  // under the lock

  std::filesystem::path m_directory;
  Options m_options;
  std::mutex m_mutex;
  std::condition_variable m_workQueued;
  std::condition_variable m_changed;
  std::map<long long, Job> m_jobs;
  std::deque<long long> m_queue;
  long long m_nextId = 1;
  bool m_stopping = false;
  std::thread m_worker;  // last: starts once everything above exists
};

}  // namespace qinqing::backend::report
