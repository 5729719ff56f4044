// What the login page's extra panels (激活账号, 忘记密码, 企业入驻申请, 查询申请进度) and the review screen
// (系统管理—企业入驻申请) keep in AppState (app_state.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "admin_state.hpp"
#include "list_state.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/org/enterprise_application.hpp"
#include "qinqing/org/enterprise_record.hpp"
#include "qinqing/time/instant.hpp"

namespace qinqing::web {

// Which card the login page shows.
enum class LoginPanel { SignIn, Activate, Apply, ApplicationStatus, ResetPassword };

// 激活账号 and 忘记密码: the account is named with the login form's own fields (LoginForm), then
// code and the new password twice.
struct ActivationForm {
  std::string code;
  std::string newPassword;
  std::string confirm;
  bool codeSent = false;
  domain::Instant resendAfter;  // 60 s between codes
  FormFeedback feedback;        // message: where the code went
  bool sending = false;
};

// 企业入驻申请 (the public form).
struct ApplicationFormState {
  domain::ApplicationForm form;
  long long industryGroupChoice = 0;  // 0: none chosen
  std::optional<domain::ApplicationChoices> choices;
  bool choicesLoading = false;
  std::string choicesError;
  FormFeedback feedback;
  std::optional<domain::EnterpriseApplication> submitted;  // shows the application number
};

// 查询申请进度: number + USCC → status, and the reason of a rejection.
struct ApplicationStatusState {
  domain::ApplicationLookup lookup;
  FormFeedback feedback;
  std::optional<domain::EnterpriseApplication> found;
};

struct OnboardingState {
  LoginPanel panel = LoginPanel::SignIn;
  bool loginNotActivated = false;  // the last login answered account_not_activated: offer 激活账号
  ActivationForm activation;
  ActivationForm passwordReset;  // 忘记密码: the same fields and request shape as 激活账号
  ApplicationFormState apply;
  ApplicationStatusState status;
};

// 企业入驻申请 review (系统管理员: all; 县市区管理员: its county's).
struct ApplicationReviewState {
  ListState<domain::EnterpriseApplication> list;
  std::string statusFilter = "pending";  // "", "pending", "approved", "rejected"
  long long openId = 0;                  // 0: the list
  std::optional<domain::EnterpriseApplication> detail;
  bool detailLoading = false;
  std::string detailError;
  enum class Decision { None, Approve, Reject } decision = Decision::None;
  ListState<domain::CadreSummary> cadres;  // the picker: GET /api/cadres (the reviewer's scope)
  std::optional<domain::CadreSummary> chosen;
  bool confirming = false;
  std::string reason;
  FormFeedback feedback;
};

}  // namespace qinqing::web
