// The parts 激活账号 and 忘记密码 share: both send an SMS code, then set a password under the shared
// policy. One definition, so the two cards cannot drift apart (probe ids: <prefix>.message,
// .new_password, .policy, .confirm, .form_error, .submit, .back).
#include <string>

#include "features/login/login_screens.hpp"
#include "features/login/login_intents.hpp"
#include "app/theme.hpp"
#include "qinqing/validation/password_policy.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {

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

void drawCodeSentMessage(std::string_view prefix, const FormFeedback& feedback) {
  if (feedback.message.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kSuccess);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(feedback.message.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  probe::item(std::string(prefix) + ".message", feedback.message);
}

bool drawNewPasswordFields(std::string_view prefix, const FormFeedback& feedback, const char* hint,
                           std::string& newPassword, std::string& confirm, const std::string& loginName,
                           float width) {
  const std::string p(prefix);
  ui::FieldOptions pw;
  pw.width = width;
  pw.password = true;
  pw.maxChars = 64;
  pw.hint = hint;
  pw.error = feedback.field("new_password");
  bool enter = ui::textField(p + ".new_password", "新密码", newPassword, pw);
  drawPasswordPolicyHints(p + ".policy", newPassword, loginName);
  pw.hint = "再次输入新密码";
  pw.error = feedback.field("confirm_password");
  enter |= ui::textField(p + ".confirm", "确认新密码", confirm, pw);
  return enter;
}

bool drawPasswordFormEnd(std::string_view prefix, const FormFeedback& feedback, const char* submitLabel,
                         bool submitRequested, float width, Dispatch& dispatch) {
  const std::string p(prefix);
  if (!feedback.formError.empty()) ui::errorText(p + ".form_error", feedback.formError);
  ImGui::Spacing();
  bool submit = ui::primaryButton(p + ".submit", submitLabel, feedback.saving, ImVec2(width, 0)) || submitRequested;
  if (ui::secondaryButton(p + ".back", "‹ 返回登录") ||
      (ImGui::IsKeyPressed(ImGuiKey_Escape) && !ImGui::IsAnyItemActive())) {
    dispatch(OpenLoginPanel{LoginPanel::SignIn});
  }
  return submit && !feedback.saving;
}

}  // namespace qinqing::web
