// 激活账号 (the login page's card): an account created without a password (an import, an approved
// 企业入驻申请, a handed-over fixed account) is activated by its holder: name the account as at
// login, receive an SMS code at the account's mobile on record, set a password (the shared policy,
// hinted live while typing) and land signed in.
#include <string>

#include "platform/frame_scheduler.hpp"
#include "qinqing/validation/password_policy.hpp"
#include "features/login/login_screens.hpp"
#include "app/theme.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {

}  // namespace

void drawPasswordPolicyHints(std::string_view probeId, const std::string& password, const std::string& loginName) {
  if (password.empty()) {
    ui::mutedWrapped("密码至少 8 位，包含大写字母、小写字母、数字、符号中的至少 3 类，且不能与账号相同。");
    probe::item(probeId, "");
    return;
  }
  const auto problems = domain::passwordProblems(password, loginName);
  std::string all;
  ImGui::PushTextWrapPos(0.0f);
  for (const auto& p : problems) {
    ImGui::TextColored(theme::kDanger, "· %s", p.c_str());
    all += p + "；";
  }
  if (problems.empty()) ImGui::TextColored(theme::kSuccess, "✓ 密码符合要求");
  ImGui::PopTextWrapPos();
  probe::item(probeId, problems.empty() ? "密码符合要求" : all);
}

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
  if (wait > 0) wakeAfter(1000);  // the countdown ticks once a second
  if (!fb.message.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kSuccess);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(fb.message.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    probe::item("activation.message", fb.message);
  }

  ui::FieldOptions pw;
  pw.width = width;
  pw.password = true;
  pw.maxChars = 64;
  pw.hint = "设置登录密码";
  pw.error = fb.field("new_password");
  submit |= ui::textField("activation.new_password", "新密码", a.newPassword, pw);
  drawPasswordPolicyHints("activation.policy", a.newPassword, state.login.loginName);
  pw.hint = "再次输入新密码";
  pw.error = fb.field("confirm_password");
  submit |= ui::textField("activation.confirm", "确认新密码", a.confirm, pw);

  if (!fb.formError.empty()) ui::errorText("activation.form_error", fb.formError);
  ImGui::Spacing();
  submit |= ui::primaryButton("activation.submit", "激活并登录", fb.saving, ImVec2(width, 0));
  if (submit && !fb.saving) dispatch(SubmitActivation{});
  if (ui::secondaryButton("activation.back", "‹ 返回登录") ||
      (ImGui::IsKeyPressed(ImGuiKey_Escape) && !ImGui::IsAnyItemActive())) {
    dispatch(OpenLoginPanel{LoginPanel::SignIn});
  }
}

}  // namespace qinqing::web
