// 组织机构 (系统管理员, issues 4 "Organisation" and 17): the regions of the city with 新增区域 (a
// county or a zone) and 更名, the units of the chosen region (server-paged) with 新增单位 and 更名,
// and the six industry groups of urban enterprises with the department that runs each (§22,
// read-only).
#include "imgui.h"
#include "widgets/list_model.hpp"
#include "features/base_data/base_data_screens.hpp"
#include "app/theme.hpp"
#include "widgets/data_table.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {

const domain::RegionRow* selectedRegion(const OrgState& o) {
  for (const auto& r : o.regions) {
    if (r.id == o.regionId) return &r;
  }
  return nullptr;
}

// 新增区域 / 更名 in the region column: name, and for a new region whether it is a county or a zone.
void drawRegionForm(AppState& state, Dispatch& dispatch) {
  OrgState& o = state.admin.org;
  FormFeedback& fb = o.regionFeedback;
  const bool adding = o.renameRegionId == 0;
  ImGui::TextColored(theme::kPrimary, "%s", adding ? "新增区域" : "区域更名");
  probe::item("org.region_form.title", adding ? "新增区域" : "区域更名");
  ui::FieldOptions opt;
  opt.maxChars = static_cast<int>(domain::kRegionNameMax);
  opt.error = fb.field("name");
  opt.hint = adding ? "如：十堰高新区" : "";
  const std::string before = o.regionForm.name;
  bool submit = ui::textField("org.region_name", "区域名称", o.regionForm.name, opt);
  if (o.regionForm.name != before) fb.clearField("name");
  if (adding) {
    // The choices are the subdivisions of the vocabulary, with the enum's value as the choice id.
    std::vector<ui::Choice> kinds;
    for (const auto k : domain::kAllRegionKinds) {
      if (domain::isSubdivision(k)) kinds.push_back({static_cast<long long>(k), std::string(domain::regionKindLabel(k))});
    }
    long long kind = o.regionForm.kind ? static_cast<long long>(*o.regionForm.kind) : -1;
    if (ui::radioField("org.region_kind", "区域类型", kinds, kind, fb.field("kind"))) {
      o.regionForm.kind = static_cast<domain::RegionKind>(kind);
      fb.clearField("kind");
    }
  }
  if (!fb.formError.empty()) ui::errorText("org.region_form.error", fb.formError);
  submit |= ui::primaryButton("org.region_save", adding ? "新增" : "保存", fb.saving);
  ImGui::SameLine();
  if (ui::secondaryButton("org.region_cancel", "取消") || (ImGui::IsKeyPressed(ImGuiKey_Escape) && !fb.saving)) {
    o.regionFormOpen = false;
    fb.clear();
    return;
  }
  if (submit && !fb.saving) dispatch(SaveRegion{});
}

void openRegionForm(OrgState& o, const domain::RegionRow* renamed) {
  o.regionFormOpen = true;
  o.renameRegionId = renamed ? renamed->id : 0;
  o.regionForm = {renamed ? renamed->name : std::string(), std::nullopt};
  o.regionFeedback.clear();
  o.unitFormOpen = false;  // one form at a time
}

void drawRegions(AppState& state, Dispatch& dispatch) {
  OrgState& o = state.admin.org;
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("区域");
  ImGui::PopStyleColor();
  if (!o.regionFormOpen) {
    const float buttonW = ImGui::CalcTextSize("＋ 新增区域").x + ImGui::CalcTextSize("更名").x +
                          ImGui::GetStyle().FramePadding.x * 4 + ImGui::GetStyle().ItemSpacing.x;
    ImGui::SameLine(ImGui::GetContentRegionMax().x - buttonW);
    if (ui::secondaryButton("org.region_add", "＋ 新增区域")) openRegionForm(o, nullptr);
    ImGui::SameLine();
    const domain::RegionRow* selected = selectedRegion(o);
    ImGui::BeginDisabled(!selected);
    if (ui::secondaryButton("org.region_rename", "更名") && selected) openRegionForm(o, selected);
    ImGui::EndDisabled();
    ImGui::SetItemTooltip("为左侧选中的区域更名");
  }
  if (!o.regionFeedback.message.empty()) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextColored(theme::kSuccess, "%s", o.regionFeedback.message.c_str());
    ImGui::PopTextWrapPos();
    probe::item("org.region_message", o.regionFeedback.message);
  }
  if (o.regionFormOpen) {
    drawRegionForm(state, dispatch);
    ImGui::Separator();
  }
  if (o.regionsLoading && o.regions.empty()) {
    ui::spinner(ImGui::GetFontSize() * 0.4f);
    ImGui::SameLine();
    ImGui::TextUnformatted("正在加载…");
  }
  if (!o.regionsError.empty()) {
    ui::errorText("org.regions.error", o.regionsError);
    if (ui::secondaryButton("org.regions.retry", "重新加载")) dispatch(LoadOrganisation{});
  }
  for (const auto& r : o.regions) {
    const std::string label = r.name + "##region" + std::to_string(r.id);
    if (ImGui::Selectable(label.c_str(), r.id == o.regionId) && r.id != o.regionId) dispatch(SelectRegion{r.id});
    probe::item("org.region." + std::to_string(r.id), r.name);
    ImGui::SameLine();
    const std::string info = std::string(domain::regionKindLabel(r.kind)) + " · " + std::to_string(r.unitCount) + " 个单位";
    ImGui::SetCursorPosX(ImGui::GetContentRegionMax().x - ImGui::CalcTextSize(info.c_str()).x);
    ImGui::TextColored(theme::kMutedText, "%s", info.c_str());
  }
}

void drawUnitForm(AppState& state, Dispatch& dispatch, const domain::RegionRow& region) {
  OrgState& o = state.admin.org;
  FormFeedback& fb = o.feedback;
  const bool adding = o.renameUnitId == 0;
  ui::FieldOptions opt;
  opt.width = 420 * state.dpr;
  opt.maxChars = static_cast<int>(domain::kUnitNameMax);
  opt.error = fb.field("name");
  const std::string hint = adding ? "如：" + region.name + "数据局" : std::string();
  opt.hint = hint;
  ImGui::BeginGroup();
  bool submit = ui::textField("org.unit_name", adding ? "新增单位（" + region.name + "）" : "单位新名称", o.unitName, opt);
  ImGui::EndGroup();
  if (const std::string* e = fb.field("region_id")) ui::errorText("org.unit_region.error", *e);
  if (!fb.formError.empty()) ui::errorText("org.unit_form.error", fb.formError);
  submit |= ui::primaryButton("org.unit_save", adding ? "新增" : "保存", fb.saving);
  ImGui::SameLine();
  if (ui::secondaryButton("org.unit_cancel", "取消") || (ImGui::IsKeyPressed(ImGuiKey_Escape) && !fb.saving)) {
    o.unitFormOpen = false;
    fb.clear();
    return;
  }
  if (submit && !fb.saving) dispatch(SaveUnit{});
}

void drawUnits(AppState& state, Dispatch& dispatch) {
  OrgState& o = state.admin.org;
  const domain::RegionRow* region = selectedRegion(o);
  if (!region) {
    ui::emptyState("org.units.none", o.regionsLoading ? "正在加载区域…" : "请在左侧选择区域。");
    return;
  }
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.1f);
  ImGui::TextUnformatted((region->name + "的单位").c_str());
  ImGui::PopFont();
  probe::item("org.units.title", region->name);
  if (!o.unitFormOpen) {
    ImGui::SameLine();
    if (ui::secondaryButton("org.unit_add", "＋ 新增单位")) {
      o.unitFormOpen = true;
      o.renameUnitId = 0;
      o.unitName.clear();
      o.feedback.clear();
      o.regionFormOpen = false;  // one form at a time
    }
  }
  if (!o.feedback.message.empty()) {
    ImGui::TextColored(theme::kSuccess, "%s", o.feedback.message.c_str());
    probe::item("org.message", o.feedback.message);
  }
  if (o.unitFormOpen) drawUnitForm(state, dispatch, *region);

  std::vector<ui::TableColumn> columns = {{"name", "单位名称", 3.0f}, {"cadre_count", "包联干部数", 1.0f}, {"", "操作", 0.8f}};
  ui::TableModel model = tableModelFor(o.units);
  model.searchHint = "按单位名称查询（回车）";
  model.emptyText = o.units.request.query.empty() ? region->name + "还没有单位，可点击“新增单位”添加。"
                                                   : "没有名称包含“" + o.units.request.query + "”的单位";
  const auto& items = o.units.page.items;
  auto rename = [&](int row) {
    const auto& u = items[static_cast<size_t>(row)];
    o.unitFormOpen = true;
    o.renameUnitId = u.id;
    o.unitName = u.name;
    o.feedback.clear();
    o.regionFormOpen = false;
  };
  bool reload = ui::dataTable("units", columns, model,
      [&](int row, int col) {
        const auto& u = items[static_cast<size_t>(row)];
        switch (col) {
          case 0:
            ImGui::TextUnformatted(u.name.c_str());
            probe::item("units.cell." + std::to_string(row), u.name);
            break;
          case 1: ImGui::Text("%d", u.cadreCount); break;
          case 2:
            if (ImGui::SmallButton(("更名##unit" + std::to_string(u.id)).c_str())) rename(row);
            probe::item("units.rename." + std::to_string(row), "更名");
            break;
        }
      },
      rename);
  if (reload) dispatch(LoadUnits{});
}

void drawIndustryGroups(AppState& state, Dispatch& dispatch) {
  OrgState& o = state.admin.org;
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted("城区企业按行业分为六个组别，各由对应的市直部门牵头（通知第二十二条）；城区行业分办员分办本组别企业的诉求。");
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  if (o.groupsLoading) ui::spinner(ImGui::GetFontSize() * 0.4f);
  if (!o.groupsError.empty()) {
    ui::errorText("org.groups.error", o.groupsError);
    if (ui::secondaryButton("org.groups.retry", "重新加载")) dispatch(LoadOrganisation{});
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerH |
                                ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("industry_groups", 3, flags, ImVec2(std::min(900.0f * state.dpr, ImGui::GetContentRegionAvail().x), 0))) {
    return;
  }
  ImGui::TableSetupColumn("行业组别", 0, 1.0f);
  ImGui::TableSetupColumn("牵头部门", 0, 2.0f);
  ImGui::TableSetupColumn("企业数", 0, 0.8f);
  ImGui::TableHeadersRow();
  for (size_t i = 0; i < o.groups.size(); ++i) {
    const auto& g = o.groups[i];
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::TextUnformatted((g.name + "组").c_str());
    probe::item("groups.cell." + std::to_string(i), g.name);
    ImGui::TableSetColumnIndex(1);
    const std::string unit = g.unit ? g.unit->name : "（未指定）";
    ImGui::TextUnformatted(unit.c_str());
    probe::item("groups.unit." + std::to_string(i), unit);
    ImGui::TableSetColumnIndex(2);
    ImGui::Text("%d", g.enterpriseCount);
  }
  ImGui::EndTable();
}

}  // namespace

void drawOrganisationScreen(AppState& state, Dispatch& dispatch) {
  ui::screenTitle("org.title", "组织机构",
                  "系统管理 / 组织机构：区域（可新增县市区、功能区并更名）及各区域的单位（同一区域内单位名称不能重复），"
                  "以及城区企业的行业组别和牵头部门。");
  if (!ImGui::BeginTabBar("org_tabs")) return;
  if (ImGui::BeginTabItem("区域与单位")) {
    probe::item("org.tab.units", "区域与单位");
    const float listW = 340 * state.dpr;
    ImGui::BeginChild("org_regions", ImVec2(listW, 0), ImGuiChildFlags_Borders | ImGuiChildFlags_AlwaysUseWindowPadding);
    drawRegions(state, dispatch);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("org_units", ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding);
    drawUnits(state, dispatch);
    ImGui::EndChild();
    ImGui::EndTabItem();
  } else {
    probe::item("org.tab.units", "区域与单位");
  }
  if (ImGui::BeginTabItem("行业组别")) {
    probe::item("org.tab.groups", "行业组别");
    drawIndustryGroups(state, dispatch);
    ImGui::EndTabItem();
  } else {
    probe::item("org.tab.groups", "行业组别");
  }
  ImGui::EndTabBar();
}

}  // namespace qinqing::web
