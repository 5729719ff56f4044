#include "qinqing/wire/import_json.hpp"

#include <utility>

#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/json_fields.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

namespace {


// The summary's counts, in one table for both directions.
constexpr std::pair<const char*, int d::PlanSummary::*> kCounts[] = {
    {"rows", &d::PlanSummary::rows},
    {"problems", &d::PlanSummary::problems},
    {"problem_rows", &d::PlanSummary::problemRows},
    {"cadres_created", &d::PlanSummary::cadresCreated},
    {"cadres_updated", &d::PlanSummary::cadresUpdated},
    {"enterprises_created", &d::PlanSummary::enterprisesCreated},
    {"enterprises_updated", &d::PlanSummary::enterprisesUpdated},
    {"assigned", &d::PlanSummary::assigned},
    {"reassigned", &d::PlanSummary::reassigned},
    {"unchanged", &d::PlanSummary::unchanged},
    {"accounts_created", &d::PlanSummary::accountsCreated},
    {"sms_notices", &d::PlanSummary::smsNotices},
};

}  // namespace

json planProblemToJson(const d::PlanProblem& problem) {
  return {{"row", problem.row}, {"column", problem.column}, {"message", problem.message}};
}

d::Result<d::PlanProblem> planProblemFromJson(const json& j) {
  auto row = getInt(j, "row");
  auto message = getString(j, "message");
  if (!row || !message) return badShape("导入问题");
  return d::PlanProblem{static_cast<int>(*row), getString(j, "column").value_or(""), *message};
}

json planSummaryToJson(const d::PlanSummary& summary) {
  json j = json::object();
  for (const auto& [key, member] : kCounts) j[key] = summary.*member;
  return j;
}

d::Result<d::PlanSummary> planSummaryFromJson(const json& j) {
  if (!j.is_object()) return badShape("导入汇总");
  d::PlanSummary summary;
  for (const auto& [key, member] : kCounts) summary.*member = static_cast<int>(getInt(j, key).value_or(0));
  return summary;
}

json importJobToJson(const d::ImportJobStatus& job) {
  return {{"id", job.id},
          {"mode", d::importModeKey(job.mode)},
          {"file_name", job.fileName},
          {"sha256", job.sha256},
          {"phase", d::importPhaseKey(job.phase)},
          {"rows_done", job.rowsDone},
          {"rows_total", job.rowsTotal},
          {"version", job.version},
          {"summary", planSummaryToJson(job.summary)},
          {"applied", job.applied},
          {"message", job.message}};
}

d::Result<d::ImportJobStatus> importJobFromJson(const json& j) {
  auto id = getInt(j, "id");
  auto mode = d::importModeFromKey(getString(j, "mode").value_or(""));
  auto phase = d::importPhaseFromKey(getString(j, "phase").value_or(""));
  if (!id || !mode || !phase) return badShape("导入任务");
  d::ImportJobStatus job;
  job.id = *id;
  job.mode = *mode;
  job.phase = *phase;
  job.fileName = getString(j, "file_name").value_or("");
  job.sha256 = getString(j, "sha256").value_or("");
  job.rowsDone = getInt(j, "rows_done").value_or(0);
  job.rowsTotal = getInt(j, "rows_total").value_or(0);
  job.version = getInt(j, "version").value_or(0);
  if (auto it = j.find("summary"); it != j.end()) {
    auto summary = planSummaryFromJson(*it);
    if (!summary) return summary.error();
    job.summary = summary.value();
  }
  job.applied = getBool(j, "applied").value_or(false);
  job.message = getString(j, "message").value_or("");
  return job;
}

}  // namespace qinqing::wire
