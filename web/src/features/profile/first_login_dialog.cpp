// 首次登录 (§1, §7): before anything else, a new user binds a mobile number with an SMS code (the
// platform reminds people only by SMS) and replaces the initial password. An expired password
// (90 days for staff, 180 for enterprises) brings back the password step.
#include "platform/frame_scheduler.hpp"
#include "features/profile/profile_screens.hpp"
#include "app/theme.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {

void drawMobileBinding(AppState& state, Dispatch& dispatch, const std::string& probePrefix) {
  MobileForm& f = state.mobile;
  const float width = 420 * state.dpr;
  ui::FieldOptions mobile;
  mobile.width = width;
  mobile.maxChars = 11;
  mobile.hint = "11 位手机号";
  mobile.error = AppState::fieldError(f.fieldErrors, "mobile");
  ui::textField(probePrefix + ".mobile", "手机号", f.mobile, mobile);
  long long wait = f.resendAfter.unixSeconds() - state.now.unixSeconds();
  ImGui::BeginDisabled(wait > 0 || f.sending);
  std::string label = wait > 0 ? std::to_string(wait) + " 秒后可重新获取" : "获取验证码";
  if (ui::secondaryButton(probePrefix + ".send_code", label)) dispatch(SendMobileCode{});
  ImGui::EndDisabled();
  if (wait > 0) wakeAfter(1000);  // the countdown ticks once a second, nothing more
  ui::FieldOptions code;
  code.width = width;
  code.maxChars = 6;
  code.hint = "短信中的 6 位验证码";
  code.error = AppState::fieldError(f.fieldErrors, "code");
  bool submit = ui::textField(probePrefix + ".code", "验证码", f.code, code);
  if (!f.message.empty()) {
    ImGui::TextColored(theme::kSuccess, "%s", f.message.c_str());
    probe::item(probePrefix + ".message", f.message);
  }
  submit |= ui::primaryButton(probePrefix + ".bind", "绑定手机号", f.saving, ImVec2(width, 0));
  if (submit && !f.saving) dispatch(BindMobile{});
}

namespace {

void drawMobileStep(AppState& state, Dispatch& dispatch) {
  ImGui::PushTextWrapPos(420 * state.dpr);
  ImGui::TextUnformatted("平台业务均通过手机短信提醒，请绑定本人手机号（市级领导干部可填写身边工作联系人的手机号）。");
  ImGui::PopTextWrapPos();
  drawMobileBinding(state, dispatch, "first_login");
}

}  // namespace

void drawFirstLoginDialog(AppState& state, Dispatch& dispatch) {
  if (!state.session) return;
  const auto& p = state.session->profile;
  const bool needMobile = !p.mobileBound;
  const bool needPassword = p.mustChangePassword;
  if (!needMobile && !needPassword) return;
  const char* title = p.lastLoginAt.empty() || needMobile ? "首次登录" : "密码已过期";
  std::string id = std::string(title) + "##first_login";
  if (!ImGui::IsPopupOpen(id.c_str())) ImGui::OpenPopup(id.c_str());
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  if (ImGui::BeginPopupModal(id.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove)) {
    ImGui::TextColored(theme::kMutedText, "%s", needMobile ? "第 1 步：绑定手机号" : "第 2 步：设置新密码");
    probe::item("first_login.dialog", title);
    ImGui::Separator();
    if (needMobile) drawMobileStep(state, dispatch);
    else drawPasswordForm(state, dispatch);
    ImGui::Separator();
    if (ui::secondaryButton("first_login.logout", "退出登录")) dispatch(Logout{});
    ImGui::EndPopup();
  }
}

}  // namespace qinqing::web
