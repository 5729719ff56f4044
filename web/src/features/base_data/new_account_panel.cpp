// 账号管理 → 新建账号 (系统管理员, issue 17): a fixed staff account of §7, §20, §22, §23 for a named
// holder — 单位管理员 of a unit, 县市区管理员 of a county or zone, 双千分办员, 城区行业分办员 of an
// industry group, 超级巡查员 with the department that asked for it. The picker shown is the one the
// role needs (accountAnchorOf); the account name is prefilled with the name §7 gives it
// (suggestedLoginName) and stays editable. Checked with the shared rules before it is sent; the new
// account is 待激活 and its holder activates it from the login page.
#include <string>

#include "features/base_data/base_data_screens.hpp"
#include "app/theme.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {
using domain::AccountAnchor;
using domain::Role;

std::vector<ui::Choice> roleChoices() {
  std::vector<ui::Choice> out;
  for (Role r : domain::kAllRoles) {
    if (domain::roleHasNamedHolder(r)) out.push_back({static_cast<long long>(r), std::string(domain::roleDisplayName(r))});
  }
  return out;
}

std::vector<ui::Choice> departmentNewAccountChoices() {
  std::vector<ui::Choice> out;
  for (auto d : domain::kAllInspectorDepartments) {
    out.push_back({static_cast<long long>(d) + 1, std::string(domain::inspectorDepartmentName(d))});
  }
  return out;
}

// The name of what the account is attached to, for the suggested account name.
std::string anchorName(const AppState& state) {
  const NewAccountDraft& d = state.admin.accounts.draft;
  const auto& a = d.account;
  switch (domain::accountAnchorOf(a.role)) {
    case AccountAnchor::Unit:
      for (const auto& u : d.units.page.items) {
        if (a.unitId && u.id == *a.unitId) return u.name;
      }
      return {};
    case AccountAnchor::Region:
      for (const auto& r : state.admin.org.regions) {
        if (a.regionId && r.id == *a.regionId) return r.name;
      }
      return {};
    case AccountAnchor::IndustryGroup:
      for (const auto& g : state.admin.org.groups) {
        if (a.industryGroupId && g.id == *a.industryGroupId) return g.name;
      }
      return {};
    case AccountAnchor::None: return {};
  }
  return {};
}

// Keeps the account name on the suggestion while nobody has typed their own.
void followSuggestion(AppState& state) {
  NewAccountDraft& d = state.admin.accounts.draft;
  const std::string suggestion = domain::suggestedLoginName(d.account.role, anchorName(state));
  if (suggestion == d.suggestion) return;
  if (d.account.loginName.empty() || d.account.loginName == d.suggestion) d.account.loginName = suggestion;
  d.suggestion = suggestion;
}

// The picker the role needs, on the row of 用户类型 (and a second one for a unit's region → unit).
void drawAnchor(AppState& state, Dispatch& dispatch, float half) {
  AccountsState& a = state.admin.accounts;
  NewAccountDraft& d = a.draft;
  const FormFeedback& fb = a.feedback;
  const OrgState& org = state.admin.org;
  const char* loading = org.regionsLoading || org.groupsLoading ? "正在加载…" : nullptr;
  switch (domain::accountAnchorOf(d.account.role)) {
    case AccountAnchor::Region: {
      std::vector<ui::Choice> regions;
      for (const auto& r : org.regions) {
        if (domain::isSubdivision(r.kind)) regions.push_back({r.id, r.name + "（" + std::string(domain::regionKindLabel(r.kind)) + "）"});
      }
      long long id = d.account.regionId.value_or(0);
      if (ui::choiceField("new_account.county", "县市区", regions, id, fb.field("region_id"),
                          loading ? loading : "请选择县市区或功能区", half)) {
        d.account.regionId = id;
        a.feedback.clearField("region_id");
      }
      break;
    }
    case AccountAnchor::IndustryGroup: {
      std::vector<ui::Choice> groups;
      for (const auto& g : org.groups) groups.push_back({g.id, g.name + "组" + (g.unit ? "（" + g.unit->name + "牵头）" : "")});
      long long id = d.account.industryGroupId.value_or(0);
      if (ui::choiceField("new_account.group", "行业组", groups, id, fb.field("industry_group_id"),
                          loading ? loading : "请选择行业组", half)) {
        d.account.industryGroupId = id;
        a.feedback.clearField("industry_group_id");
      }
      break;
    }
    case AccountAnchor::Unit: {
      std::vector<ui::Choice> regions;
      for (const auto& r : org.regions) regions.push_back({r.id, r.name});
      if (ui::choiceField("new_account.region", "所属区域", regions, d.unitRegionId, nullptr,
                          loading ? loading : "请选择区域", half)) {
        d.account.unitId.reset();
        dispatch(LoadNewAccountUnits{});
      }
      break;
    }
    case AccountAnchor::None:
      if (d.account.role == Role::Inspector) {
        long long department = d.account.department ? static_cast<long long>(*d.account.department) + 1 : 0;
        if (ui::radioField("new_account.department", "提出部门（§23：巡查员账号依提出部门分配）", departmentNewAccountChoices(), department,
                           fb.field("department"))) {
          d.account.department = static_cast<domain::InspectorDepartment>(department - 1);
          a.feedback.clearField("department");
        }
      } else {
        ImGui::TextUnformatted(" ");
        ImGui::AlignTextToFramePadding();
        ImGui::TextColored(theme::kMutedText, "%s", "双千分办员属市双千办分办组，无需选择单位。");
      }
      break;
  }
}

// 单位管理员: the region's units, on their own row under the region.
void drawUnitRow(AppState& state, float half) {
  AccountsState& a = state.admin.accounts;
  NewAccountDraft& d = a.draft;
  std::vector<ui::Choice> units;
  for (const auto& u : d.units.page.items) units.push_back({u.id, u.name});
  long long id = d.account.unitId.value_or(0);
  const char* placeholder = d.unitRegionId == 0 ? "请先选择区域"
                            : d.units.loading  ? "正在加载单位…"
                            : units.empty()    ? "该区域还没有单位，请先在“组织机构”中添加"
                                               : "请选择单位";
  ImGui::BeginGroup();
  ImGui::BeginDisabled(d.unitRegionId == 0 || d.units.loading);
  if (ui::choiceField("new_account.unit", "所属单位", units, id, a.feedback.field("unit_id"), placeholder, half)) {
    d.account.unitId = id;
    a.feedback.clearField("unit_id");
  }
  ImGui::EndDisabled();
  ImGui::EndGroup();
  if (d.units.loading) {
    ImGui::SameLine();
    ui::spinner(ImGui::GetFontSize() * 0.4f);
  }
  if (!d.units.error.empty()) ui::errorText("new_account.units_error", d.units.error);
}

}  // namespace

void drawNewAccountPanel(AppState& state, Dispatch& dispatch) {
  AccountsState& a = state.admin.accounts;
  NewAccountDraft& d = a.draft;
  FormFeedback& fb = a.feedback;
  followSuggestion(state);

  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 6 * state.dpr);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(24 * state.dpr, 20 * state.dpr));
  ImGui::BeginChild("new_account_card", ImVec2(std::min(900.0f * state.dpr, ImGui::GetContentRegionAvail().x), 0),
                    ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY);
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.1f);
  ImGui::TextUnformatted("新建账号");
  ImGui::PopFont();
  probe::item("new_account.title", "新建账号");
  ui::mutedWrapped("单位管理员、县市区管理员、分办员和巡查员的固定账号。包联干部请在“基础数据—包联干部”中新增，企业请在“包联企业”中新增。");
  ImGui::Spacing();

  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  bool submit = false;
  // Two fields a row, tops aligned even when the left one shows an error under it.
  float rowY = ImGui::GetCursorPosY();
  auto second = [&]() {
    ui::beside(rowY);
  };
  auto field = [&](const char* id, const char* key, const char* label, std::string& value, int maxChars, bool right,
                   const std::string& hint = {}) {
    if (right) second();
    else rowY = ImGui::GetCursorPosY();
    ImGui::BeginGroup();
    ui::FieldOptions o;
    o.width = half;
    o.maxChars = maxChars;
    o.error = fb.field(key);
    o.hint = hint;
    const std::string before = value;
    submit |= ui::textField(id, label, value, o);
    if (value != before) fb.clearField(key);
    ImGui::EndGroup();
  };

  ImGui::BeginGroup();
  long long role = static_cast<long long>(d.account.role);
  if (ui::choiceField("new_account.role", "用户类型", roleChoices(), role, fb.field("role"), "请选择用户类型", half)) {
    d.account.role = static_cast<Role>(role);
    fb.clear();
  }
  ImGui::EndGroup();
  second();
  ImGui::BeginGroup();
  drawAnchor(state, dispatch, half);
  ImGui::EndGroup();
  if (domain::accountAnchorOf(d.account.role) == AccountAnchor::Unit) drawUnitRow(state, half);
  if (!state.admin.org.regionsError.empty()) ui::errorText("new_account.regions_error", state.admin.org.regionsError);
  if (!state.admin.org.groupsError.empty()) ui::errorText("new_account.groups_error", state.admin.org.groupsError);

  const bool inspector = d.account.role == Role::Inspector;
  field("new_account.login_name", "login_name", "账号名称（登录时填写）", d.account.loginName,
        static_cast<int>(domain::kFixedLoginNameMax), false, inspector ? "如：巡查员04" : "选择后自动填写，可修改");
  field("new_account.holder_name", "holder_name", "持有人姓名", d.account.holderName,
        static_cast<int>(domain::kHolderNameMax), true);
  field("new_account.mobile", "mobile", "持有人手机号（接收开通短信）", d.account.mobile, 11, false, "11 位手机号");
  field("new_account.title_field", "title", "职务（选填）", d.account.title, static_cast<int>(domain::kTitleMax), true);

  ui::mutedWrapped("创建后账号为“待激活”：持有人收到开通短信后，在登录页点击“激活账号”，凭短信验证码设置自己的密码。");
  if (!fb.formError.empty()) ui::errorText("new_account.error", fb.formError);
  ImGui::Spacing();
  submit |= ui::primaryButton("new_account.submit", "创建账号", fb.saving);
  ImGui::SameLine();
  const bool cancel = ui::secondaryButton("new_account.cancel", "取消") || (ImGui::IsKeyPressed(ImGuiKey_Escape) && !fb.saving);
  ImGui::EndChild();
  ImGui::PopStyleVar(2);
  if (cancel) {
    a.creating = false;
    fb.clear();
    return;
  }
  if (submit && !fb.saving) dispatch(CreateAccount{});
}

}  // namespace qinqing::web
