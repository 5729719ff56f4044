// 安全管理: 在线会话, 账号锁定, 密码策略, 重置密码.
#include "app/screen_registry.hpp"
#include "features/security/security_actions.hpp"
#include "features/security/security_screens.hpp"

namespace qinqing::web {

void registerSecurity(ScreenRegistry& registry) {
  registry.add({"security.sessions", [](AppState& state, std::string_view) { loadSessions(state); }, drawSessionsScreen});
  registry.add({"security.lockouts", [](AppState& state, std::string_view) { loadLockedAccounts(state); },
                drawLockedAccountsScreen});
  registry.add({"security.policy", nullptr, drawPasswordPolicyScreen});
  registry.add({"security.accounts", [](AppState& state, std::string_view) { openResetAccounts(state); },
                drawTemporaryPasswordScreen});
}

}  // namespace qinqing::web
