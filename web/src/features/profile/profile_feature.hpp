// The profile feature (个人信息, 修改密码, the mobile binding and the first-login dialog) as the feature list sees it: its part of AppState,
// its intents in the Action variant, and the function that adds its screens to the registry.
#pragma once

#include "features/profile/profile_intents.hpp"
#include "features/profile/profile_state.hpp"

namespace qinqing::web {

class ScreenRegistry;

void registerProfile(ScreenRegistry& registry);  // register_profile.cpp

struct ProfileFeature {
  struct State {
    ProfileState profile;
    PasswordForm password;
    MobileForm mobile;
  };
  using Intents = ProfileIntents;
  static void registerScreens(ScreenRegistry& registry) { registerProfile(registry); }
};

}  // namespace qinqing::web
