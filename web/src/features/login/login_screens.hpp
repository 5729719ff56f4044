// The login page's cards (login feature). Each draws from AppState and dispatches Actions, never calling the network.
#pragma once

#include <string>
#include <string_view>

#include "app/dispatch.hpp"
#include "app/form_feedback.hpp"

namespace qinqing::web {

void drawLoginScreen(AppState& state, Dispatch& dispatch);
// The login form's account fields (用户类型, 区域/单位 for cadres, the login name): 激活账号 names the
// account with the same fields. Returns true when Enter was pressed in the name.
bool drawLoginAccountFields(AppState& state, Dispatch& dispatch, float width);
// The login page's other cards (the sign-in card's links open them).
void drawActivationPanel(AppState& state, Dispatch& dispatch, float width);
void drawApplicationFormPanel(AppState& state, Dispatch& dispatch, float width);
void drawApplicationStatusPanel(AppState& state, Dispatch& dispatch, float width);
// The login page's 忘记密码 card.
void drawPasswordResetPanel(AppState& state, Dispatch& dispatch, float width);
// The shared password policy's verdict on what is typed so far, line by line, under a new-password
// field (the server checks it again); recorded in the probe under probeId.
void drawPasswordPolicyHints(std::string_view probeId, const std::string& password, const std::string& loginName);

// Shared by 激活账号 and 忘记密码 (probe ids under prefix): the green "验证码已发送" line; 新密码 and
// 确认新密码 with the policy hints between them (true when Enter was pressed in either); the form
// error, the submit button and ‹ 返回登录 (also Esc). drawPasswordFormEnd is true when the form should
// be sent now: the button or submitRequested (Enter in a field), and not already saving.
void drawCodeSentMessage(std::string_view prefix, const FormFeedback& feedback);
bool drawNewPasswordFields(std::string_view prefix, const FormFeedback& feedback, const char* hint,
                           std::string& newPassword, std::string& confirm, const std::string& loginName,
                           float width);
bool drawPasswordFormEnd(std::string_view prefix, const FormFeedback& feedback, const char* submitLabel,
                         bool submitRequested, float width, Dispatch& dispatch);

}  // namespace qinqing::web
