// Wire form of the assignment-plan import (qinqing/org/assignment_plan.hpp, assignment_plan_job.hpp).
// Keys are snake_case.
//   problem:  {"row": 12, "column": "统一社会信用代码", "message": "…"}   (row 0: the file as a whole)
//   summary:  {"rows", "problems", "problem_rows", "cadres_created", "cadres_updated",
//              "enterprises_created", "enterprises_updated", "assigned", "reassigned", "unchanged",
//              "accounts_created", "sms_notices"}
//   job:      {"id", "mode": "check"|"apply", "file_name", "sha256", "phase": "queued"|"reading"|
//              "checking"|"writing"|"done"|"failed", "rows_done", "rows_total", "version", "summary",
//              "applied", "message"}
// Problems travel as pages (pageToJson(planProblemToJson)) of GET /api/import/jobs/{id}/problems.
#pragma once

#include <nlohmann/json.hpp>

#include "qinqing/core/result.hpp"
#include "qinqing/org/assignment_plan.hpp"
#include "qinqing/org/assignment_plan_job.hpp"

namespace qinqing::wire {

nlohmann::json planProblemToJson(const domain::PlanProblem& problem);
// InvalidInput for a row that is not an object with an integer "row" and a string "message".
domain::Result<domain::PlanProblem> planProblemFromJson(const nlohmann::json& j);

nlohmann::json planSummaryToJson(const domain::PlanSummary& summary);
// Missing counts read as 0; anything but an object is InvalidInput.
domain::Result<domain::PlanSummary> planSummaryFromJson(const nlohmann::json& j);

nlohmann::json importJobToJson(const domain::ImportJobStatus& job);
// InvalidInput without an integer "id" or with an unknown mode or phase.
domain::Result<domain::ImportJobStatus> importJobFromJson(const nlohmann::json& j);

}  // namespace qinqing::wire
