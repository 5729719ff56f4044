// 定时任务 (系统管理员): the jobs, a job's run history, and 立即运行 with its progress (the screen
// refreshes the list about once a second while a run started here is under way).
#pragma once

#include "app/dispatch.hpp"

namespace qinqing::web {

void loadJobs(AppState& state);
void selectJob(AppState& state, const std::string& name);
void loadJobRuns(AppState& state);
void runJob(AppState& state, const std::string& name);

// True while the list should be refreshed: a run is queued or under way, or one started here has
// not been seen to finish.
bool jobsNeedPolling(const JobsState& jobs);

}  // namespace qinqing::web
