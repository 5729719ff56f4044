// What 系统管理员's operations screens show: 短信日志 and 定时任务. Part of AppState (app_state.hpp);
// only sms_actions.cpp and job_actions.cpp change it, in answer to the network.
#pragma once

#include <string>
#include <vector>

#include "qinqing/core/result.hpp"
#include "qinqing/ops/jobs.hpp"
#include "qinqing/ops/sms_log.hpp"
#include "qinqing/org/paging.hpp"
#include "qinqing/wire/sms_usage_json.hpp"

namespace qinqing::web {

// 短信日志: the filter as typed, the filter of the page shown, and the page.
struct SmsLogState {
  domain::PageRequest request{"", "created_at", true};  // newest first
  std::string searchText;  // the table's own search box is not used: the filter bar holds the filters
  int status = 0;          // 0 all, then domain::SmsLogStatus + 1
  int kind = 0;            // 0 all, then domain::SmsLogKind + 1
  std::string from;        // YYYY-MM-DD as typed
  std::string to;
  std::string mobile;      // mobile suffix as typed
  domain::SmsLogFilter applied;  // what the shown page was filtered by
  std::vector<domain::FieldError> filterErrors;
  domain::Page<domain::SmsLogEntry> page;
  bool loading = false;
  std::string error;
  int sequence = 0;
};

// 短信日志 → 用量统计: texts and billing units (70 characters each) per day and number, or per day.
struct SmsUsageState {
  domain::PageRequest request{"", "", false, 1, 20};
  std::string searchText;  // unused: the filter bar holds the filters
  bool perDay = false;     // group=day (one row a day) instead of one row per day and number
  std::string from;        // YYYY-MM-DD as typed; empty: the server's last 30 days
  std::string to;
  std::string mobile;      // mobile suffix as typed
  std::vector<domain::FieldError> filterErrors;
  wire::SmsUsageReport report;
  bool loading = false;
  std::string error;
  int sequence = 0;
};

// 定时任务: the jobs, the run history of the selected one, and 立即运行.
struct JobsState {
  std::vector<domain::JobInfo> jobs;
  bool loading = false;
  std::string error;
  int sequence = 0;
  std::string selected;  // the job whose runs are listed; empty: the first
  domain::PageRequest runsRequest{"", "", false, 1, 10};
  std::string runsSearchText;  // unused: the history has no filter
  domain::Page<domain::JobRun> runs;
  bool runsLoading = false;
  std::string runsError;
  int runsSequence = 0;
  std::string requesting;  // the job whose 立即运行 request is in flight
  std::string message;     // the outcome of the last 立即运行, once it finished
  std::string messageJob;  // the job that message is about
  std::string runError;    // why 立即运行 was refused
  std::vector<std::string> watching;  // jobs started here whose run has not finished yet
  long long lastPolledAt = 0;          // Unix seconds of the last refresh while a run is under way
};

}  // namespace qinqing::web
