// The audit feature (操作日志) as the feature list sees it: its part of AppState,
// its intents in the Action variant, and the function that adds its screens to the registry.
#pragma once

#include "features/audit/audit_intents.hpp"
#include "features/audit/audit_state.hpp"

namespace qinqing::web {

class ScreenRegistry;

void registerAudit(ScreenRegistry& registry);  // register_audit.cpp

struct AuditFeature {
  struct State {
    AuditLogState audit;
  };
  using Intents = AuditIntents;
  static void registerScreens(ScreenRegistry& registry) { registerAudit(registry); }
};

}  // namespace qinqing::web
