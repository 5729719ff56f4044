// 个人信息 and 重置密码, and the first login's dialog over everything.
#include "app/screen_registry.hpp"
#include "features/profile/profile_actions.hpp"
#include "features/profile/profile_screens.hpp"

namespace qinqing::web {

void registerProfile(ScreenRegistry& registry) {
  registry.add({"profile.info", [](AppState& state, std::string_view) { perform(state, LoadProfile{}); },
                drawProfileScreen});
  registry.add({"profile.password", [](AppState& state, std::string_view) { state.password = PasswordForm{}; },
                drawPasswordScreen});
  registry.addOverlay(drawFirstLoginDialog);
}

}  // namespace qinqing::web
