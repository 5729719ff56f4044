// 我的资料 — 个人信息 (§2, §8) and, for an enterprise, 企业信息 (§15): the signed-in account as the
// server knows it. Editing arrives with the identity work; this screen shows real data only.
#include "screens/screens.hpp"
#include "theme.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {

void drawProfileEditing(AppState& state, Dispatch& dispatch) {
  ProfileState& f = state.profile;
  const auto& p = state.session->profile;
  const float width = std::min(420.0f * state.dpr, ImGui::GetContentRegionAvail().x);
  ImGui::Spacing();
  if (!f.message.empty()) {
    ImGui::TextColored(theme::kSuccess, "%s", f.message.c_str());
    probe::item("profile.message", f.message);
  }
  if (!f.editing && !f.changingMobile) {
    if (ui::primaryButton("profile.edit", "修改职务和邮箱", false)) {
      f.editing = true;
      f.title = p.title;
      f.email = p.email;
      f.message.clear();
    }
    ImGui::SameLine();
    if (ui::secondaryButton("profile.change_mobile", "更换手机号")) {
      f.changingMobile = true;
      state.mobile = MobileForm{};
      f.message.clear();
    }
    return;
  }
  if (f.editing) {
    ui::FieldOptions title;
    title.width = width;
    title.maxChars = 50;
    title.error = AppState::fieldError(f.fieldErrors, "title");
    bool submit = ui::textField("profile.form.title", "职务", f.title, title);
    ui::FieldOptions email;
    email.width = width;
    email.maxChars = 100;
    email.error = AppState::fieldError(f.fieldErrors, "email");
    submit |= ui::textField("profile.form.email", "邮箱", f.email, email);
    if (!f.formError.empty()) ui::errorText("profile.form.error", f.formError);
    submit |= ui::primaryButton("profile.save", "保存", f.saving);
    if (submit && !f.saving) dispatch(SaveProfile{});
    ImGui::SameLine();
    if (ui::secondaryButton("profile.cancel", "取消") || ImGui::IsKeyPressed(ImGuiKey_Escape)) f.editing = false;
    return;
  }
  ImGui::TextUnformatted("更换手机号：新号码需短信验证后生效。");
  drawMobileBinding(state, dispatch, "profile.mobile_form");
  if (state.mobile.message.rfind("手机号已绑定", 0) == 0) {
    f.changingMobile = false;
    f.message = state.mobile.message;
  }
  if (ui::secondaryButton("profile.mobile_cancel", "取消") || ImGui::IsKeyPressed(ImGuiKey_Escape)) f.changingMobile = false;
}

}  // namespace

void drawProfileScreen(AppState& state, Dispatch& dispatch) {
  const auto& p = state.session->profile;
  const bool enterprise = p.role == domain::Role::Enterprise;
  const float dpr = state.dpr;

  ui::screenTitle("profile.title", enterprise ? "企业基本信息" : "个人信息", enterprise ? "企业信息 / 企业基本信息" : "我的资料 / 个人信息");
  if (state.profile.loading) {
    ImGui::SameLine();
    ui::spinner(ImGui::GetFontSize() * 0.4f);
  }
  if (!state.profile.error.empty()) {
    ui::errorText("profile.error", state.profile.error);
    if (ui::secondaryButton("profile.retry", "重新加载")) dispatch(LoadProfile{});
  }
  ImGui::Spacing();

  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 6 * dpr);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(24 * dpr, 20 * dpr));
  ImGui::BeginChild("profile_card", ImVec2(std::min(760.0f * dpr, ImGui::GetContentRegionAvail().x), 0),
                    ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY);
  const float labelW = 140 * dpr;
  auto ref = [](const std::optional<domain::NamedRef>& r) { return r ? r->name : std::string(); };
  if (enterprise) {
    ui::detailRow("profile.display_name", "企业名称", p.displayName, labelW);
    ui::detailRow("profile.region", "所属区域", ref(p.region), labelW);
    ui::detailRow("profile.industry_group", "行业组别", ref(p.industryGroup), labelW);
    ui::detailRow("profile.mobile", "联络员手机号", p.mobileMasked, labelW);
  } else {
    ui::detailRow("profile.display_name", "姓名", p.displayName, labelW);
    ui::detailRow("profile.role", "用户类型", domain::roleDisplayName(p.role), labelW);
    ui::detailRow("profile.login_name", "登录账号", p.loginName, labelW);
    ui::detailRow("profile.region", "所属区域", ref(p.region), labelW);
    ui::detailRow("profile.unit", "工作单位", ref(p.unit), labelW);
    if (p.industryGroup) ui::detailRow("profile.industry_group", "行业组别", ref(p.industryGroup), labelW);
    ui::detailRow("profile.title_field", "职务", p.title, labelW);
    ui::detailRow("profile.email", "邮箱", p.email, labelW);
    ui::detailRow("profile.mobile", "手机号", p.mobileMasked, labelW);
  }
  ui::detailRow("profile.last_login", "上次登录", p.lastLoginAt.empty() ? "首次登录" : p.lastLoginAt, labelW);
  ImGui::EndChild();
  ImGui::PopStyleVar(2);

  // Every staff member keeps their own 职务 and 邮箱 (§2); an enterprise edits 企业信息 instead (§15).
  if (!enterprise) drawProfileEditing(state, dispatch);

  if (p.mustChangePassword) {
    ImGui::Spacing();
    ImGui::TextColored(theme::kWarning, "为了账号安全，请尽快在“重置密码”中修改初始密码。");
    probe::item("profile.password_warning");
  }
}

}  // namespace qinqing::web
