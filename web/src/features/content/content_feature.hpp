// The content feature (公告栏, 政策指南 and 简报) as the feature list sees it: its part of AppState,
// its intents in the Action variant, and the function that adds its screens to the registry.
#pragma once

#include "features/content/content_intents.hpp"
#include "features/content/content_state.hpp"

namespace qinqing::web {

class ScreenRegistry;

void registerContent(ScreenRegistry& registry);  // register_content.cpp

struct ContentFeature {
  struct State {
    ContentState content;  // 公告栏, 政策指南, 简报 and their publishing screens
  };
  using Intents = ContentIntents;
  static void registerScreens(ScreenRegistry& registry) { registerContent(registry); }
};

}  // namespace qinqing::web
