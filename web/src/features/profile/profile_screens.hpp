// The signed-in account's screens (profile feature). Each draws from AppState and dispatches Actions, never calling the network.
#pragma once

#include <string>
#include <string_view>

#include "app/dispatch.hpp"

namespace qinqing::web {

void drawProfileScreen(AppState& state, Dispatch& dispatch);
void drawPasswordScreen(AppState& state, Dispatch& dispatch);
// The password form alone (the screen and the first-login dialog both use it).
void drawPasswordForm(AppState& state, Dispatch& dispatch);
// Mobile number + SMS code + 绑定 (first login, and 更换手机号 in 个人信息).
void drawMobileBinding(AppState& state, Dispatch& dispatch, const std::string& probePrefix);
// A modal over everything while the account must bind a mobile or replace its password.
void drawFirstLoginDialog(AppState& state, Dispatch& dispatch);

}  // namespace qinqing::web
