// The intents of the login page's 激活账号 / 忘记密码 / 企业入驻申请 / 查询申请进度 panels and of the review
// screen (part of the Action variant in actions.hpp; performed by application_actions.cpp).
#pragma once

#include "application_state.hpp"

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
// 系统管理—企业入驻申请
struct LoadApplications {};
struct OpenApplication {
  long long id = 0;  // 0: back to the list
};
struct SearchApplicationCadres {};
struct ApproveApplication {};
struct RejectApplication {};

}  // namespace qinqing::web
