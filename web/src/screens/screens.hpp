// One function per screen; each draws from AppState and dispatches Actions, never calling the network.
#pragma once

#include "actions.hpp"
#include "app_state.hpp"

namespace qinqing::web {

void drawLoginScreen(AppState& state, Dispatch& dispatch);
// The signed-in frame: top bar, the role's menu, and the active screen in the content area.
void drawAppShell(AppState& state, Dispatch& dispatch);
void drawProfileScreen(AppState& state, Dispatch& dispatch);
void drawCalendarScreen(AppState& state, Dispatch& dispatch);
void drawEnterpriseListScreen(AppState& state, Dispatch& dispatch);
void drawCadreListScreen(AppState& state, Dispatch& dispatch);
void drawCompanyInfoScreen(AppState& state, Dispatch& dispatch);
void drawPasswordScreen(AppState& state, Dispatch& dispatch);
// The password form alone (the screen and the first-login dialog both use it).
void drawPasswordForm(AppState& state, Dispatch& dispatch);
// Mobile number + SMS code + 绑定 (first login, and 更换手机号 in 个人信息).
void drawMobileBinding(AppState& state, Dispatch& dispatch, const std::string& probePrefix);
// A modal over everything while the account must bind a mobile or replace its password.
void drawFirstLoginDialog(AppState& state, Dispatch& dispatch);
void drawAuditLogScreen(AppState& state, Dispatch& dispatch);
void drawSessionsScreen(AppState& state, Dispatch& dispatch);
void drawLockedAccountsScreen(AppState& state, Dispatch& dispatch);
void drawPasswordPolicyScreen(AppState& state, Dispatch& dispatch);
// The open enterprise record (view or edit form), shared by the lists and 企业信息.
void drawEnterpriseDetail(AppState& state, Dispatch& dispatch);

// The menu keys whose screens exist in this version; the rest of a role's menu is shown disabled.
bool screenAvailable(std::string_view menuKey);

}  // namespace qinqing::web
