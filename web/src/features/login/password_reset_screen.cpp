// 忘记密码 (the login page's card, issue 17): name the account exactly as at login, receive an SMS
// code at the account's bound mobile, set a new password (the shared policy, hinted live while
// typing), then sign in with it. An account without a bound mobile gets no code: its holder asks
// 安全管理员 for a one-time password (安全管理—重置密码).
#include <string>

#include "platform/frame_scheduler.hpp"
#include "features/login/login_screens.hpp"
#include "app/theme.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {

void mutedProbed(const char* probeId, const std::string& text) {
  ui::mutedWrapped(text);
  probe::item(probeId, text);
}

}  // namespace

void drawPasswordResetPanel(AppState& state, Dispatch& dispatch, float width) {
  ActivationForm& r = state.onboarding.passwordReset;
  FormFeedback& fb = r.feedback;
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.15f);
  ImGui::TextUnformatted("忘记密码");
  ImGui::PopFont();
  probe::item("reset.title", "忘记密码");
  mutedProbed("reset.intro", "请按登录时的方式填写账号，验证码将发送至账号绑定的手机号。");
  mutedProbed("reset.no_mobile", "未绑定手机号的账号请联系安全管理员生成临时密码。");
  ImGui::Spacing();

  bool submit = drawLoginAccountFields(state, dispatch, width);

  // Code and 获取验证码 on one row, the button on the field's baseline (a blank label above it).
  const long long wait = r.resendAfter.unixSeconds() - state.now.unixSeconds();
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float buttonW = 170 * state.dpr;
  ui::FieldOptions code;
  code.width = width - buttonW - gap;
  code.maxChars = 6;
  code.hint = "短信中的 6 位验证码";
  code.error = fb.field("code");
  const float rowY = ImGui::GetCursorPosY();
  ImGui::BeginGroup();
  submit |= ui::textField("reset.code", "短信验证码", r.code, code);
  ImGui::EndGroup();
  ui::beside(rowY);
  ImGui::BeginGroup();
  ImGui::TextUnformatted(" ");
  ImGui::BeginDisabled(wait > 0 || r.sending);
  const std::string sendLabel = wait > 0 ? std::to_string(wait) + " 秒后可重发" : (r.codeSent ? "重新获取" : "获取验证码");
  if (ui::secondaryButton("reset.send_code", sendLabel, ImVec2(buttonW, 0))) dispatch(RequestPasswordResetCode{});
  ImGui::EndDisabled();
  ImGui::EndGroup();
  if (r.sending) {
    ImGui::SameLine();
    ui::spinner(ImGui::GetFontSize() * 0.4f);
  }
  if (wait > 0) wakeAfter(1000);  // the countdown ticks once a second
  drawCodeSentMessage("reset", fb);
  submit |= drawNewPasswordFields("reset", fb, "设置新的登录密码", r.newPassword, r.confirm,
                                  state.login.loginName, width);
  if (drawPasswordFormEnd("reset", fb, "提交", submit, width, dispatch)) dispatch(SubmitPasswordReset{});
}

}  // namespace qinqing::web
