// 账号管理 (系统管理员, issue 4): every account with its status, filtered, searched, sorted and paged
// on the server; one account with the people who have held it; and 移交账号 — handing a fixed staff
// account (§7: 茅箭区管理员, 十堰市经信局管理员, …) to a new holder, checked with the same shared rules
// the server applies, errors beside the fields.
#include "imgui.h"
#include "screens/list_model.hpp"
#include "screens/screens.hpp"
#include "theme.hpp"
#include "widgets/data_table.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {
using domain::AccountStatus;

std::string shortTime(const std::string& iso) {
  if (iso.size() < 19) return iso;
  std::string out = iso.substr(0, 16);
  out[10] = ' ';
  return out;
}

std::string refName(const std::optional<domain::NamedRef>& ref) { return ref ? ref->name : std::string(); }

ImVec4 statusColour(AccountStatus s) {
  switch (s) {
    case AccountStatus::Active: return theme::kSuccess;
    case AccountStatus::PendingActivation: return theme::kWarning;
    case AccountStatus::Locked: return theme::kDanger;
  }
  return theme::kMutedText;
}

// The four filters above the table; a change reloads from page 1.
void drawFilters(AppState& state, Dispatch& dispatch) {
  AccountsState& a = state.admin.accounts;
  domain::AccountFilter& f = a.filter;
  const float w = 190 * state.dpr;
  bool changed = false;

  std::vector<ui::Choice> roles = {{0, "全部"}};
  for (auto r : domain::kAllRoles) roles.push_back({static_cast<long long>(r) + 1, std::string(domain::roleDisplayName(r))});
  long long role = f.role ? static_cast<long long>(*f.role) + 1 : 0;
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
  ImGui::SameLine();
  ImGui::BeginGroup();
  if (ui::choiceField("accounts.filter.region", "区域", regions, region, nullptr, "全部", w)) {
    f.regionId = region == 0 ? std::nullopt : std::optional(region);
    f.unitId.reset();
    changed = true;
  }
  ImGui::EndGroup();
  ImGui::SameLine();
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
  ImGui::SameLine();
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

void drawList(AppState& state, Dispatch& dispatch) {
  AccountsState& a = state.admin.accounts;
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
          case 7: text = r.lastLoginAt.empty() ? "从未登录" : shortTime(r.lastLoginAt); break;
        }
        if (col == 6) ImGui::TextColored(statusColour(r.status), "%s", text.c_str());
        else ImGui::TextUnformatted(text.c_str());
        if (col == 0) probe::item("accounts.cell." + std::to_string(row), text);
        if (col == 6) probe::item("accounts.status." + std::to_string(row), text);
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
                                 h.since.empty() ? "账号开通时" : shortTime(h.since),
                                 h.until.empty() ? "至今（当前持有人）" : shortTime(h.until), h.reason,
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
      ImGui::SameLine();
      ImGui::SetCursorPosY(rowY);
    } else {
      rowY = ImGui::GetCursorPosY();
    }
    ImGui::BeginGroup();
    ui::FieldOptions o;
    o.width = half;
    o.maxChars = maxChars;
    o.error = fb.field(key);
    o.hint = hint;
    submit |= ui::textField(id, label, value, o);
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
    a.handoverOpen = false;
    fb.clear();
    return;
  }
  if (submit && !fb.saving) dispatch(HandOverAccount{});
}

void drawDetail(AppState& state, Dispatch& dispatch) {
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
  ui::detailRow("account.region", "区域", refName(s.region), labelW);
  if (s.unit) ui::detailRow("account.unit", "单位", s.unit->name, labelW);
  if (s.industryGroup) ui::detailRow("account.industry_group", "行业组别", s.industryGroup->name, labelW);
  ui::detailRow("account.mobile", "手机号", s.mobileMasked, labelW);
  std::string status(domain::accountStatusName(s.status));
  if (!d.lockedUntil.empty()) status += "（至 " + shortTime(d.lockedUntil) + "）";
  ui::detailRow("account.status", "状态", status, labelW);
  ui::detailRow("account.created_at", "开通时间", shortTime(d.createdAt), labelW);
  ui::detailRow("account.last_login", "最近登录", s.lastLoginAt.empty() ? "从未登录" : shortTime(s.lastLoginAt), labelW);
  drawHolders(state, d);
  ImGui::EndChild();
  ImGui::PopStyleVar(2);

  if (!a.feedback.message.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextColored(theme::kSuccess, "%s", a.feedback.message.c_str());
    ImGui::PopTextWrapPos();
    probe::item("handover.message", a.feedback.message);
  }
  if (!d.handoverAllowed) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted("只有单位管理员、县市区管理员、分办员和巡查员的固定账号可以移交；包联干部的账号随干部信息调整，"
                           "企业账号随企业联络员变更。");
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    return;
  }
  if (!a.handoverOpen) {
    if (ui::primaryButton("account.handover", "移交账号", false)) {
      a.handoverOpen = true;
      a.handover = {};
      a.handover.title = d.title;
      a.feedback.clear();
    }
    return;
  }
  // Drawn inline between rules, not in an auto-sized child: such a child takes its size a frame after
  // its content (opening the form, errors appearing), and the client draws no frame while nothing
  // changes, so the form stayed hidden or its buttons clipped.
  const float indent = 12 * state.dpr;
  const float width = std::min(1000.0f * state.dpr, ImGui::GetContentRegionAvail().x) - indent;
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::TextColored(theme::kPrimary, "%s", ("移交账号：" + s.loginName).c_str());
  probe::item("handover.title", s.loginName);
  ImGui::Indent(indent);
  drawHandoverForm(state, dispatch, width);
  ImGui::Unindent(indent);
  ImGui::Separator();
}

}  // namespace

void drawAccountsScreen(AppState& state, Dispatch& dispatch) {
  AccountsState& a = state.admin.accounts;
  ui::screenTitle("accounts.title", "账号管理",
                  "系统管理 / 账号管理：全部账号及其状态；单位、县市区管理员和分办员、巡查员的固定账号可移交给新的持有人。");
  if (a.openId != 0) {
    if (ui::secondaryButton("account.back", "‹ 返回列表") ||
        (!a.handoverOpen && ImGui::IsKeyPressed(ImGuiKey_Escape))) {
      dispatch(OpenAccount{0});
      return;
    }
    drawDetail(state, dispatch);
    return;
  }
  drawList(state, dispatch);
}

}  // namespace qinqing::web
