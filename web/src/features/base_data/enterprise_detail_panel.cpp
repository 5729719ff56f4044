// One enterprise's record (notice §3, §15): read view with masked numbers (and an audited 查看完整号码
// for those who may), and the edit form for the enterprise itself and its liaison cadre, checked with
// the same shared rules the server applies. Staff also see the cadre assignment history (一对一包联:
// every change recorded), and 单位管理员, 县市区管理员 and 系统管理员 give the enterprise another cadre
// (更换包联干部: a cadre picker searched on the server within their scope, a note, a confirmation).
#include "imgui.h"
#include "imgui_stdlib.h"
#include "qinqing/org/organisation.hpp"
#include "features/base_data/base_data_screens.hpp"
#include "widgets/cadre_picker.hpp"
#include "widgets/data_table.hpp"
#include "app/screen_registry.hpp"
#include "app/theme.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"
#include "widgets/time_text.hpp"

namespace qinqing::web {
namespace {

bool masked(const std::string& mobile) { return mobile.find('*') != std::string::npos; }

void mobileRow(AppState& state, Dispatch& dispatch, const char* probeId, const char* label, const std::string& value,
               const char* field, float labelW) {
  ui::detailRow(probeId, label, value, labelW);
  if (masked(value) && !domain::roleMayEditEnterprise(state.session->profile.role)) {
    ImGui::SameLine();
    if (ImGui::SmallButton((std::string("查看完整号码##") + field).c_str())) dispatch(RevealMobile{field});
    probe::item(std::string(probeId) + ".reveal", "查看完整号码");
    ImGui::SetItemTooltip("查看完整号码会记入审计日志");
  }
}

void drawView(AppState& state, Dispatch& dispatch, const domain::EnterpriseRecord& r) {
  const float labelW = 150 * state.dpr;
  auto name = [](const std::optional<domain::NamedRef>& ref) { return ref ? ref->name : std::string(); };
  ui::detailRow("enterprise.name", "企业名称", r.name, labelW);
  ui::detailRow("enterprise.uscc", "统一社会信用代码", r.uscc, labelW);
  ui::detailRow("enterprise.region", "所属区域", r.region.name, labelW);
  ui::detailRow("enterprise.industry_group", "行业组别", name(r.industryGroup), labelW);
  ui::detailRow("enterprise.cadre", "包联干部", name(r.cadre) + (r.cadreUnit ? "（" + r.cadreUnit->name + "）" : ""), labelW);
  ui::detailRow("enterprise.address", "注册地址", r.address, labelW);
  ui::detailRow("enterprise.legal_rep", "法人代表", r.legalRep, labelW);
  mobileRow(state, dispatch, "enterprise.legal_rep_mobile", "法人代表手机号", r.legalRepMobile, "legal_rep_mobile", labelW);
  ui::detailRow("enterprise.liaison", "企业联络员", r.liaison, labelW);
  mobileRow(state, dispatch, "enterprise.liaison_mobile", "联络员手机号", r.liaisonMobile, "liaison_mobile", labelW);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
  ImGui::TextUnformatted("企业简介");
  ImGui::PopStyleColor();
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(r.intro.empty() ? "（未填写）" : r.intro.c_str());
  ImGui::PopTextWrapPos();
  probe::item("enterprise.intro", r.intro);
}

void drawForm(AppState& state, Dispatch& dispatch) {
  EnterpriseDetailState& d = state.baseData.enterprise;
  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  float rowY = 0;
  auto field = [&](const char* id, const char* key, const char* label, std::string& value, int maxChars, bool sameLine) {
    // Two fields a row, tops aligned even when the left one shows an error under it.
    if (sameLine) {
      ui::beside(rowY);
    } else {
      rowY = ImGui::GetCursorPosY();
    }
    ImGui::BeginGroup();
    ui::FieldOptions o;
    o.width = half;
    o.maxChars = maxChars;
    o.error = state.enterpriseFieldError(key);
    ui::textField(id, label, value, o);
    ImGui::EndGroup();
  };
  field("enterprise.form.uscc", "uscc", "统一社会信用代码", d.form.uscc, 18, false);
  field("enterprise.form.address", "address", "注册地址", d.form.address, 200, true);
  field("enterprise.form.legal_rep", "legal_rep", "法人代表", d.form.legalRep, 50, false);
  field("enterprise.form.legal_rep_mobile", "legal_rep_mobile", "法人代表手机号", d.form.legalRepMobile, 11, true);
  field("enterprise.form.liaison", "liaison", "企业联络员", d.form.liaison, 50, false);
  field("enterprise.form.liaison_mobile", "liaison_mobile", "联络员手机号（接收平台短信，务必准确）", d.form.liaisonMobile, 11, true);
  ImGui::TextUnformatted("企业简介");
  ImGui::InputTextMultiline("##intro", &d.form.intro, ImVec2(-1, 120 * state.dpr));
  probe::item("enterprise.form.intro", d.form.intro);
  if (const std::string* e = state.enterpriseFieldError("intro")) ui::errorText("enterprise.form.intro.error", *e);
  if (!d.formError.empty()) ui::errorText("enterprise.form.error", d.formError);
  if (ui::primaryButton("enterprise.save", "保存", d.saving)) dispatch(SaveEnterprise{});
  ImGui::SameLine();
  if (ui::secondaryButton("enterprise.cancel", "取消") || (ImGui::IsKeyPressed(ImGuiKey_Escape) && !d.saving)) {
    d.editing = false;
    d.fieldErrors.clear();
    d.formError.clear();
  }
}

// The picker: the cadres the caller may assign (GET /api/cadres is scoped), searched on the server.
void drawCadrePicker(AppState& state, Dispatch& dispatch, const domain::EnterpriseRecord& r, float width) {
  ReassignState& re = state.admin.reassign;
  ImGui::BeginChild("reassign_picker", ImVec2(width, 330 * state.dpr), ImGuiChildFlags_None);
  std::vector<ui::TableColumn> columns = {{"name", "姓名", 1.0f}, {"unit", "工作单位", 2.0f}, {"title", "职务", 1.0f},
                                          {"enterprise_count", "包联企业数", 0.9f}};
  ui::TableModel model;
  model.request = &re.cadres.request;
  model.searchText = &re.cadres.searchText;
  model.total = re.cadres.page.total;
  model.rowCount = static_cast<int>(re.cadres.page.items.size());
  model.loading = re.cadres.loading;
  model.error = re.cadres.error;
  model.searchHint = "按姓名、职务或单位查找干部（回车）";
  model.emptyText = re.cadres.request.query.empty() ? "您的管理范围内没有可选的包联干部。"
                                                     : "没有姓名、职务或单位包含“" + re.cadres.request.query + "”的干部";
  const auto& items = re.cadres.page.items;
  bool reload = ui::dataTable("reassign_cadres", columns, model,
      [&](int row, int col) {
        const auto& c = items[static_cast<size_t>(row)];
        const bool current = r.cadre && r.cadre->id == c.id;
        const bool chosen = re.chosen && re.chosen->id == c.id;
        std::string text;
        switch (col) {
          case 0: text = c.name + (current ? "（现任）" : "") + (chosen ? "（已选）" : ""); break;
          case 1: text = c.unit.name; break;
          case 2: text = c.title; break;
          case 3: text = std::to_string(c.enterpriseCount); break;
        }
        if (chosen) ImGui::TextColored(theme::kPrimary, "%s", text.c_str());
        else ImGui::TextUnformatted(text.c_str());
        if (col == 0) probe::item("reassign_cadres.cell." + std::to_string(row), c.name);
      },
      [&](int row) {
        re.chosen = items[static_cast<size_t>(row)];
        re.confirming = false;
        re.feedback.clear();
      });
  ImGui::EndChild();
  if (reload) dispatch(SearchReassignCadres{});
}

void drawReassign(AppState& state, Dispatch& dispatch, const domain::EnterpriseRecord& r) {
  ReassignState& re = state.admin.reassign;
  FormFeedback& fb = re.feedback;
  if (!re.open) {
    if (ui::secondaryButton("enterprise.reassign", "更换包联干部")) {
      re.open = true;
      re.chosen.reset();
      re.note.clear();
      re.confirming = false;
      re.cadres = {};
      fb.clear();
      dispatch(SearchReassignCadres{});
    }
    return;
  }
  // Drawn inline between rules, not in an auto-sized child: such a child takes its size a frame after
  // its content (the confirmation, an error appearing), and the client draws no frame while nothing
  // changes, so the buttons stayed clipped.
  const float indent = 12 * state.dpr;
  const float width = std::min(900.0f * state.dpr, ImGui::GetContentRegionAvail().x) - indent;
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::TextColored(theme::kPrimary, "更换包联干部");
  ImGui::Indent(indent);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  const std::string current = r.cadre ? r.cadre->name + (r.cadreUnit ? "（" + r.cadreUnit->name + "）" : "") : "（未分配）";
  ImGui::TextUnformatted(("一对一包联：每家企业同一时间只有一名包联干部，每次更换都会记录。现任：" + current).c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  drawCadrePicker(state, dispatch, r, width);
  if (const std::string* e = fb.field("cadre_id")) ui::errorText("reassign.cadre_id.error", *e);

  const std::string chosen = re.chosen ? re.chosen->name + "（" + re.chosen->unit.name + "）" : "";
  ui::detailRow("reassign.chosen", "新的包联干部", re.chosen ? chosen : "请在上表中点选", 140 * state.dpr);
  ui::FieldOptions note;
  note.width = width;
  note.maxChars = static_cast<int>(domain::kReassignmentNoteMax);
  note.error = fb.field("note");
  note.hint = "如：工作调整，原包联干部调离";
  bool submit = ui::textField("reassign.note", "调整说明（选填）", re.note, note);
  if (!fb.formError.empty()) ui::errorText("reassign.error", fb.formError);
  if (re.confirming && re.chosen) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kWarning);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    const std::string question = "确认将 " + r.name + " 的包联干部由 " + current + " 更换为 " + chosen + "？";
    ImGui::TextUnformatted(question.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    probe::item("reassign.question", question);
    if (ui::primaryButton("reassign.confirm", "确认更换", fb.saving) || (submit && !fb.saving)) dispatch(ReassignCadre{});
    ImGui::SameLine();
    if (ui::secondaryButton("reassign.back", "返回修改")) re.confirming = false;
  } else {
    if (ui::primaryButton("reassign.submit", "更换", false) || submit) {
      fb.clear();
      if (!re.chosen) fb.fieldErrors = {{"cadre_id", "请选择新的包联干部"}};
      else re.confirming = true;
    }
    ImGui::SameLine();
    if (ui::secondaryButton("reassign.cancel", "取消")) {
      re.open = false;
      fb.clear();
    }
  }
  ImGui::Unindent(indent);
  ImGui::Separator();
  // Esc steps back (the confirmation, then the panel) unless it was meant for a text field.
  if (ImGui::IsKeyPressed(ImGuiKey_Escape) && !ImGui::GetIO().WantTextInput && !fb.saving) {
    if (re.confirming) re.confirming = false;
    else re.open = false;
  }
}

// Every assignment of the enterprise, newest first (GET /api/enterprises/{id}/assignments).
void drawAssignmentHistory(AppState& state, Dispatch& dispatch, long long enterpriseId) {
  ReassignState& re = state.admin.reassign;
  if (re.enterpriseId != enterpriseId && !re.historyLoading) {
    re = ReassignState{};
    dispatch(LoadAssignments{enterpriseId});
  }
  ImGui::Spacing();
  ImGui::TextUnformatted("包联干部调整记录");
  probe::item("assignments.title", "包联干部调整记录");
  if (re.historyLoading) {
    ImGui::SameLine();
    ui::spinner(ImGui::GetFontSize() * 0.4f);
  }
  if (!re.historyError.empty()) {
    ui::errorText("assignments.error", re.historyError);
    if (ui::secondaryButton("assignments.retry", "重新加载")) dispatch(LoadAssignments{enterpriseId});
    return;
  }
  if (re.history.empty()) {
    if (!re.historyLoading) ui::emptyState("assignments.empty", "暂无包联干部调整记录。");
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerH |
                                ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("assignments", 5, flags, ImVec2(std::min(900.0f * state.dpr, ImGui::GetContentRegionAvail().x), 0))) {
    return;
  }
  for (auto [label, weight] : {std::pair{"时间", 1.1f}, {"包联干部", 0.9f}, {"所属单位", 1.4f}, {"操作人", 1.2f}, {"说明", 1.8f}}) {
    ImGui::TableSetupColumn(label, 0, weight);
  }
  ImGui::TableHeadersRow();
  for (size_t i = 0; i < re.history.size(); ++i) {
    const auto& a = re.history[i];
    ImGui::TableNextRow();
    const std::string cells[] = {minuteText(a.assignedAt), a.cadre ? a.cadre->name : "（未分配）",
                                 a.cadreUnit ? a.cadreUnit->name : "", a.assignedBy ? a.assignedBy->name : "（导入）", a.note};
    for (int c = 0; c < 5; ++c) {
      ImGui::TableSetColumnIndex(c);
      ImGui::TextUnformatted(cells[c].c_str());
      if (c == 1) probe::item("assignments.cadre." + std::to_string(i), cells[c]);
      if (c == 4) probe::item("assignments.note." + std::to_string(i), cells[c]);
    }
  }
  ImGui::EndTable();
}

void drawRecordTab(AppState& state, Dispatch& dispatch);

}  // namespace

void drawEnterpriseDetail(AppState& state, Dispatch& dispatch) {
  EnterpriseDetailState& d = state.baseData.enterprise;
  if (d.loading) {
    ui::spinner(ImGui::GetFontSize() * 0.45f);
    ImGui::SameLine();
    ImGui::TextUnformatted("正在加载企业信息…");
    return;
  }
  if (!d.error.empty()) {
    ui::errorText("enterprise.error", d.error);
    if (ui::secondaryButton("enterprise.retry", "重新加载")) dispatch(OpenEnterprise{d.id});
    return;
  }
  if (!d.record) return;
  // Other features' tabs (经营状况, 联系记录) follow 基本信息; without any the record is drawn alone.
  const auto& sections = screenRegistry().enterpriseSections();
  if (sections.empty() || !ImGui::BeginTabBar("enterprise_tabs")) return drawRecordTab(state, dispatch);
  if (ImGui::BeginTabItem("基本信息")) {
    probe::item("enterprise.tab.basic", "基本信息");
    drawRecordTab(state, dispatch);
    ImGui::EndTabItem();
  } else {
    probe::item("enterprise.tab.basic", "基本信息");
  }
  for (const auto& section : sections) {
    const bool open = ImGui::BeginTabItem(section.title.c_str());
    probe::item("enterprise.tab." + section.key, section.title);
    if (open) {
      section.draw(state, dispatch, d.id);
      ImGui::EndTabItem();
    }
  }
  ImGui::EndTabBar();
}

namespace {

void drawRecordTab(AppState& state, Dispatch& dispatch) {
  EnterpriseDetailState& d = state.baseData.enterprise;
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 6 * state.dpr);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(24 * state.dpr, 20 * state.dpr));
  ImGui::BeginChild("enterprise_card", ImVec2(std::min(900.0f * state.dpr, ImGui::GetContentRegionAvail().x), 0),
                    ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY);
  if (d.editing) drawForm(state, dispatch);
  else drawView(state, dispatch, *d.record);
  ImGui::EndChild();
  ImGui::PopStyleVar(2);
  if (!d.revealError.empty()) ui::errorText("enterprise.reveal_error", d.revealError);
  if (!d.message.empty()) {
    ImGui::TextColored(theme::kSuccess, "%s", d.message.c_str());
    probe::item("enterprise.message", d.message);
  }
  if (!d.editing && domain::roleMayEditEnterprise(state.session->profile.role)) {
    if (ui::primaryButton("enterprise.edit", "修改企业信息", false)) {
      const auto& r = *d.record;
      d.form = {r.uscc, r.address, r.legalRep, r.legalRepMobile, r.liaison, r.liaisonMobile, r.intro};
      d.editing = true;
      d.message.clear();
    }
  }
  const domain::Role role = state.session->profile.role;
  if (role == domain::Role::Enterprise || d.editing) return;  // 企业信息 shows the record alone
  const ReassignState& re = state.admin.reassign;
  if (re.enterpriseId == d.id && !re.feedback.message.empty() && !re.open) {
    ImGui::TextColored(theme::kSuccess, "%s", re.feedback.message.c_str());
    probe::item("reassign.message", re.feedback.message);
  }
  if (domain::roleMayReassignCadre(role)) drawReassign(state, dispatch, *d.record);
  drawAssignmentHistory(state, dispatch, d.id);
}

}  // namespace

}  // namespace qinqing::web
