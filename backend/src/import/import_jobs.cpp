#include "import/import_jobs.hpp"

#include <algorithm>
#include <exception>

#include "import/assignment_importer.hpp"
#include "util/log.hpp"
#include "util/sha256.hpp"

namespace qinqing::backend::import {
namespace {

using domain::ImportMode;
using domain::ImportPhase;

bool containsText(const domain::PlanProblem& p, const std::string& q) {
  return p.column.find(q) != std::string::npos || p.message.find(q) != std::string::npos;
}

}  // namespace

ImportJobs::ImportJobs(db::Database& database, Clock clock, std::function<void()> onSmsEnqueued, Options options)
    : m_db(database),
      m_clock(std::move(clock)),
      m_onSmsEnqueued(std::move(onSmsEnqueued)),
      m_options(options),
      m_worker([this] { work(); }) {}

ImportJobs::~ImportJobs() {
  {
    std::lock_guard lock(m_mutex);
    m_stopping = true;
  }
  m_workQueued.notify_all();
  m_changed.notify_all();
  m_worker.join();
}

const std::vector<std::string>& ImportJobs::problemSortKeys() {
  static const std::vector<std::string> keys = {"row", "column"};
  return keys;
}

domain::Result<domain::ImportJobStatus> ImportJobs::submit(ImportMode mode, std::string fileName, std::string bytes,
                                                           audit::AuditActor actor) {
  if (bytes.empty()) return domain::DomainError::invalid({{"file", "文件是空的，请选择填写好的包联方案文件"}});
  const std::string sha = sha256Hex(bytes);
  const long long now = toUnixSeconds(m_clock());
  std::lock_guard lock(m_mutex);
  if (mode == ImportMode::Apply) {
    auto clean = m_cleanChecks.find(sha);
    if (clean == m_cleanChecks.end() || now - clean->second > m_options.cleanCheckValidFor.count()) {
      return domain::DomainError::of(domain::ErrorCode::Conflict,
                                     "请先检查这个文件：检查没有发现问题后才能导入（文件改动过也需要重新检查）");
    }
  }
  if (m_queue.size() >= m_options.maxWaiting) {
    return domain::DomainError::of(domain::ErrorCode::TooManyRequests, "已有多个导入在排队，请稍后再试");
  }
  Job job;
  job.status.id = m_nextId++;
  job.status.mode = mode;
  job.status.fileName = fileName.empty() ? "未命名文件" : std::move(fileName);
  job.status.sha256 = sha;
  job.status.version = 1;
  job.bytes = std::move(bytes);
  job.actor = std::move(actor);
  const auto status = job.status;
  m_jobs.emplace(status.id, std::move(job));
  m_queue.push_back(status.id);
  m_workQueued.notify_one();
  return status;
}

std::optional<domain::ImportJobStatus> ImportJobs::status(long long id, std::optional<long long> afterVersion,
                                                          std::chrono::milliseconds wait) {
  std::unique_lock lock(m_mutex);
  auto moved = [&] {
    auto it = m_jobs.find(id);
    return m_stopping || it == m_jobs.end() || !afterVersion || it->second.status.version > *afterVersion ||
           domain::importFinished(it->second.status);
  };
  if (wait.count() > 0) m_changed.wait_for(lock, wait, moved);
  auto it = m_jobs.find(id);
  if (it == m_jobs.end()) return std::nullopt;
  return it->second.status;
}

std::optional<domain::Page<domain::PlanProblem>> ImportJobs::problems(long long id, domain::PageRequest request) {
  request = domain::normalizePageRequest(std::move(request), problemSortKeys());
  std::vector<domain::PlanProblem> rows;
  {
    std::lock_guard lock(m_mutex);
    auto it = m_jobs.find(id);
    if (it == m_jobs.end()) return std::nullopt;
    for (const auto& p : it->second.problems) {
      if (request.query.empty() || containsText(p, request.query)) rows.push_back(p);
    }
  }
  // Problems are kept in row order already; a column sort groups them, rows ascending within.
  if (request.sort == "column") {
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.column < b.column; });
  }
  if (request.descending) std::reverse(rows.begin(), rows.end());
  domain::Page<domain::PlanProblem> page;
  page.total = static_cast<long long>(rows.size());
  page.pageSize = request.pageSize;
  page.page = std::min(request.page, domain::pageCount(page.total, request.pageSize));
  request.page = page.page;
  const auto begin = std::min<std::size_t>(rows.size(), static_cast<std::size_t>(domain::pageOffset(request)));
  const auto end = std::min<std::size_t>(rows.size(), begin + static_cast<std::size_t>(request.pageSize));
  page.items.assign(rows.begin() + static_cast<std::ptrdiff_t>(begin), rows.begin() + static_cast<std::ptrdiff_t>(end));
  return page;
}

void ImportJobs::update(long long id, const std::function<void(Job&)>& change) {
  {
    std::lock_guard lock(m_mutex);
    auto it = m_jobs.find(id);
    if (it == m_jobs.end()) return;
    change(it->second);
    ++it->second.status.version;
    // In the same step that publishes the end: a poller that sees this job finished also sees
    // the older ones gone.
    if (domain::importFinished(it->second.status)) forgetOldJobs(id);
  }
  m_changed.notify_all();
}

void ImportJobs::work() {
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

void ImportJobs::runJob(long long id) {
  std::string bytes;
  domain::ImportJobStatus job;
  audit::AuditActor actor;
  update(id, [&](Job& j) {
    bytes = std::move(j.bytes);
    j.bytes.clear();
    j.status.phase = ImportPhase::Reading;
    job = j.status;
    actor = j.actor;
  });
  auto progress = [this, id](ImportPhase phase, long long done, long long total) {
    update(id, [&](Job& j) {
      j.status.phase = phase;
      j.status.rowsDone = done;
      j.status.rowsTotal = total;
    });
  };
  try {
    AssignmentImporter importer(m_db, m_clock, m_onSmsEnqueued);
    ImportOutcome outcome = job.mode == ImportMode::Apply ? importer.apply(bytes, job.fileName, actor, progress)
                                                          : importer.check(bytes, progress);
    const long long now = toUnixSeconds(m_clock());
    update(id, [&](Job& j) {
      j.status.phase = ImportPhase::Done;
      j.status.summary = outcome.plan.summary;
      j.status.applied = outcome.applied;
      j.problems = std::move(outcome.plan.problems);
      const int problems = outcome.plan.summary.problems;
      if (outcome.applied) {
        j.status.message = "导入完成。" + domain::describePlanSummary(outcome.plan.summary);
        m_cleanChecks.erase(outcome.sha256);
      } else if (problems > 0) {
        j.status.message = "文件有 " + std::to_string(problems) + " 处问题，" +
                           (job.mode == ImportMode::Apply ? "未导入任何数据。请修改后重新检查。" : "请修改后重新选择文件检查。");
      } else {
        j.status.message = "没有发现问题。" + domain::describePlanSummary(outcome.plan.summary);
        m_cleanChecks[outcome.sha256] = now;
      }
    });
  } catch (const std::exception& e) {
    logError("包联方案导入失败 / assignment plan import failed: " + std::string(e.what()));
    update(id, [](Job& j) {
      j.status.phase = ImportPhase::Failed;
      j.status.message = "导入失败：服务器内部错误，未写入任何数据，请稍后再试";
    });
  }
}

void ImportJobs::forgetOldJobs(long long keepId) {
  std::size_t finished = 0;
  for (const auto& [id, job] : m_jobs) finished += domain::importFinished(job.status);
  for (auto it = m_jobs.begin(); it != m_jobs.end() && finished > m_options.keepFinished;) {
    if (it->first != keepId && domain::importFinished(it->second.status)) {
      it = m_jobs.erase(it);
      --finished;
    } else {
      ++it;
    }
  }
}

}  // namespace qinqing::backend::import
