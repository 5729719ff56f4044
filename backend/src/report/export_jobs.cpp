#include "report/export_jobs.hpp"

#include <exception>
#include <stdexcept>

#include "util/log.hpp"

namespace qinqing::backend::report {
namespace d = qinqing::domain;

ExportJobs::ExportJobs(std::filesystem::path directory, Options options)
    : m_directory(std::move(directory)), m_options(options), m_worker([this] { workLoop(); }) {
  // Files of an earlier run belong to jobs nobody can reach any more.
  std::error_code ignored;
  std::filesystem::remove_all(m_directory, ignored);
  std::filesystem::create_directories(m_directory, ignored);
}

ExportJobs::~ExportJobs() {
  {
    std::lock_guard lock(m_mutex);
    m_stopping = true;
  }
  m_workQueued.notify_all();
  m_changed.notify_all();
  m_worker.join();
}

d::Result<d::ExportJobStatus> ExportJobs::submit(long long accountId, std::string fileName, Work work) {
  std::lock_guard lock(m_mutex);
  std::size_t open = 0;
  for (const auto& [id, job] : m_jobs)
    if (job.accountId == accountId && !d::exportFinished(job.status)) ++open;
  if (open >= m_options.maxWaitingPerAccount)
    return d::DomainError::of(d::ErrorCode::TooManyRequests, "您已有导出正在进行，请等它完成后再导出");
  Job job;
  job.accountId = accountId;
  job.status.id = m_nextId++;
  job.status.fileName = std::move(fileName);
  job.status.version = 1;
  job.work = std::move(work);
  job.file = m_directory / ("export-" + std::to_string(job.status.id) + ".part");
  const auto status = job.status;
  m_jobs.emplace(status.id, std::move(job));
  m_queue.push_back(status.id);
  m_workQueued.notify_one();
  return status;
}

std::optional<d::ExportJobStatus> ExportJobs::status(long long accountId, long long id,
                                                     std::optional<long long> afterVersion,
                                                     std::chrono::milliseconds wait) {
  std::unique_lock lock(m_mutex);
  const auto mine = [&]() -> Job* {
    auto it = m_jobs.find(id);
    return it == m_jobs.end() || it->second.accountId != accountId ? nullptr : &it->second;
  };
  const auto moved = [&] {
    const Job* job = mine();
    return m_stopping || job == nullptr || !afterVersion || job->status.version > *afterVersion ||
           d::exportFinished(job->status);
  };
  if (wait.count() > 0) m_changed.wait_for(lock, wait, moved);
  const Job* job = mine();
  if (job == nullptr) return std::nullopt;
  return job->status;
}

std::optional<std::pair<d::ExportJobStatus, std::filesystem::path>> ExportJobs::file(long long accountId, long long id) {
  std::lock_guard lock(m_mutex);
  auto it = m_jobs.find(id);
  if (it == m_jobs.end() || it->second.accountId != accountId || it->second.status.phase != d::ExportPhase::Done)
    return std::nullopt;
  return std::make_pair(it->second.status, it->second.file);
}

void ExportJobs::update(long long id, const std::function<void(Job&)>& change) {
  {
    std::lock_guard lock(m_mutex);
    auto it = m_jobs.find(id);
    if (it == m_jobs.end()) return;
    change(it->second);
    ++it->second.status.version;
    if (d::exportFinished(it->second.status)) forgetOldJobs(id);
  }
  m_changed.notify_all();
}

void ExportJobs::forgetOldJobs(long long keepId) {
  std::size_t finished = 0;
  for (const auto& [id, job] : m_jobs)
    if (d::exportFinished(job.status)) ++finished;
  // Oldest first (ids grow), never the one just finished.
  for (auto it = m_jobs.begin(); it != m_jobs.end() && finished > m_options.keepFinished;) {
    if (it->first != keepId && d::exportFinished(it->second.status)) {
      std::error_code ignored;
      std::filesystem::remove(it->second.file, ignored);
      it = m_jobs.erase(it);
      --finished;
    } else {
      ++it;
    }
  }
}

void ExportJobs::workLoop() {
  for (;;) {
    long long id = 0;
    {
      std::unique_lock lock(m_mutex);
      m_workQueued.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
      if (m_stopping) return;
      id = m_queue.front();
      m_queue.pop_front();
    }
    runJob(id);
  }
}

void ExportJobs::runJob(long long id) {
  Work work;
  std::filesystem::path file;
  update(id, [&](Job& j) {
    work = std::move(j.work);
    j.work = nullptr;
    file = j.file;
    j.status.phase = d::ExportPhase::Writing;
  });
  if (!work) return;
  // Progress is published at most every 1 % (and at the end), not for every row.
  long long lastPublished = -1;
  const Progress progress = [&](long long done, long long total) {
    {
      std::lock_guard lock(m_mutex);
      if (m_stopping) throw std::runtime_error("the server is stopping");  // do not hold up a shutdown
    }
    const long long step = std::max<long long>(1, total / 100);
    if (done != total && lastPublished >= 0 && done - lastPublished < step) return;
    lastPublished = done;
    update(id, [&](Job& j) {
      j.status.rowsDone = done;
      j.status.rowsTotal = total;
    });
  };
  try {
    work(file, progress);
    update(id, [&](Job& j) { j.status.phase = d::ExportPhase::Done; });
  } catch (const std::exception& e) {
    logError(std::string("export job ") + std::to_string(id) + " failed: " + e.what());
    std::error_code ignored;
    std::filesystem::remove(file, ignored);
    update(id, [&](Job& j) {
      j.status.phase = d::ExportPhase::Failed;
      j.status.message = "服务器未能写出文件，请稍后重试";
    });
  }
}

}  // namespace qinqing::backend::report
