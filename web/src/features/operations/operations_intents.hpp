// The intents of 短信日志 and 定时任务 (系统管理员), performed by sms_actions.cpp and job_actions.cpp.
#pragma once

#include "app/type_list.hpp"
#include <string>

namespace qinqing::web {

struct AppState;

// 短信日志 and 定时任务 (系统管理员)
struct LoadSmsLog {};
struct LoadSmsUsage {};
struct LoadJobs {};
struct SelectJob {
  std::string name;
};
struct LoadJobRuns {};
struct RunJob {
  std::string name;
};

void perform(AppState& state, const LoadSmsLog& intent);
void perform(AppState& state, const LoadSmsUsage& intent);
void perform(AppState& state, const LoadJobs& intent);
void perform(AppState& state, const SelectJob& intent);
void perform(AppState& state, const LoadJobRuns& intent);
void perform(AppState& state, const RunJob& intent);

using OperationsIntents = TypeList<LoadSmsLog, LoadSmsUsage, LoadJobs, SelectJob, LoadJobRuns, RunJob>;

}  // namespace qinqing::web
