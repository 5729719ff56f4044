#include "features/profile/profile_actions.hpp"

#include <nlohmann/json.hpp>

#include "qinqing/validation/field_validator.hpp"
#include "qinqing/wire/account_security_json.hpp"
#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/identity_json.hpp"
#include "app/request.hpp"
#include "app/dispatch.hpp"
#include "qinqing/wire/identity_json.hpp"

namespace qinqing::web {

void loadProfile(AppState& state) {
  if (!state.session) return;
  state.profile.loading = true;
  state.profile.error.clear();
  sendSignedIn(state, "GET", api::path<api::me::profile>(), "", ReplyGuard{{&state.profile.loading}}, [&state](const HttpReply& reply) {
    if (reply.status != 200) {
      state.profile.error = "个人信息加载失败：" + replyError(reply).message;
      return;
    }
    auto profile = wire::profileFromJson(nlohmann::json::parse(reply.body, nullptr, false));
    if (!profile) {
      state.profile.error = profile.error().message;
      return;
    }
    if (state.session) state.session->profile = std::move(profile).value();
  });
}

namespace {

// Applies a failed reply's field errors to a form, or its message when it names no field.
void applyProfileError(const HttpReply& reply, std::vector<domain::FieldError>& fields, std::string& formError) {
  auto error = replyError(reply);
  fields = error.fields;
  if (fields.empty()) formError = error.message;
}

}  // namespace

void changePassword(AppState& state) {
  PasswordForm& f = state.password;
  f.fieldErrors.clear();
  f.formError.clear();
  f.message.clear();
  const std::string loginName = state.session ? state.session->profile.loginName : "";
  // The shared password rules first: every problem at once, before anything is sent.
  domain::FieldValidator v;
  v.required("current_password", "当前密码", f.current);
  v.required("new_password", "新密码", f.next).password("new_password", f.next, loginName);
  v.check(f.next == f.confirm, "confirm_password", "两次输入的新密码不一致");
  v.check(f.next.empty() || f.next != f.current, "new_password", "新密码不能与当前密码相同");
  if (!v.ok()) {
    f.fieldErrors = v.errors();
    return;
  }
  f.saving = true;
  nlohmann::json body = {{"current_password", f.current}, {"new_password", f.next}};
  sendSignedIn(state, "POST", api::path<api::me::password>(), body.dump(), ReplyGuard{{&state.password.saving}}, [&state](const HttpReply& reply) {
    PasswordForm& form = state.password;
    if (reply.status != 200) return applyProfileError(reply, form.fieldErrors, form.formError);
    form = PasswordForm{};
    form.message = "密码已修改。其他设备上的登录已退出。";
    if (state.session && state.session->profile.mustChangePassword) {
      state.session->profile.mustChangePassword = false;
      performAction(state, EnterPlatform{});  // the platform opens now that the server allows it
    }
  });
}

void saveProfile(AppState& state) {
  ProfileState& f = state.profile;
  f.fieldErrors.clear();
  f.formError.clear();
  f.message.clear();
  if (!state.session) return;
  const auto& current = state.session->profile;
  domain::ProfileUpdate update{f.title, f.email, std::nullopt};
  // A cadre's other unit asks for a move; the current one (or none chosen) changes nothing.
  const bool cadre = current.role == domain::Role::Cadre;
  const long long currentUnit = current.unit ? current.unit->id : 0;
  if (cadre && f.unitId != 0 && f.unitId != currentUnit) update.unitId = f.unitId;
  if (auto ok = domain::validateProfileUpdate(update); !ok) {
    f.fieldErrors = ok.error().fields;
    return;
  }
  f.saving = true;
  const bool moving = update.unitId.has_value();
  sendSignedIn(state, "PUT", api::path<api::me::profile>(), wire::profileUpdateToJson(update).dump(), ReplyGuard{{&state.profile.saving}}, [&state, moving](const HttpReply& reply) {
    ProfileState& form = state.profile;
    if (reply.status != 200) return applyProfileError(reply, form.fieldErrors, form.formError);
    auto profile = wire::profileFromJson(nlohmann::json::parse(reply.body, nullptr, false));
    if (profile && state.session) state.session->profile = std::move(profile).value();
    form.editing = false;
    const auto* pending = state.session ? &state.session->profile.pendingUnit : nullptr;
    form.message = moving && pending && *pending
                       ? "个人信息已保存。调入" + (*pending)->name + "的申请已提交，待该单位管理员确认后生效。"
                       : "个人信息已保存。";
  });
}

void withdrawUnitTransfer(AppState& state) {
  ProfileState& f = state.profile;
  f.formError.clear();
  f.message.clear();
  f.withdrawing = true;
  sendSignedIn(state, "DELETE", api::path<api::me::unitTransfer>(), "", ReplyGuard{{&state.profile.withdrawing}}, [&state](const HttpReply& reply) {
    ProfileState& form = state.profile;
    if (reply.status != 200) {
      form.formError = "撤回失败：" + replyError(reply).message;
      return;
    }
    auto profile = wire::profileFromJson(nlohmann::json::parse(reply.body, nullptr, false));
    if (profile && state.session) state.session->profile = std::move(profile).value();
    form.message = "调入申请已撤回，工作单位不变。";
  });
}

void sendMobileCode(AppState& state) {
  MobileForm& f = state.mobile;
  f.fieldErrors.clear();
  f.message.clear();
  domain::FieldValidator v;
  v.required("mobile", "手机号", f.mobile).mobile("mobile", "手机号", f.mobile);
  if (!v.ok()) {
    f.fieldErrors = v.errors();
    return;
  }
  f.sending = true;
  nlohmann::json body = {{"mobile", f.mobile}};
  sendSignedIn(state, "POST", api::path<api::me::mobileCode>(), body.dump(), ReplyGuard{{&state.mobile.sending}}, [&state](const HttpReply& reply) {
    MobileForm& form = state.mobile;
    std::string ignored;
    if (reply.status != 200) {
      applyProfileError(reply, form.fieldErrors, ignored);
      if (!ignored.empty()) form.fieldErrors.push_back({"mobile", ignored});
      return;
    }
    form.resendAfter = state.now.plusSeconds(60);
    form.message = "验证码已发送至 " + domain::maskMobile(form.mobile) + "，10 分钟内有效。";
  });
}

void bindMobile(AppState& state) {
  MobileForm& f = state.mobile;
  f.fieldErrors.clear();
  domain::FieldValidator v;
  v.required("mobile", "手机号", f.mobile).mobile("mobile", "手机号", f.mobile);
  v.required("code", "验证码", f.code).check(f.code.size() == 6 || f.code.empty(), "code", "验证码为 6 位数字");
  if (!v.ok()) {
    f.fieldErrors = v.errors();
    return;
  }
  f.saving = true;
  nlohmann::json body = {{"mobile", f.mobile}, {"code", f.code}};
  sendSignedIn(state, "POST", api::path<api::me::mobile>(), body.dump(), ReplyGuard{{&state.mobile.saving}}, [&state](const HttpReply& reply) {
    MobileForm& form = state.mobile;
    std::string ignored;
    if (reply.status != 200) {
      applyProfileError(reply, form.fieldErrors, ignored);
      if (!ignored.empty()) form.fieldErrors.push_back({"code", ignored});
      return;
    }
    if (state.session) {
      state.session->profile.mobileBound = true;
      state.session->profile.mobileMasked = domain::maskMobile(form.mobile);
    }
    form = MobileForm{};
    form.message = "手机号已绑定，平台提醒将发送到该号码。";
  });
}

// [SECTION] The intents' handlers: one perform() per intent (std::visit in app/dispatch.cpp).
void perform(AppState& state, const ChangePassword& /*intent*/) { changePassword(state); }
void perform(AppState& state, const SaveProfile& /*intent*/) { saveProfile(state); }
void perform(AppState& state, const WithdrawUnitTransfer& /*intent*/) { withdrawUnitTransfer(state); }
void perform(AppState& state, const SendMobileCode& /*intent*/) { sendMobileCode(state); }
void perform(AppState& state, const BindMobile& /*intent*/) { bindMobile(state); }

void perform(AppState& state, const LoadProfile& /*intent*/) { loadProfile(state); }

}  // namespace qinqing::web
