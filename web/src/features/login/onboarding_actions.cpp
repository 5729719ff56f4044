#include "features/login/onboarding_actions.hpp"

#include <nlohmann/json.hpp>

#include "app/dispatch.hpp"
#include "features/login/login_actions.hpp"
#include "qinqing/identity/activation.hpp"
#include "qinqing/wire/activation_json.hpp"
#include "qinqing/wire/application_json.hpp"
#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/org_json.hpp"
#include "app/reply.hpp"
#include "app/request.hpp"

namespace qinqing::web {
namespace {

// The account as the login form names it (role, unit for cadres, login name).
domain::ActivationRequest activationRequestOf(const AppState& state) {
  const LoginForm& f = state.login;
  domain::ActivationRequest r;
  r.role = f.role;
  r.loginName = f.loginName;
  if (domain::roleLogsInByUnitAndName(f.role) && f.unitId != 0) r.unitId = f.unitId;
  return r;
}

// Where a field error of the activation (or 忘记密码, `form`) goes: the account fields belong to the
// login form's fields.
void splitActivationErrors(AppState& state, const std::vector<domain::FieldError>& errors, ActivationForm& form) {
  for (const auto& e : errors) {
    if (e.field == "login_name" || e.field == "unit_id" || e.field == "role") state.login.fieldErrors.push_back(e);
    else form.feedback.fieldErrors.push_back(e);
  }
}
void splitActivationErrors(AppState& state, const std::vector<domain::FieldError>& errors) {
  splitActivationErrors(state, errors, state.onboarding.activation);
}

}  // namespace

void openLoginPanel(AppState& state, LoginPanel panel) {
  OnboardingState& o = state.onboarding;
  o.panel = panel;
  state.login.fieldErrors.clear();
  state.login.formError.clear();
  state.notice.clear();
  if (panel == LoginPanel::Activate) {
    o.activation.feedback.clear();
  }
  if (panel == LoginPanel::ResetPassword) {
    o.passwordReset.feedback.clear();
    o.passwordReset.code.clear();
    o.passwordReset.newPassword.clear();
    o.passwordReset.confirm.clear();
  }
  if (panel == LoginPanel::Apply) {
    if (o.apply.submitted) o.apply = ApplicationFormState{};  // a new application starts empty
    o.apply.feedback.clear();
    if (!o.apply.choices) loadApplicationChoices(state);
  }
  if (panel == LoginPanel::ApplicationStatus) {
    o.status.feedback.clear();
    // Coming from a just submitted application: its number and USCC are filled in.
    if (o.apply.submitted && o.status.lookup.number.empty()) {
      o.status.lookup = {o.apply.submitted->number, o.apply.submitted->uscc};
      o.status.found.reset();
    }
  }
}

void requestActivationCode(AppState& state) {
  ActivationForm& a = state.onboarding.activation;
  a.feedback.clear();
  state.login.fieldErrors.clear();
  const auto request = activationRequestOf(state);
  if (auto valid = domain::validateActivationCodeRequest(request); !valid) {
    splitActivationErrors(state, valid.error().fields);
    return;
  }
  a.sending = true;
  send(state, "POST", api::path<api::activation::code>(), wire::activationRequestToJson(request).dump(),
       [&state](const HttpReply& reply) {
         ActivationForm& form = state.onboarding.activation;
         form.sending = false;
         if (reply.status != 200) {
           auto error = replyError(reply);
           if (error.fields.empty()) form.feedback.formError = error.message;
           else splitActivationErrors(state, error.fields);
           return;
         }
         form.codeSent = true;
         form.resendAfter = state.now.plusSeconds(60);
         // The server answers alike for every account, so nobody learns whether a name exists.
         form.feedback.message = "如账号信息正确且尚未激活，验证码已发送至账号登记的手机号，10 分钟内有效。";
       });
}

void submitActivation(AppState& state) {
  ActivationForm& a = state.onboarding.activation;
  a.feedback.clear();
  state.login.fieldErrors.clear();
  auto request = activationRequestOf(state);
  request.code = a.code;
  request.newPassword = a.newPassword;
  std::vector<domain::FieldError> errors;
  if (auto valid = domain::validateActivation(request); !valid) errors = valid.error().fields;
  if (a.newPassword != a.confirm) errors.push_back({"confirm_password", "两次输入的新密码不一致"});
  if (!errors.empty()) {
    splitActivationErrors(state, errors);
    return;
  }
  a.feedback.saving = true;
  send(state, "POST", api::path<api::activation::account>(), wire::activationRequestToJson(request).dump(),
       [&state](const HttpReply& reply) {
         ActivationForm& form = state.onboarding.activation;
         form.feedback.saving = false;
         if (reply.status != 200) {
           auto error = replyError(reply);
           if (error.fields.empty()) form.feedback.formError = error.message;
           else splitActivationErrors(state, error.fields);
           return;
         }
         if (!startSession(state, reply.body)) form.feedback.formError = "服务器返回了无法识别的应答";
       });
}

void requestPasswordResetCode(AppState& state) {
  ActivationForm& r = state.onboarding.passwordReset;
  r.feedback.clear();
  state.login.fieldErrors.clear();
  const auto request = activationRequestOf(state);
  if (auto valid = domain::validateActivationCodeRequest(request); !valid) {
    splitActivationErrors(state, valid.error().fields, r);
    return;
  }
  r.sending = true;
  send(state, "POST", api::path<api::passwordReset::code>(), wire::activationRequestToJson(request).dump(),
       [&state](const HttpReply& reply) {
         ActivationForm& form = state.onboarding.passwordReset;
         form.sending = false;
         if (reply.status != 200) {
           auto error = replyError(reply);
           if (error.fields.empty()) form.feedback.formError = error.message;
           else splitActivationErrors(state, error.fields, form);
           return;
         }
         form.codeSent = true;
         form.resendAfter = state.now.plusSeconds(60);
         // The server answers alike for every account, so nobody learns whether a name exists.
         form.feedback.message = "如账号信息正确且已绑定手机号，验证码已发送至绑定的手机号，10 分钟内有效。";
       });
}

void submitPasswordReset(AppState& state) {
  ActivationForm& r = state.onboarding.passwordReset;
  r.feedback.clear();
  state.login.fieldErrors.clear();
  auto request = activationRequestOf(state);
  request.code = r.code;
  request.newPassword = r.newPassword;
  std::vector<domain::FieldError> errors;
  if (auto valid = domain::validateActivation(request); !valid) errors = valid.error().fields;
  if (r.newPassword != r.confirm) errors.push_back({"confirm_password", "两次输入的新密码不一致"});
  if (!errors.empty()) {
    splitActivationErrors(state, errors, r);
    return;
  }
  r.feedback.saving = true;
  send(state, "POST", api::path<api::passwordReset::account>(), wire::activationRequestToJson(request).dump(),
       [&state](const HttpReply& reply) {
         ActivationForm& form = state.onboarding.passwordReset;
         form.feedback.saving = false;
         if (reply.status != 200) {
           auto error = replyError(reply);
           if (error.fields.empty()) form.feedback.formError = error.message;
           else splitActivationErrors(state, error.fields, form);
           return;
         }
         // Back to the sign-in card with the account still named; the new password is typed there.
         form = ActivationForm{};
         state.login.password.clear();
         state.login.locked = false;
         openLoginPanel(state, LoginPanel::SignIn);
         state.notice = "密码已重置，请用新密码登录";
       });
}

void loadApplicationChoices(AppState& state) {
  ApplicationFormState& a = state.onboarding.apply;
  a.choicesLoading = true;
  a.choicesError.clear();
  send(state, "GET", api::path<api::applications::options>(), "", [&state](const HttpReply& reply) {
    ApplicationFormState& form = state.onboarding.apply;
    form.choicesLoading = false;
    if (reply.status != 200) {
      form.choicesError = "区域和行业组别加载失败：" + replyError(reply).message;
      return;
    }
    auto choices = wire::applicationChoicesFromJson(parsedReply(reply));
    if (!choices) {
      form.choicesError = choices.error().message;
      return;
    }
    form.choices = std::move(choices).value();
  });
}

void submitApplication(AppState& state) {
  ApplicationFormState& a = state.onboarding.apply;
  a.feedback.clear();
  a.form.industryGroupId = a.industryGroupChoice > 0 ? std::optional<long long>(a.industryGroupChoice) : std::nullopt;
  bool needsGroup = false;
  if (a.choices) {
    for (const auto& r : a.choices->regions) {
      if (r.id == a.form.regionId) needsGroup = domain::regionNeedsIndustryGroup(r.name);
    }
  }
  domain::ApplicationForm form = a.form;  // validated as the server will (trimmed, USCC normalised)
  if (auto valid = domain::validateApplicationForm(form, needsGroup); !valid) {
    a.feedback.fieldErrors = valid.error().fields;
    return;
  }
  a.feedback.saving = true;
  send(state, "POST", api::path<api::applications::list>(), wire::applicationFormToJson(form).dump(), [&state](const HttpReply& reply) {
    ApplicationFormState& f = state.onboarding.apply;
    f.feedback.saving = false;
    if (reply.status != 200) return applyFormError(reply, f.feedback);
    auto application = wire::applicationFromJson(parsedReply(reply));
    if (!application) {
      f.feedback.formError = application.error().message;
      return;
    }
    f.submitted = std::move(application).value();
    state.onboarding.status.lookup = {};  // the status page fills in this application
  });
}

void lookupApplication(AppState& state) {
  ApplicationStatusState& s = state.onboarding.status;
  s.feedback.clear();
  domain::ApplicationLookup lookup = s.lookup;
  if (auto valid = domain::validateApplicationLookup(lookup); !valid) {
    s.feedback.fieldErrors = valid.error().fields;
    return;
  }
  s.feedback.saving = true;
  send(state, "POST", api::path<api::applications::status>(), wire::applicationLookupToJson(lookup).dump(),
       [&state](const HttpReply& reply) {
         ApplicationStatusState& st = state.onboarding.status;
         st.feedback.saving = false;
         st.found.reset();
         if (reply.status != 200) return applyFormError(reply, st.feedback);
         auto application = wire::applicationFromJson(parsedReply(reply));
         if (!application) {
           st.feedback.formError = application.error().message;
           return;
         }
         st.found = std::move(application).value();
       });
}

void reapplyApplication(AppState& state) {
  OnboardingState& o = state.onboarding;
  if (!o.status.found) return;
  const auto& a = *o.status.found;
  // A new application, prefilled with the rejected one; the liaison mobile came back masked, so it
  // is typed again.
  ApplicationFormState fresh;
  fresh.choices = o.apply.choices;
  fresh.form = {a.name, a.uscc, a.region.id, std::nullopt, a.legalRep, a.liaison, "", a.address, a.intro};
  fresh.industryGroupChoice = a.industryGroup ? a.industryGroup->id : 0;
  o.apply = std::move(fresh);
  openLoginPanel(state, LoginPanel::Apply);
}

void activateApprovedApplication(AppState& state) {
  if (!state.onboarding.status.found) return;
  state.login.role = domain::Role::Enterprise;
  state.login.loginName = state.onboarding.status.found->name;
  openLoginPanel(state, LoginPanel::Activate);
}

}  // namespace qinqing::web
