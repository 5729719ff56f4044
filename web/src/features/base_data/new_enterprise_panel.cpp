// 基础数据—包联企业 → 新增企业 (系统管理员, issue 17): one enterprise registered by hand, with the fields
// of a 企业入驻申请 and its cadre (一对一), chosen with the review screen's picker. Checked with the
// shared rules before it is sent (行业组别 required for urban enterprises, §22); the enterprise's
// account is created 待激活 and the liaison and the cadre are told by SMS.
#include <string>

#include "features/base_data/base_data_screens.hpp"
#include "app/theme.hpp"
#include "widgets/cadre_picker.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {

void drawNewEnterprisePanel(AppState& state, Dispatch& dispatch) {
  NewEnterpriseState& n = state.admin.newEnterprise;
  FormFeedback& fb = n.feedback;
  domain::ApplicationForm& f = n.form;
  const OrgState& org = state.admin.org;

  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 6 * state.dpr);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(24 * state.dpr, 20 * state.dpr));
  ImGui::BeginChild("new_enterprise_card", ImVec2(std::min(1000.0f * state.dpr, ImGui::GetContentRegionAvail().x), 0),
                    ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY);
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.1f);
  ImGui::TextUnformatted("新增企业");
  ImGui::PopFont();
  probe::item("new_enterprise.title", "新增企业");
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted("登记一家企业并指定包联干部。保存后平台为企业开通账号（登录名为企业全称，待激活），"
                         "并短信通知企业联络员和包联干部。");
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ImGui::Spacing();

  const float width = ImGui::GetContentRegionAvail().x;
  const float half = (width - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  bool submit = false;
  float rowY = ImGui::GetCursorPosY();
  // Two fields a row, tops aligned even when the left one shows an error under it.
  auto place = [&](bool right) {
    if (right) {
      ui::beside(rowY);
    } else {
      rowY = ImGui::GetCursorPosY();
    }
  };
  auto field = [&](const char* id, const char* key, const char* label, std::string& value, float w, int maxChars,
                   bool right, const char* hint = "") {
    place(right);
    ImGui::BeginGroup();
    ui::FieldOptions o;
    o.width = w;
    o.maxChars = maxChars;
    o.hint = hint;
    o.error = fb.field(key);
    const std::string before = value;
    submit |= ui::textField(id, label, value, o);
    if (value != before) fb.clearField(key);
    ImGui::EndGroup();
  };

  field("new_enterprise.name", "name", "企业全称", f.name, half, static_cast<int>(domain::kEnterpriseNameMax), false,
        "与营业执照一致，作为企业的登录名");
  field("new_enterprise.uscc", "uscc", "统一社会信用代码", f.uscc, half, 24, true, "18 位，见营业执照");

  std::vector<ui::Choice> regions, groups;
  bool needsGroup = false;
  for (const auto& r : org.regions) {
    regions.push_back({r.id, r.name});
    if (r.id == f.regionId) needsGroup = domain::regionNeedsIndustryGroup(r.name);
  }
  for (const auto& g : org.groups) groups.push_back({g.id, g.name});
  groups.insert(groups.begin(), ui::Choice{0, needsGroup ? "请选择行业组别" : "（不选）"});
  const char* loading = org.regionsLoading || org.groupsLoading ? "正在加载…" : nullptr;
  place(false);
  ImGui::BeginGroup();
  if (ui::choiceField("new_enterprise.region", "所在区域", regions, f.regionId, fb.field("region_id"),
                      loading ? loading : "请选择所在区域", half)) {
    fb.clearField("region_id");
  }
  ImGui::EndGroup();
  place(true);
  ImGui::BeginGroup();
  if (ui::choiceField("new_enterprise.industry_group", needsGroup ? "行业组别（城区企业必填）" : "行业组别（选填）", groups,
                      n.industryGroupChoice, fb.field("industry_group_id"), "请选择行业组别", half)) {
    fb.clearField("industry_group_id");
  }
  ImGui::EndGroup();

  field("new_enterprise.legal_rep", "legal_rep", "法定代表人", f.legalRep, half, static_cast<int>(domain::kPersonNameMax), false);
  field("new_enterprise.liaison", "liaison", "企业联络员", f.liaison, half, static_cast<int>(domain::kPersonNameMax), true);
  field("new_enterprise.liaison_mobile", "liaison_mobile", "联络员手机号", f.liaisonMobile, half, 11, false,
        "接收激活短信和平台提醒");
  field("new_enterprise.address", "address", "注册地址（选填）", f.address, half, static_cast<int>(domain::kAddressMax), true);
  field("new_enterprise.intro", "intro", "企业简介（选填）", f.intro, width, static_cast<int>(domain::kIntroMax), false,
        "主营业务、规模等");
  if (!org.regionsError.empty()) ui::errorText("new_enterprise.regions_error", org.regionsError);

  ImGui::Spacing();
  ImGui::TextUnformatted("包联干部（一对一：由该干部包联此企业）");
  const auto pick = drawCadrePicker("new_enterprise_cadres", n.cadres, n.chosen, width, 300 * state.dpr);
  if (pick.chosen) {
    n.chosen = pick.chosen;
    fb.clearField("cadre_id");
  }
  if (pick.reload) dispatch(SearchNewEnterpriseCadres{});
  if (const std::string* e = fb.field("cadre_id")) ui::errorText("new_enterprise.cadre_id.error", *e);
  ui::detailRow("new_enterprise.chosen", "包联干部", n.chosen ? n.chosen->name + "（" + n.chosen->unit.name + "）" : "请在上表中点选",
                120 * state.dpr);

  if (!fb.formError.empty()) ui::errorText("new_enterprise.error", fb.formError);
  ImGui::Spacing();
  submit |= ui::primaryButton("new_enterprise.submit", "保存并开通账号", fb.saving);
  ImGui::SameLine();
  const bool cancel = ui::secondaryButton("new_enterprise.cancel", "取消") ||
                      (ImGui::IsKeyPressed(ImGuiKey_Escape) && !fb.saving && !ImGui::GetIO().WantTextInput);
  ImGui::EndChild();
  ImGui::PopStyleVar(2);
  if (cancel) {
    n.open = false;
    fb.clear();
    return;
  }
  if (submit && !fb.saving) dispatch(CreateEnterprise{});
}

}  // namespace qinqing::web
