// The security feature (在线会话, 锁定账号 and 临时密码) as the feature list sees it: its part of AppState,
// its intents in the Action variant, and the function that adds its screens to the registry.
#pragma once

#include "features/security/security_intents.hpp"
#include "features/security/security_state.hpp"

namespace qinqing::web {

class ScreenRegistry;

void registerSecurity(ScreenRegistry& registry);  // register_security.cpp

struct SecurityFeature {
  struct State {
    SecurityState security;
  };
  using Intents = SecurityIntents;
  static void registerScreens(ScreenRegistry& registry) { registerSecurity(registry); }
};

}  // namespace qinqing::web
