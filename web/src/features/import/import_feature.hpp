// The import feature (包联方案导入) as the feature list sees it: its part of AppState,
// its intents in the Action variant, and the function that adds its screens to the registry.
#pragma once

#include "features/import/import_intents.hpp"
#include "features/import/import_state.hpp"

namespace qinqing::web {

class ScreenRegistry;

void registerImport(ScreenRegistry& registry);  // register_import.cpp

struct ImportFeature {
  struct State {
    ImportPlanState importPlan;  // 包联方案导入
  };
  using Intents = ImportIntents;
  static void registerScreens(ScreenRegistry& registry) { registerImport(registry); }
};

}  // namespace qinqing::web
