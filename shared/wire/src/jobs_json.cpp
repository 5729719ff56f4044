#include "qinqing/wire/jobs_json.hpp"

#include "qinqing/wire/error_json.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

namespace {

d::DomainError badJob() { return d::DomainError::of(d::ErrorCode::InvalidInput, "数据格式有误：定时任务"); }

const json* arrayField(const json& j, const char* key) {
  if (!j.is_object()) return nullptr;
  auto it = j.find(key);
  return it != j.end() && it->is_array() ? &*it : nullptr;
}

}  // namespace

json jobRunToJson(const d::JobRun& r) {
  return {{"id", r.id},
          {"job", r.job},
          {"trigger", d::jobTriggerKey(r.trigger)},
          {"triggered_by", r.triggeredBy},
          {"started_at", r.startedAt},
          {"finished_at", r.finishedAt},
          {"outcome", d::jobOutcomeKey(r.outcome)},
          {"summary", r.summary},
          {"error", r.error}};
}

d::Result<d::JobRun> jobRunFromJson(const json& j) {
  auto id = getInt(j, "id");
  auto trigger = d::jobTriggerFromKey(getString(j, "trigger").value_or(""));
  auto outcome = d::jobOutcomeFromKey(getString(j, "outcome").value_or(""));
  if (!id || !trigger || !outcome) return badJob();
  d::JobRun r;
  r.id = *id;
  r.job = getString(j, "job").value_or("");
  r.trigger = *trigger;
  r.triggeredBy = getString(j, "triggered_by").value_or("");
  r.startedAt = getString(j, "started_at").value_or("");
  r.finishedAt = getString(j, "finished_at").value_or("");
  r.outcome = *outcome;
  r.summary = getString(j, "summary").value_or("");
  r.error = getString(j, "error").value_or("");
  return r;
}

json jobInfoToJson(const d::JobInfo& job) {
  return {{"name", job.name},
          {"label", job.label},
          {"description", job.description},
          {"schedule", job.schedule},
          {"next_run_at", job.nextRunAt},
          {"running", job.running},
          {"queued", job.queued},
          {"last_run", job.lastRun ? jobRunToJson(*job.lastRun) : json(nullptr)}};
}

d::Result<d::JobInfo> jobInfoFromJson(const json& j) {
  auto name = getString(j, "name");
  if (!name) return badJob();
  d::JobInfo job;
  job.name = *name;
  job.label = getString(j, "label").value_or("");
  job.description = getString(j, "description").value_or("");
  job.schedule = getString(j, "schedule").value_or("");
  job.nextRunAt = getString(j, "next_run_at").value_or("");
  job.running = getBool(j, "running").value_or(false);
  job.queued = getBool(j, "queued").value_or(false);
  if (auto it = j.find("last_run"); it != j.end() && !it->is_null()) {
    auto run = jobRunFromJson(*it);
    if (!run) return run.error();
    job.lastRun = std::move(run).value();
  }
  return job;
}

json jobListToJson(const std::vector<d::JobInfo>& jobs) {
  json items = json::array();
  for (const auto& job : jobs) items.push_back(jobInfoToJson(job));
  return {{"jobs", items}};
}

d::Result<std::vector<d::JobInfo>> jobListFromJson(const json& j) {
  const json* items = arrayField(j, "jobs");
  if (!items) return badJob();
  std::vector<d::JobInfo> jobs;
  for (const auto& item : *items) {
    auto job = jobInfoFromJson(item);
    if (!job) return job.error();
    jobs.push_back(std::move(job).value());
  }
  return jobs;
}

json jobRunPageToJson(const d::Page<d::JobRun>& page) {
  json runs = json::array();
  for (const auto& r : page.items) runs.push_back(jobRunToJson(r));
  return {{"page", page.page}, {"page_size", page.pageSize}, {"total", page.total}, {"runs", runs}};
}

d::Result<d::Page<d::JobRun>> jobRunPageFromJson(const json& j) {
  const json* runs = arrayField(j, "runs");
  if (!runs) return badJob();
  d::Page<d::JobRun> page;
  page.page = static_cast<int>(getInt(j, "page").value_or(1));
  page.pageSize = static_cast<int>(getInt(j, "page_size").value_or(d::kDefaultPageSize));
  page.total = getInt(j, "total").value_or(0);
  for (const auto& item : *runs) {
    auto run = jobRunFromJson(item);
    if (!run) return run.error();
    page.items.push_back(std::move(run).value());
  }
  return page;
}

json jobQueuedToJson(const d::JobInfo& job) { return {{"job", jobInfoToJson(job)}}; }

d::Result<d::JobInfo> jobQueuedFromJson(const json& j) {
  if (!j.is_object() || !j.contains("job")) return badJob();
  return jobInfoFromJson(j["job"]);
}

}  // namespace qinqing::wire
