// 账号管理 (系统管理员, issues 4 and 17): every account with its status, filtered, searched, sorted and
// paged on the server; 新建账号 (new_account_panel.cpp); one account with the people who have held it;
// 移交账号 — handing a fixed staff account (§7: 茅箭区管理员, 十堰市经信局管理员, …) to a new holder;
// 编辑 its name, 职务, 邮箱 and 提出部门; 停用 with a reason (accounts are disabled, never deleted) and
// 启用. Every form is checked with the same shared rules the server applies, errors beside the fields.
#include "imgui.h"
#include "widgets/list_model.hpp"
#include "features/base_data/base_data_screens.hpp"
#include "app/theme.hpp"
#include "widgets/data_table.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"
#include "widgets/status_badge.hpp"
#include "widgets/time_text.hpp"
#include "widgets/status_colours.hpp"

namespace qinqing::web {
namespace {
using domain::AccountStatus;

std::string refName(const std::optional<domain::NamedRef>& ref) { return ref ? ref->name : std::string(); }

// The four filters above the table; a change reloads from page 1.
void drawFilters(AppState& state, Dispatch& dispatch) {
  AccountsState& a = state.admin.accounts;
  domain::AccountFilter& f = a.filter;
  const float w = 190 * state.dpr;
  bool changed = false;

  std::vector<ui::Choice> roles = {{0, "全部"}};
  for (auto r : domain::kAllRoles) roles.push_back({static_cast<long long>(r) + 1, std::string(domain::roleDisplayName(r))});
  long long role = f.role ? static_cast<long long>(*f.role) + 1 : 0;
  const float rowY = ImGui::GetCursorPosY();
  ImGui::BeginGroup();
  if (ui::choiceField("accounts.filter.role", "用户类型", roles, role, nullptr, "全部", w)) {
    f.role = role == 0 ? std::nullopt : std::optional(static_cast<domain::Role>(role - 1));
    changed = true;
  }
  ImGui::EndGroup();

  std::vector<ui::Choice> regions = {{0, "全部"}}, units = {{0, "全部"}};
  if (state.loginOptions.options) {
    for (const auto& r : state.loginOptions.options->regions) regions.push_back({r.id, r.name});
    for (const auto& u : state.loginOptions.options->units) {
      if (f.regionId && u.regionId == *f.regionId) units.push_back({u.id, u.name});
    }
  }
  long long region = f.regionId.value_or(0), unit = f.unitId.value_or(0);
  ui::beside(rowY);
  ImGui::BeginGroup();
  if (ui::choiceField("accounts.filter.region", "区域", regions, region, nullptr, "全部", w)) {
    f.regionId = region == 0 ? std::nullopt : std::optional(region);
    f.unitId.reset();
    changed = true;
  }
  ImGui::EndGroup();
  ui::beside(rowY);
  ImGui::BeginGroup();
  ImGui::BeginDisabled(!f.regionId);
  if (ui::choiceField("accounts.filter.unit", "单位", units, unit, nullptr, f.regionId ? "全部" : "请先选择区域", w * 1.4f)) {
    f.unitId = unit == 0 ? std::nullopt : std::optional(unit);
    changed = true;
  }
  ImGui::EndDisabled();
  ImGui::EndGroup();

  std::vector<ui::Choice> statuses = {{0, "全部"}};
  for (auto s : domain::kAllAccountStatuses) statuses.push_back({static_cast<long long>(s) + 1, std::string(domain::accountStatusName(s))});
  long long status = f.status ? static_cast<long long>(*f.status) + 1 : 0;
  ui::beside(rowY);
  ImGui::BeginGroup();
  if (ui::choiceField("accounts.filter.status", "状态", statuses, status, nullptr, "全部", w * 0.7f)) {
    f.status = status == 0 ? std::nullopt : std::optional(static_cast<AccountStatus>(status - 1));
    changed = true;
  }
  ImGui::EndGroup();
  if (changed) {
    a.list.request.page = 1;
    dispatch(LoadAccounts{});
  }
}

void drawAccountList(AppState& state, Dispatch& dispatch) {
  AccountsState& a = state.admin.accounts;
  if (ui::primaryButton("accounts.new", "＋ 新建账号", false)) dispatch(StartNewAccount{});
  drawFilters(state, dispatch);
  ImGui::Spacing();
  std::vector<ui::TableColumn> columns = {{"login_name", "登录名", 2.2f}, {"role", "用户类型", 1.1f}, {"", "持有人", 1.0f},
                                          {"region", "区域", 1.0f},       {"unit", "单位", 1.6f},     {"", "手机号", 1.1f},
                                          {"", "状态", 0.7f},             {"last_login", "最近登录", 1.3f}};
  ui::TableModel model = tableModelFor(a.list);
  model.searchHint = "按登录名或持有人查询（回车）";
  const bool filtered = a.filter.role || a.filter.regionId || a.filter.status;
  model.emptyText = !a.list.request.query.empty() ? "没有登录名或持有人包含“" + a.list.request.query + "”的账号"
                    : filtered                    ? "没有符合筛选条件的账号。"
                                                  : "平台中还没有账号。";
  const auto& items = a.list.page.items;
  bool reload = ui::dataTable("accounts", columns, model,
      [&](int row, int col) {
        const auto& r = items[static_cast<size_t>(row)];
        std::string text;
        switch (col) {
          case 0: text = r.loginName; break;
          case 1: text = std::string(domain::roleDisplayName(r.role)); break;
          case 2: text = r.holderName; break;
          case 3: text = refName(r.region); break;
          case 4: text = refName(r.unit); break;
          case 5: text = r.mobileMasked; break;
          case 6: text = std::string(domain::accountStatusName(r.status)); break;
          case 7: text = r.lastLoginAt.empty() ? "从未登录" : secondText(r.lastLoginAt); break;
        }
        if (col == 6) ui::statusBadge("accounts.status." + std::to_string(row), text, ui::statusColour(r.status));
        else ImGui::TextUnformatted(text.c_str());
        if (col == 0) probe::item("accounts.cell." + std::to_string(row), text);
      },
      [&](int row) { dispatch(OpenAccount{items[static_cast<size_t>(row)].id}); });
  if (reload) dispatch(LoadAccounts{});
}

void drawHolders(AppState& state, const domain::AccountDetail& d) {
  ImGui::Spacing();
  ImGui::TextUnformatted("持有人记录");
  probe::item("account.holders.title", "持有人记录");
  if (d.holders.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
    ImGui::TextUnformatted("尚无移交记录：账号自开通起由当前持有人使用。");
    ImGui::PopStyleColor();
    probe::item("account.holders.empty", "尚无移交记录");
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerH |
                                ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("account_holders", 7, flags)) return;
  for (auto [label, weight] : {std::pair{"持有人", 1.0f}, {"手机号", 1.1f}, {"职务", 1.0f}, {"起", 1.3f},
                               {"止", 1.3f}, {"移交原因", 1.6f}, {"操作人", 0.9f}}) {
    ImGui::TableSetupColumn(label, 0, weight);
  }
  ImGui::TableHeadersRow();
  for (size_t i = 0; i < d.holders.size(); ++i) {
    const auto& h = d.holders[i];
    ImGui::TableNextRow();
    const std::string cells[] = {h.holderName, h.mobileMasked, h.title,
                                 h.since.empty() ? "账号开通时" : secondText(h.since),
                                 h.until.empty() ? "至今（当前持有人）" : secondText(h.until), h.reason,
                                 refName(h.handedOverBy)};
    for (int c = 0; c < 7; ++c) {
      ImGui::TableSetColumnIndex(c);
      ImGui::TextUnformatted(cells[c].c_str());
      if (c == 0) probe::item("account.holder." + std::to_string(i), cells[c]);
      if (c == 4) probe::item("account.holder_until." + std::to_string(i), cells[c]);
    }
  }
  ImGui::EndTable();
  (void)state;
}

void drawHandoverForm(AppState& state, Dispatch& dispatch, float width) {
  AccountsState& a = state.admin.accounts;
  FormFeedback& fb = a.feedback;
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  ImGui::TextUnformatted("移交后账号变为“待激活”：原持有人的登录全部退出，新持有人收到短信后在登录页点击“激活账号”，"
                         "凭短信验证码设置自己的密码。");
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  const float half = (width - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  bool submit = false;
  float rowY = ImGui::GetCursorPosY();
  auto field = [&](const char* id, const char* key, const char* label, std::string& value, int maxChars, bool second,
                   std::string_view hint = {}) {
    if (second) {
      ui::beside(rowY);
    } else {
      rowY = ImGui::GetCursorPosY();
    }
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
  field("handover.holder_name", "holder_name", "新持有人姓名", a.handover.holderName, 20, false);
  field("handover.mobile", "mobile", "新持有人手机号（接收激活短信）", a.handover.mobile, 11, true);
  field("handover.title", "title", "职务（选填）", a.handover.title, 50, false);
  field("handover.reason", "reason", "移交原因", a.handover.reason, 200, true, "如：人员调整、岗位变动");
  if (!fb.formError.empty()) ui::errorText("handover.error", fb.formError);
  submit |= ui::primaryButton("handover.submit", "确认移交", fb.saving);
  ImGui::SameLine();
  if (ui::secondaryButton("handover.cancel", "取消") || (ImGui::IsKeyPressed(ImGuiKey_Escape) && !fb.saving)) {
    a.panel = AccountsState::Panel::None;
    fb.clear();
    return;
  }
  if (submit && !fb.saving) dispatch(HandOverAccount{});
}

std::vector<ui::Choice> departmentChoices() {
  std::vector<ui::Choice> out;
  for (auto dep : domain::kAllInspectorDepartments) {
    out.push_back({static_cast<long long>(dep) + 1, std::string(domain::inspectorDepartmentName(dep))});
  }
  return out;
}

// 编辑: what changes without a handover (a new holder is a handover).
void drawEditForm(AppState& state, Dispatch& dispatch, const domain::AccountDetail& d, float width) {
  AccountsState& a = state.admin.accounts;
  FormFeedback& fb = a.feedback;
  const float half = (width - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  bool submit = false;
  float rowY = ImGui::GetCursorPosY();
  auto field = [&](const char* id, const char* key, const char* label, std::string& value, int maxChars, bool second,
                   std::string_view hint = {}) {
    if (second) {
      ui::beside(rowY);
    } else {
      rowY = ImGui::GetCursorPosY();
    }
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
  field("account_edit.login_name", "login_name", "账号名称（持有人登录时填写）", a.edit.loginName,
        static_cast<int>(domain::kFixedLoginNameMax), false);
  field("account_edit.title_field", "title", "职务（选填）", a.edit.title, static_cast<int>(domain::kTitleMax), true);
  field("account_edit.email", "email", "邮箱（选填）", a.edit.email, static_cast<int>(domain::kEmailMax), false);
  if (d.summary.role == domain::Role::Inspector) {
    ui::beside(rowY);
    ImGui::BeginGroup();
    long long department = a.edit.department ? static_cast<long long>(*a.edit.department) + 1 : 0;
    if (ui::radioField("account_edit.department", "提出部门", departmentChoices(), department, fb.field("department"))) {
      a.edit.department = static_cast<domain::InspectorDepartment>(department - 1);
    }
    ImGui::EndGroup();
  }
  if (d.summary.loginName != a.edit.loginName) {
    ImGui::TextColored(theme::kWarning, "%s", ("保存后持有人须用新的账号名称“" + a.edit.loginName + "”登录。").c_str());
  }
  if (!fb.formError.empty()) ui::errorText("account_edit.error", fb.formError);
  submit |= ui::primaryButton("account_edit.save", "保存", fb.saving);
  ImGui::SameLine();
  if (ui::secondaryButton("account_edit.cancel", "取消") || (ImGui::IsKeyPressed(ImGuiKey_Escape) && !fb.saving)) {
    a.panel = AccountsState::Panel::None;
    fb.clear();
    return;
  }
  if (submit && !fb.saving) dispatch(SaveAccountEdit{});
}

// 停用: the reason first, then one confirmation; nothing is deleted.
void drawDisableForm(AppState& state, Dispatch& dispatch, const domain::AccountDetail& d, float width) {
  AccountsState& a = state.admin.accounts;
  FormFeedback& fb = a.feedback;
  ui::mutedWrapped("停用后该账号的登录立即全部退出，持有人无法再登录；账号及其记录保留，需要时可重新启用。", width);
  ui::FieldOptions reason;
  reason.width = width;
  reason.maxChars = static_cast<int>(domain::kDisableReasonMax);
  reason.error = fb.field("reason");
  reason.hint = "如：人员离岗、岗位撤销";
  reason.readOnly = a.disableConfirming;
  const std::string before = a.disable.reason;
  bool submit = ui::textField("account_disable.reason", "停用原因", a.disable.reason, reason);
  if (a.disable.reason != before) fb.clearField("reason");
  if (!fb.formError.empty()) ui::errorText("account_disable.error", fb.formError);
  const bool escape = ImGui::IsKeyPressed(ImGuiKey_Escape) && !fb.saving;
  if (a.disableConfirming) {
    const std::string question = "确认停用账号“" + d.summary.loginName + "”（持有人 " + d.summary.holderName + "）？";
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    ImGui::TextColored(theme::kWarning, "%s", question.c_str());
    ImGui::PopTextWrapPos();
    probe::item("account_disable.question", question);
    submit |= ui::primaryButton("account_disable.confirm", "确认停用", fb.saving);
    ImGui::SameLine();
    if (ui::secondaryButton("account_disable.back", "返回修改") || escape) {
      a.disableConfirming = false;
      return;
    }
  } else {
    submit |= ui::primaryButton("account_disable.submit", "停用", fb.saving);
    ImGui::SameLine();
    if (ui::secondaryButton("account_disable.cancel", "取消") || escape) {
      a.panel = AccountsState::Panel::None;
      fb.clear();
      return;
    }
  }
  if (submit && !fb.saving) dispatch(DisableAccount{});
}

// The buttons under the card: what may be done with this account.
void drawActions(AppState& state, Dispatch& dispatch, const domain::AccountDetail& d) {
  AccountsState& a = state.admin.accounts;
  const auto& s = d.summary;
  const bool disabled = s.status == AccountStatus::Disabled;
  const bool self = state.session && state.session->profile.accountId == s.id;
  const bool platformAdmin = domain::roleIsPlatformAdministrator(s.role);
  bool any = false;
  auto next = [&]() {
    if (any) ImGui::SameLine();
    any = true;
  };
  if (d.handoverAllowed && !disabled) {
    next();
    if (ui::primaryButton("account.handover", "移交账号", false)) {
      a.panel = AccountsState::Panel::Handover;
      a.handover = {};
      a.handover.title = d.title;
      a.feedback.clear();
    }
  }
  const bool fixedStaff = domain::roleHasNamedHolder(s.role);
  if (fixedStaff) {
    next();
    if (ui::secondaryButton("account.edit", "编辑")) {
      a.panel = AccountsState::Panel::Edit;
      a.edit = {s.loginName, d.title, d.email, d.requestingDepartment};
      a.feedback.clear();
    }
  }
  if (disabled) {
    next();
    if (ui::primaryButton("account.enable", "启用", a.feedback.saving)) dispatch(EnableAccount{});
  } else if (!platformAdmin && !self) {
    next();
    if (ui::secondaryButton("account.disable", "停用")) {
      a.panel = AccountsState::Panel::Disable;
      a.disable = {};
      a.disableConfirming = false;
      a.feedback.clear();
    }
  }
  if (!fixedStaff) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(platformAdmin ? "系统管理员、安全管理员、审计管理员账号由平台初始化创建，不能在此移交、修改或停用（三权分立）。"
                                         : "只有单位管理员、县市区管理员、分办员和巡查员的固定账号可以移交和修改；包联干部的账号随干部信息调整，"
                                           "企业账号随企业联络员变更。");
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
  }
}

void drawAccountDetail(AppState& state, Dispatch& dispatch) {
  AccountsState& a = state.admin.accounts;
  if (a.detailLoading) {
    ui::spinner(ImGui::GetFontSize() * 0.45f);
    ImGui::SameLine();
    ImGui::TextUnformatted("正在加载账号信息…");
    return;
  }
  if (!a.detailError.empty()) {
    ui::errorText("account.error", a.detailError);
    if (ui::secondaryButton("account.retry", "重新加载")) dispatch(OpenAccount{a.openId});
    return;
  }
  if (!a.detail) return;
  const auto& d = *a.detail;
  const auto& s = d.summary;
  const float labelW = 130 * state.dpr;
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 6 * state.dpr);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(24 * state.dpr, 20 * state.dpr));
  ImGui::BeginChild("account_card", ImVec2(std::min(1000.0f * state.dpr, ImGui::GetContentRegionAvail().x), 0),
                    ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY);
  ui::detailRow("account.login_name", "登录名", s.loginName, labelW);
  ui::detailRow("account.role", "用户类型", domain::roleDisplayName(s.role), labelW);
  ui::detailRow("account.holder", "持有人", s.holderName, labelW);
  ui::detailRow("account.title_field", "职务", d.title, labelW);
  if (!d.email.empty()) ui::detailRow("account.email", "邮箱", d.email, labelW);
  if (s.region) ui::detailRow("account.region", "区域", refName(s.region), labelW);
  if (s.unit) ui::detailRow("account.unit", "单位", s.unit->name, labelW);
  if (s.industryGroup) ui::detailRow("account.industry_group", "行业组别", s.industryGroup->name, labelW);
  if (auto dep = d.requestingDepartment) {
    ui::detailRow("account.department", "提出部门", domain::inspectorDepartmentName(*dep), labelW);
  }
  ui::detailRow("account.mobile", "手机号", s.mobileMasked, labelW);
  ImGui::TextColored(theme::kMutedText, "%s", "状态");
  ImGui::SameLine(labelW);
  ui::statusBadge("account.status_badge", domain::accountStatusName(s.status), ui::statusColour(s.status));
  probe::item("account.status", domain::accountStatusName(s.status));
  std::string note;
  if (!d.lockedUntil.empty()) note = "至 " + secondText(d.lockedUntil);
  if (s.status == AccountStatus::PendingActivation) note = "持有人尚未在登录页激活";
  if (!note.empty()) {
    ImGui::SameLine();
    ImGui::TextColored(theme::kMutedText, "%s", note.c_str());
  }
  if (s.status == AccountStatus::Disabled) {
    ui::detailRow("account.disabled_at", "停用时间", secondText(d.disabledAt), labelW);
    ui::detailRow("account.disabled_reason", "停用原因", d.disabledReason, labelW);
  }
  ui::detailRow("account.created_at", "开通时间", secondText(d.createdAt), labelW);
  ui::detailRow("account.last_login", "最近登录", s.lastLoginAt.empty() ? "从未登录" : secondText(s.lastLoginAt), labelW);
  drawHolders(state, d);
  ImGui::EndChild();
  ImGui::PopStyleVar(2);

  if (!a.feedback.message.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextColored(theme::kSuccess, "%s", a.feedback.message.c_str());
    ImGui::PopTextWrapPos();
    probe::item("account.message", a.feedback.message);
    probe::item("handover.message", a.feedback.message);  // the id of issue 4's tests
  }
  if (a.panel == AccountsState::Panel::None) {
    drawActions(state, dispatch, d);
    return;
  }
  // Drawn inline between rules, not in an auto-sized child: such a child takes its size a frame after
  // its content (opening the form, errors appearing), and the client draws no frame while nothing
  // changes, so the form stayed hidden or its buttons clipped.
  const float indent = 12 * state.dpr;
  const float width = std::min(1000.0f * state.dpr, ImGui::GetContentRegionAvail().x) - indent;
  ImGui::Spacing();
  ImGui::Separator();
  const char* what = a.panel == AccountsState::Panel::Handover ? "移交账号："
                     : a.panel == AccountsState::Panel::Edit   ? "编辑账号："
                                                               : "停用账号：";
  ImGui::TextColored(theme::kPrimary, "%s", (what + s.loginName).c_str());
  probe::item(a.panel == AccountsState::Panel::Handover ? "handover.title"
              : a.panel == AccountsState::Panel::Edit   ? "account_edit.title"
                                                        : "account_disable.title",
              s.loginName);
  ImGui::Indent(indent);
  if (a.panel == AccountsState::Panel::Handover) drawHandoverForm(state, dispatch, width);
  if (a.panel == AccountsState::Panel::Edit) drawEditForm(state, dispatch, d, width);
  if (a.panel == AccountsState::Panel::Disable) drawDisableForm(state, dispatch, d, width);
  ImGui::Unindent(indent);
  ImGui::Separator();
}

}  // namespace

void drawAccountsScreen(AppState& state, Dispatch& dispatch) {
  AccountsState& a = state.admin.accounts;
  ui::screenTitle("accounts.title", "账号管理",
                  "系统管理 / 账号管理：全部账号及其状态；新建单位、县市区管理员和分办员、巡查员的固定账号，可移交、修改、停用和启用。");
  if (a.creating) {
    if (ui::secondaryButton("new_account.back", "‹ 返回列表")) {
      a.creating = false;
      a.feedback.clear();
      return;
    }
    drawNewAccountPanel(state, dispatch);
    return;
  }
  if (a.openId != 0) {
    if (ui::secondaryButton("account.back", "‹ 返回列表") ||
        (a.panel == AccountsState::Panel::None && ImGui::IsKeyPressed(ImGuiKey_Escape))) {
      dispatch(OpenAccount{0});
      return;
    }
    drawAccountDetail(state, dispatch);
    return;
  }
  drawAccountList(state, dispatch);
}

}  // namespace qinqing::web
