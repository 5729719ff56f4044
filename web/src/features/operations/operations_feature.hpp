// The operations feature (短信日志 and 定时任务) as the feature list sees it: its part of AppState,
// its intents in the Action variant, and the function that adds its screens to the registry.
#pragma once

#include "features/operations/operations_intents.hpp"
#include "features/operations/operations_state.hpp"

namespace qinqing::web {

class ScreenRegistry;

void registerOperations(ScreenRegistry& registry);  // register_operations.cpp

struct OperationsFeature {
  struct State {
    SmsLogState smsLog;  // 短信日志
    SmsUsageState smsUsage;  // 短信日志 → 用量统计
    JobsState jobs;  // 定时任务
  };
  using Intents = OperationsIntents;
  static void registerScreens(ScreenRegistry& registry) { registerOperations(registry); }
};

}  // namespace qinqing::web
