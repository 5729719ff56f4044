// 包联方案导入 (系统管理员, notice §21) as the screen holds it: the chosen file, the last job on the
// server (check or apply) with its progress, the page of problems a check found, and whether the
// chosen file's check came back clean (only then may it be applied).
#pragma once

#include <optional>
#include <string>

#include "qinqing/org/assignment_plan.hpp"
#include "qinqing/org/assignment_plan_job.hpp"
#include "app/list_state.hpp"

namespace qinqing::web {

struct ImportPlanState {
  std::string fileName;
  std::string bytes;                            // the file as chosen; uploaded again to apply
  int fileSequence = 0;                         // replies about an earlier file are dropped
  std::optional<domain::ImportJobStatus> job;   // the last job, as the last poll saw it
  std::optional<domain::ImportJobStatus> cleanCheck;  // the chosen file's clean check
  bool uploading = false;                       // a POST in flight
  domain::ImportMode mode = domain::ImportMode::Check;  // of the job uploaded or followed
  std::string error;                            // network or server refusal
  bool confirming = false;                      // the 确认导入 dialog is up
  ListState<domain::PlanProblem> problems;      // the last check's problems, paged by the server
};

}  // namespace qinqing::web
