// 我的资料—重置密码 (§2, §8) / 企业信息—修改密码 (§15): current password, new password twice,
// checked with the shared password rules before the server checks them again (and the history).
#include "features/profile/profile_screens.hpp"
#include "app/theme.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {

void drawPasswordForm(AppState& state, Dispatch& dispatch) {
  PasswordForm& f = state.password;
  const float width = std::min(420.0f * state.dpr, ImGui::GetContentRegionAvail().x);
  auto field = [&](const char* id, const char* key, const char* label, std::string& value) {
    ui::FieldOptions o;
    o.width = width;
    o.password = true;
    o.maxChars = 64;
    o.error = AppState::fieldError(f.fieldErrors, key);
    return ui::textField(id, label, value, o);
  };
  bool submit = false;
  submit |= field("password.current", "current_password", "当前密码", f.current);
  submit |= field("password.new", "new_password", "新密码", f.next);
  submit |= field("password.confirm", "confirm_password", "再次输入新密码", f.confirm);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  ImGui::TextUnformatted("至少 8 位，包含大写字母、小写字母、数字、符号中的至少 3 类；不能与账号相同，不能与最近 5 次使用的密码相同。");
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  if (!f.formError.empty()) ui::errorText("password.form_error", f.formError);
  submit |= ui::primaryButton("password.submit", "修改密码", f.saving, ImVec2(width, 0));
  if (submit && !f.saving) dispatch(ChangePassword{});
  if (!f.message.empty()) {
    ImGui::TextColored(theme::kSuccess, "%s", f.message.c_str());
    probe::item("password.message", f.message);
  }
}

void drawPasswordScreen(AppState& state, Dispatch& dispatch) {
  ui::screenTitle("password.title", state.session->profile.role == domain::Role::Enterprise ? "修改密码" : "重置密码", state.session->profile.role == domain::Role::Enterprise ? "企业信息 / 修改密码" : "我的资料 / 重置密码");
  ImGui::Spacing();
  drawPasswordForm(state, dispatch);
}

}  // namespace qinqing::web
