#include "features/operations/job_actions.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "qinqing/wire/jobs_json.hpp"
#include "app/request.hpp"

namespace qinqing::web {
namespace {

const domain::JobInfo* findJob(const JobsState& j, const std::string& name) {
  for (const auto& job : j.jobs) {
    if (job.name == name) return &job;
  }
  return nullptr;
}

// A watched run that is over: say how it went, once.
void noticeFinishedRuns(AppState& state) {
  JobsState& j = state.jobs;
  for (auto it = j.watching.begin(); it != j.watching.end();) {
    const domain::JobInfo* job = findJob(j, *it);
    const bool over = !job || (!job->queued && !job->running && job->lastRun &&
                               job->lastRun->outcome != domain::JobOutcome::Running);
    if (!over) {
      ++it;
      continue;
    }
    if (job) {
      const auto& run = *job->lastRun;
      j.messageJob = job->name;
      j.message = run.outcome == domain::JobOutcome::Ok ? job->label + " 运行完成：" + run.summary
                                                        : job->label + " 运行失败：" + run.error;
      if (j.selected == job->name) loadJobRuns(state);
    }
    it = j.watching.erase(it);
  }
}

}  // namespace

bool jobsNeedPolling(const JobsState& j) {
  if (!j.watching.empty() || !j.requesting.empty()) return true;
  return std::any_of(j.jobs.begin(), j.jobs.end(), [](const domain::JobInfo& job) { return job.queued || job.running; });
}

void loadJobs(AppState& state) {
  JobsState& j = state.jobs;
  j.loading = true;
  j.error.clear();
  j.lastPolledAt = state.now.unixSeconds();
  const int seq = ++j.sequence;
  sendSignedIn(state, "GET", api::path<api::jobs::list>(), "", ReplyGuard{{&state.jobs.loading}, [&state, seq] { return seq == state.jobs.sequence; }}, [&state](const HttpReply& reply) {
    JobsState& js = state.jobs;
    if (reply.status != 200) {
      js.error = "定时任务加载失败：" + replyError(reply).message;
      return;
    }
    auto jobs = wire::jobListFromJson(nlohmann::json::parse(reply.body, nullptr, false));
    if (!jobs) {
      js.error = jobs.error().message;
      return;
    }
    js.jobs = std::move(jobs).value();
    if ((js.selected.empty() || !findJob(js, js.selected)) && !js.jobs.empty()) {
      selectJob(state, js.jobs.front().name);
    }
    noticeFinishedRuns(state);
  });
}

void selectJob(AppState& state, const std::string& name) {
  JobsState& j = state.jobs;
  if (j.selected != name) {
    j.runs = {};
    j.runsRequest.page = 1;
  }
  j.selected = name;
  loadJobRuns(state);
}

void loadJobRuns(AppState& state) {
  JobsState& j = state.jobs;
  if (j.selected.empty()) return;
  j.runsLoading = true;
  j.runsError.clear();
  const int seq = ++j.runsSequence;
  const std::string path = api::path<api::jobs::runs>(j.selected) + "?page=" + std::to_string(j.runsRequest.page) +
                           "&page_size=" + std::to_string(j.runsRequest.pageSize);
  sendSignedIn(state, "GET", path, "", ReplyGuard{{&state.jobs.runsLoading}, [&state, seq] { return seq == state.jobs.runsSequence; }}, [&state](const HttpReply& reply) {
    JobsState& js = state.jobs;
    if (reply.status != 200) {
      js.runsError = "运行记录加载失败：" + replyError(reply).message;
      return;
    }
    auto page = wire::jobRunPageFromJson(nlohmann::json::parse(reply.body, nullptr, false));
    if (!page) {
      js.runsError = page.error().message;
      return;
    }
    js.runs = std::move(page).value();
  });
}

void runJob(AppState& state, const std::string& name) {
  JobsState& j = state.jobs;
  if (!j.requesting.empty()) return;
  j.requesting = name;
  j.runError.clear();
  j.message.clear();
  send(state, "POST", api::path<api::jobs::run>(name), "{}", [&state, name](const HttpReply& reply) {
    JobsState& js = state.jobs;
    js.requesting.clear();
    if (!passGuard(state, ReplyGuard{}, reply)) return;
    if (reply.status != 202) {
      js.runError = "无法立即运行：" + replyError(reply).message;
      js.messageJob = name;
      loadJobs(state);  // it may be running already: show it
      return;
    }
    auto job = wire::jobQueuedFromJson(nlohmann::json::parse(reply.body, nullptr, false));
    if (job) {
      for (auto& known : js.jobs) {
        if (known.name == name) known = job.value();
      }
    }
    js.watching.push_back(name);
    if (js.selected == name) loadJobRuns(state);
    loadJobs(state);
  });
}

}  // namespace qinqing::web
