// The login feature (the login page with its 激活账号, 忘记密码 and 企业入驻申请 panels) as the feature list sees it: its part of AppState,
// its intents in the Action variant, and the function that adds its screens to the registry.
#pragma once

#include "features/login/login_intents.hpp"
#include "features/login/login_state.hpp"

namespace qinqing::web {

class ScreenRegistry;

void registerLogin(ScreenRegistry& registry);  // register_login.cpp

struct LoginFeature {
  struct State {
    LoginForm login;
    LoginOptionsState loginOptions;  // the regions and units the login page offers
    OnboardingState onboarding;  // the login page's 激活账号, 企业入驻申请, 查询申请进度
  };
  using Intents = LoginIntents;
  static void registerScreens(ScreenRegistry& registry) { registerLogin(registry); }
};

}  // namespace qinqing::web
