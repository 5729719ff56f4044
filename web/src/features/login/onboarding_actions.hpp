// The login page's 激活账号 / 忘记密码 / 企业入驻申请 / 查询申请进度 and the 企业入驻申请 review screen: requests
// built with the shared wire mapping, forms checked first with the shared rules the server applies.
#pragma once

#include "app/app_state.hpp"

namespace qinqing::web {

void openLoginPanel(AppState& state, LoginPanel panel);
void requestActivationCode(AppState& state);
void submitActivation(AppState& state);
// 忘记密码: the account named as at login, a code to its bound mobile, a new password.
void requestPasswordResetCode(AppState& state);
void submitPasswordReset(AppState& state);
void loadApplicationChoices(AppState& state);
void submitApplication(AppState& state);
void lookupApplication(AppState& state);
void reapplyApplication(AppState& state);
void activateApprovedApplication(AppState& state);
}  // namespace qinqing::web
