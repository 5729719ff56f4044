// 安全管理员's screens (security feature). Each draws from AppState and dispatches Actions, never calling the network.
#pragma once

#include <string>
#include <string_view>

#include "app/dispatch.hpp"

namespace qinqing::web {

void drawSessionsScreen(AppState& state, Dispatch& dispatch);
void drawLockedAccountsScreen(AppState& state, Dispatch& dispatch);
void drawPasswordPolicyScreen(AppState& state, Dispatch& dispatch);
void drawTemporaryPasswordScreen(AppState& state, Dispatch& dispatch);    // 安全管理—重置密码
// The login page's 忘记密码 card.
void drawPasswordResetPanel(AppState& state, Dispatch& dispatch, float width);

}  // namespace qinqing::web
