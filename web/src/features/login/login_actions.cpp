// The sign-in card's requests (login, unlock, logout, resuming a session kept by this tab) and the
// start of a session. Validation runs first with the shared rules the server applies; the server decides.
#include "features/login/login_actions.hpp"

#include "app/dispatch.hpp"
#include "app/screen_registry.hpp"
#include "features/login/onboarding_actions.hpp"
#include "platform/session_store.hpp"
#include "app/request.hpp"
#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/identity_json.hpp"

namespace qinqing::web {
namespace {

// The first screen after signing in: an enterprise's own record (§15), everyone else's profile (§2).
void enterPlatform(AppState& state) {
  if (!state.session) return;
  performAction(state, LoadPetitionCounts{});
  if (!state.calendar.calendar && !state.calendar.loading) performAction(state, LoadCalendar{});
  performAction(state, OpenMenu{state.session->profile.role == domain::Role::Enterprise ? "company.info" : "profile.info"});
  for (SignedInFn run : screenRegistry().signedInHooks()) run(state);
}

void openHome(AppState& state) {
  state.screen = Screen::Home;
  // A due password change comes first (the first-login dialog); the server would refuse the
  // home screen's loads until then, so they wait for EnterPlatform from the password form.
  if (!state.session->profile.mustChangePassword) enterPlatform(state);
}

void loadLoginOptions(AppState& state) {
  state.loginOptions.loading = true;
  state.loginOptions.error.clear();
  send(state, "GET", api::path<api::loginOptions::list>(), "", [&state](const HttpReply& reply) {
    state.loginOptions.loading = false;
    if (reply.status != 200) {
      state.loginOptions.error = "区域和单位加载失败：" + replyError(reply).message;
      return;
    }
    auto decoded = wire::loginOptionsFromJson(nlohmann::json::parse(reply.body, nullptr, false));
    if (!decoded) {
      state.loginOptions.error = decoded.error().message;
      return;
    }
    state.loginOptions.options = std::move(decoded).value();
  });
}

void submitLogin(AppState& state) {
  LoginForm& f = state.login;
  domain::LoginRequest request{f.role, f.loginName, std::nullopt, f.password};
  if (domain::roleLogsInByUnitAndName(f.role) && f.unitId != 0) request.unitId = f.unitId;
  f.fieldErrors.clear();
  f.formError.clear();
  state.notice.clear();
  if (auto ok = domain::validateLoginRequest(request); !ok) {
    f.fieldErrors = ok.error().fields;
    return;
  }
  f.submitting = true;
  send(state, "POST", api::path<api::session::current>(), wire::loginRequestToJson(request).dump(), [&state](const HttpReply& reply) {
    LoginForm& form = state.login;
    form.submitting = false;
    if (reply.status != 200) {
      auto error = replyError(reply);
      if (error.fields.empty()) form.formError = error.message;
      form.fieldErrors = error.fields;
      form.locked = error.code == domain::ErrorCode::AccountLocked;
      state.onboarding.loginNotActivated = error.code == domain::ErrorCode::AccountNotActivated;
      return;
    }
    if (!startSession(state, reply.body)) form.formError = "服务器返回了无法识别的应答";
  });
}

void resumeSession(AppState& state) {
  std::string token = loadSessionToken();
  if (token.empty()) return;
  state.session = Session{token, {}};  // provisional: send() needs the token; the screen stays on login
  state.profile.loading = true;
  send(state, "GET", api::path<api::me::profile>(), "", [&state, token](const HttpReply& reply) {
    state.profile.loading = false;
    auto profile = reply.status == 200 ? wire::profileFromJson(nlohmann::json::parse(reply.body, nullptr, false))
                                       : wire::profileFromJson(nullptr);
    if (!profile) {
      state.session.reset();
      clearSessionToken();  // expired or revoked: the login page stays, without an alarming message
      return;
    }
    state.session = Session{token, std::move(profile).value()};
    openHome(state);
  });
}

nlohmann::json unlockBody(const LoginForm& f) {
  nlohmann::json j = {{"role", domain::roleKey(f.role)}, {"login_name", f.loginName}};
  j["unit_id"] = domain::roleLogsInByUnitAndName(f.role) && f.unitId ? nlohmann::json(f.unitId) : nlohmann::json(nullptr);
  return j;
}

void requestUnlockCode(AppState& state) {
  LoginForm& f = state.login;
  f.unlocking = true;
  f.unlockMessage.clear();
  send(state, "POST", api::path<api::unlock::code>(), unlockBody(f).dump(), [&state](const HttpReply& reply) {
    LoginForm& form = state.login;
    form.unlocking = false;
    if (reply.status != 200) {
      form.unlockMessage = replyError(reply).message;
      return;
    }
    // The server answers alike for every account, so nobody learns whether a name exists.
    form.unlockCodeSent = true;
    form.unlockMessage = "如该账号已锁定且绑定了手机号，验证码已发送，10 分钟内有效。";
  });
}

void submitUnlock(AppState& state) {
  LoginForm& f = state.login;
  f.unlocking = true;
  nlohmann::json body = unlockBody(f);
  body["code"] = f.unlockCode;
  send(state, "POST", api::path<api::unlock::account>(), body.dump(), [&state](const HttpReply& reply) {
    LoginForm& form = state.login;
    form.unlocking = false;
    if (reply.status != 200) {
      form.unlockMessage = replyError(reply).message;
      return;
    }
    form.locked = false;
    form.unlockCodeSent = false;
    form.unlockCode.clear();
    form.formError.clear();
    form.unlockMessage.clear();
    state.notice = "账号已解锁，请重新登录。";
  });
}

void logout(AppState& state) {
  if (!state.session) return;
  // The local session ends at once; the server is told so the token cannot be reused.
  send(state, "DELETE", api::path<api::session::current>(), "", [](const HttpReply&) {});
  signOut(state, "", "您已安全退出。");
}

}  // namespace

bool startSession(AppState& state, const std::string& grantBody) {
  auto body = nlohmann::json::parse(grantBody, nullptr, false);
  auto token = wire::getString(body, "token");
  auto profile = body.is_object() && body.contains("profile") ? wire::profileFromJson(body["profile"])
                                                              : wire::profileFromJson(nullptr);
  if (!token || !profile) return false;
  state.session = Session{*token, std::move(profile).value()};
  saveSessionToken(*token);
  state.login.password.clear();
  state.onboarding = OnboardingState{};
  openHome(state);
  return true;
}

// [SECTION] The intents' handlers: one perform() per intent (std::visit in app/dispatch.cpp).
void perform(AppState& state, const LoadLoginOptions& /*intent*/) { loadLoginOptions(state); }
void perform(AppState& state, const SubmitLogin& /*intent*/) { submitLogin(state); }
void perform(AppState& state, const Logout& /*intent*/) { logout(state); }
void perform(AppState& state, const ResumeSession& /*intent*/) { resumeSession(state); }
void perform(AppState& state, const EnterPlatform& /*intent*/) { enterPlatform(state); }
void perform(AppState& state, const RequestUnlockCode& /*intent*/) { requestUnlockCode(state); }
void perform(AppState& state, const SubmitUnlock& /*intent*/) { submitUnlock(state); }
void perform(AppState& state, const OpenLoginPanel& intent) { openLoginPanel(state, intent.panel); }
void perform(AppState& state, const RequestActivationCode& /*intent*/) { requestActivationCode(state); }
void perform(AppState& state, const SubmitActivation& /*intent*/) { submitActivation(state); }
void perform(AppState& state, const RequestPasswordResetCode& /*intent*/) { requestPasswordResetCode(state); }
void perform(AppState& state, const SubmitPasswordReset& /*intent*/) { submitPasswordReset(state); }
void perform(AppState& state, const LoadApplicationChoices& /*intent*/) { loadApplicationChoices(state); }
void perform(AppState& state, const SubmitApplication& /*intent*/) { submitApplication(state); }
void perform(AppState& state, const LookupApplication& /*intent*/) { lookupApplication(state); }
void perform(AppState& state, const ReapplyApplication& /*intent*/) { reapplyApplication(state); }
void perform(AppState& state, const ActivateApprovedApplication& /*intent*/) { activateApprovedApplication(state); }

}  // namespace qinqing::web
