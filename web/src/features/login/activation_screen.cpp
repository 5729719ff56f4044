// 激活账号 (the login page's card): an account created without a password (an import, an approved
// 企业入驻申请, a handed-over fixed account) is activated by its holder: name the account as at
// login, receive an SMS code at the account's mobile on record, set a password (the shared policy,
// hinted live while typing) and land signed in.
#include <string>

#include "platform/frame_scheduler.hpp"
#include "features/login/login_screens.hpp"
#include "app/theme.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {

void drawActivationPanel(AppState& state, Dispatch& dispatch, float width) {
  ActivationForm& a = state.onboarding.activation;
  FormFeedback& fb = a.feedback;
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.15f);
  ImGui::TextUnformatted("激活账号");
  ImGui::PopFont();
  probe::item("activation.title", "激活账号");
  ui::mutedWrapped("平台为您开通的账号需先激活：验证账号登记的手机号，并设置登录密码。");
  ImGui::Spacing();

  bool submit = drawLoginAccountFields(state, dispatch, width);

  const long long wait = a.resendAfter.unixSeconds() - state.now.unixSeconds();
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float buttonW = 170 * state.dpr;
  ui::FieldOptions code;
  code.width = width - buttonW - gap;
  code.maxChars = 6;
  code.hint = "短信中的 6 位验证码";
  code.error = fb.field("code");
  const float rowY = ImGui::GetCursorPosY();
  ImGui::BeginGroup();
  submit |= ui::textField("activation.code", "短信验证码", a.code, code);
  ImGui::EndGroup();
  ui::beside(rowY);
  ImGui::BeginGroup();
  ImGui::TextUnformatted(" ");
  ImGui::BeginDisabled(wait > 0 || a.sending);
  const std::string sendLabel = wait > 0 ? std::to_string(wait) + " 秒后可重发" : (a.codeSent ? "重新获取" : "获取验证码");
  if (ui::secondaryButton("activation.send_code", sendLabel, ImVec2(buttonW, 0))) dispatch(RequestActivationCode{});
  ImGui::EndDisabled();
  ImGui::EndGroup();
  if (a.sending) {  // the code request is on its way
    ImGui::SameLine();
    ui::spinner(ImGui::GetFontSize() * 0.4f);
  }
  if (wait > 0) wakeAfter(1000);  // the countdown ticks once a second
  drawCodeSentMessage("activation", fb);
  submit |= drawNewPasswordFields("activation", fb, "设置登录密码", a.newPassword, a.confirm,
                                  state.login.loginName, width);
  if (drawPasswordFormEnd("activation", fb, "激活并登录", submit, width, dispatch)) dispatch(SubmitActivation{});
}

}  // namespace qinqing::web
