// 我的资料 — 个人信息 (§2, §8) and, for an enterprise, 企业信息 (§15): the signed-in account as the
// server knows it. Staff edit 职务 and 邮箱 and change the mobile by SMS code; a cadre also changes
// 工作单位 (region → unit, as at login), which waits for the new unit's administrator (issue 17) and
// can be withdrawn meanwhile.
#include "features/profile/profile_screens.hpp"
#include "app/theme.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {

// A cadre's 工作单位 chosen as at login: region first, then one of its units (GET /api/login-options).
void drawUnitChoice(AppState& state, Dispatch& dispatch, float width) {
  ProfileState& f = state.profile;
  if (!state.loginOptions.options && !state.loginOptions.loading && state.loginOptions.error.empty()) {
    dispatch(LoadLoginOptions{});
  }
  std::vector<ui::Choice> regions, units;
  if (state.loginOptions.options) {
    for (const auto& r : state.loginOptions.options->regions) regions.push_back({r.id, r.name});
    for (const auto& u : state.loginOptions.options->units) {
      if (u.regionId == f.regionId) units.push_back({u.id, u.name});
    }
  }
  const float half = (width - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  const float rowY = ImGui::GetCursorPosY();
  ImGui::BeginGroup();
  if (ui::choiceField("profile.form.region", "工作单位所在区域", regions, f.regionId, nullptr,
                      state.loginOptions.loading ? "正在加载…" : "请选择区域", half)) {
    f.unitId = 0;
  }
  ImGui::EndGroup();
  ui::beside(rowY);
  ImGui::BeginGroup();
  ImGui::BeginDisabled(f.regionId == 0);
  ui::choiceField("profile.form.unit", "工作单位", units, f.unitId, AppState::fieldError(f.fieldErrors, "unit_id"),
                  f.regionId == 0 ? "请先选择区域" : "请选择单位", half);
  ImGui::EndDisabled();
  ImGui::EndGroup();
  if (!state.loginOptions.error.empty()) ui::errorText("profile.form.options_error", state.loginOptions.error);
  const auto& current = state.session->profile.unit;
  if (f.unitId != 0 && current && f.unitId != current->id) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kWarning);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextUnformatted("更换工作单位须经新单位的管理员确认后生效；确认前仍按原单位登录和办理，包联企业保持不变。");
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    probe::item("profile.form.move_note");
  }
}

// A move waiting for the new unit's administrator, with 撤回申请.
void drawPendingUnit(AppState& state, Dispatch& dispatch) {
  const auto& pending = state.session->profile.pendingUnit;
  if (!pending) return;
  ImGui::Spacing();
  const std::string text = "调入 " + pending->name + " 待该单位管理员确认";
  ImGui::AlignTextToFramePadding();
  ImGui::TextColored(theme::kWarning, "%s", text.c_str());
  probe::item("profile.pending_unit", text);
  ImGui::SameLine();
  ImGui::BeginDisabled(state.profile.withdrawing);
  if (ui::secondaryButton("profile.withdraw_transfer", "撤回申请")) dispatch(WithdrawUnitTransfer{});
  ImGui::EndDisabled();
  if (state.profile.withdrawing) {
    ImGui::SameLine();
    ui::spinner(ImGui::GetFontSize() * 0.4f);
  }
}

void drawProfileEditing(AppState& state, Dispatch& dispatch) {
  ProfileState& f = state.profile;
  const auto& p = state.session->profile;
  const bool cadre = p.role == domain::Role::Cadre;
  const float width = std::min((cadre ? 640.0f : 420.0f) * state.dpr, ImGui::GetContentRegionAvail().x);
  if (!f.editing && !f.changingMobile) drawPendingUnit(state, dispatch);
  ImGui::Spacing();
  if (!f.message.empty()) {
    ImGui::TextColored(theme::kSuccess, "%s", f.message.c_str());
    probe::item("profile.message", f.message);
  }
  if (!f.editing && !f.changingMobile) {
    if (!f.formError.empty()) ui::errorText("profile.error_message", f.formError);
    if (ui::primaryButton("profile.edit", cadre ? "修改工作单位、职务和邮箱" : "修改职务和邮箱", false)) {
      f.editing = true;
      f.title = p.title;
      f.email = p.email;
      f.regionId = p.region ? p.region->id : 0;
      f.unitId = p.unit ? p.unit->id : 0;
      // A pending move is what the cadre chose last: the form starts from it.
      if (p.pendingUnit && state.loginOptions.options) {
        for (const auto& u : state.loginOptions.options->units) {
          if (u.id == p.pendingUnit->id) {
            f.regionId = u.regionId;
            f.unitId = u.id;
          }
        }
      }
      f.message.clear();
      f.formError.clear();
      f.fieldErrors.clear();
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
    if (cadre) drawUnitChoice(state, dispatch, width);
    const float half = cadre ? (width - ImGui::GetStyle().ItemSpacing.x) * 0.5f : width;
    const float rowY = ImGui::GetCursorPosY();
    ui::FieldOptions title;
    title.width = half;
    title.maxChars = 50;
    title.error = AppState::fieldError(f.fieldErrors, "title");
    ImGui::BeginGroup();
    bool submit = ui::textField("profile.form.title", "职务", f.title, title);
    ImGui::EndGroup();
    if (cadre) {  // side by side with 职务, sharing its baseline
      ui::beside(rowY);
    }
    ui::FieldOptions email;
    email.width = half;
    email.maxChars = 100;
    email.error = AppState::fieldError(f.fieldErrors, "email");
    ImGui::BeginGroup();
    submit |= ui::textField("profile.form.email", "邮箱", f.email, email);
    ImGui::EndGroup();
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
    if (p.pendingUnit) {
      ImGui::SameLine();
      ImGui::TextColored(theme::kWarning, "%s", ("（申请调入" + p.pendingUnit->name + "，待确认）").c_str());
    }
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
