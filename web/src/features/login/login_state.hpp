// What the login page's extra panels (激活账号, 忘记密码, 企业入驻申请, 查询申请进度) and the review screen
// (系统管理—企业入驻申请) keep in AppState (app_state.hpp).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "app/form_feedback.hpp"
#include "qinqing/identity/account.hpp"
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


struct LoginForm {
  domain::Role role = domain::Role::Enterprise;
  long long regionId = 0;
  long long unitId = 0;
  std::string loginName;
  std::string password;
  std::vector<domain::FieldError> fieldErrors;  // shown beside each field
  std::string formError;                        // shown above the button (network, server)
  bool submitting = false;
  // A locked account (5 failures in 15 minutes) can be unlocked by its holder with an SMS code.
  bool locked = false;
  bool unlockCodeSent = false;
  std::string unlockCode;
  std::string unlockMessage;
  bool unlocking = false;
};

struct LoginOptionsState {
  std::optional<domain::LoginOptions> options;
  bool loading = false;
  std::string error;
};

}  // namespace qinqing::web
