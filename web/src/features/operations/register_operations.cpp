// 短信日志 and 定时任务.
#include "app/screen_registry.hpp"
#include "features/operations/job_actions.hpp"
#include "features/operations/operations_screens.hpp"
#include "features/operations/sms_actions.hpp"

namespace qinqing::web {

void registerOperations(ScreenRegistry& registry) {
  registry.add({"admin.sms_log", [](AppState& state, std::string_view) {
                  loadSmsLog(state);
                  loadSmsUsage(state);
                }, drawSmsLogScreen});
  registry.add({"admin.jobs", [](AppState& state, std::string_view) { loadJobs(state); }, drawJobsScreen});
}

}  // namespace qinqing::web
