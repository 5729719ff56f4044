// The intents of the login page's 激活账号 / 忘记密码 / 企业入驻申请 / 查询申请进度 panels and of the review
// screen (part of the Action variant in actions.hpp; performed by application_actions.cpp).
#pragma once

#include "app/type_list.hpp"

#include "features/login/login_state.hpp"

namespace qinqing::web {

struct OpenLoginPanel {
  LoginPanel panel = LoginPanel::SignIn;
};
// 激活账号
struct RequestActivationCode {};
struct SubmitActivation {};
// 忘记密码
struct RequestPasswordResetCode {};
struct SubmitPasswordReset {};
// 企业入驻申请 and 查询申请进度
struct LoadApplicationChoices {};
struct SubmitApplication {};
struct LookupApplication {};
// From the status card: a rejected application's form again (to correct and resubmit), or the
// 激活账号 card for an approved one's account.
struct ReapplyApplication {};
struct ActivateApprovedApplication {};
struct LoadLoginOptions {};
struct SubmitLogin {};
struct Logout {};
// At start: a token kept from before a reload of this tab is checked with the server.
struct ResumeSession {};
// 登录页: unlock a locked account with an SMS code sent to its bound mobile.
struct RequestUnlockCode {};
struct SubmitUnlock {};

struct AppState;

void perform(AppState& state, const LoadLoginOptions& intent);
void perform(AppState& state, const SubmitLogin& intent);
void perform(AppState& state, const Logout& intent);
void perform(AppState& state, const ResumeSession& intent);
void perform(AppState& state, const RequestUnlockCode& intent);
void perform(AppState& state, const SubmitUnlock& intent);
void perform(AppState& state, const OpenLoginPanel& intent);
void perform(AppState& state, const RequestActivationCode& intent);
void perform(AppState& state, const SubmitActivation& intent);
void perform(AppState& state, const RequestPasswordResetCode& intent);
void perform(AppState& state, const SubmitPasswordReset& intent);
void perform(AppState& state, const LoadApplicationChoices& intent);
void perform(AppState& state, const SubmitApplication& intent);
void perform(AppState& state, const LookupApplication& intent);
void perform(AppState& state, const ReapplyApplication& intent);
void perform(AppState& state, const ActivateApprovedApplication& intent);

using LoginIntents = TypeList<LoadLoginOptions, SubmitLogin, Logout, ResumeSession, RequestUnlockCode, SubmitUnlock, OpenLoginPanel, RequestActivationCode, SubmitActivation, RequestPasswordResetCode, SubmitPasswordReset, LoadApplicationChoices, SubmitApplication, LookupApplication, ReapplyApplication, ActivateApprovedApplication>;

}  // namespace qinqing::web
