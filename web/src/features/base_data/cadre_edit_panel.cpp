// 基础数据—包联干部, 系统管理员's editor (issue 4 "Organisation", §1): a cadre's name, 职务, mobile,
// e-mail, whether the mobile is a working contact's, and their unit chosen region → unit (moving
// a cadre keeps their enterprises; they then log in under the new unit); or a new cadre, whose
// account waits for activation. Checked with the same shared rules the server applies.
#include "imgui.h"
#include "features/base_data/base_data_screens.hpp"
#include "app/theme.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {

std::string unitName(const AppState& state, long long unitId) {
  if (!state.loginOptions.options) return {};
  for (const auto& u : state.loginOptions.options->units) {
    if (u.id == unitId) return u.name;
  }
  return {};
}

}  // namespace

void openCadreEditor(AppState& state, const domain::CadreSummary* cadre) {
  CadreEditState& e = state.admin.cadreEdit;
  e = CadreEditState{};
  e.open = true;
  if (!cadre) return;
  e.id = cadre->id;
  e.regionId = cadre->region.id;
  e.mobileMasked = cadre->mobileMasked;
  e.form = {cadre->unit.id, cadre->name, cadre->title, "", cadre->email, cadre->contactIsProxy};
}

void drawCadreEditPanel(AppState& state, Dispatch& dispatch) {
  CadreEditState& e = state.admin.cadreEdit;
  FormFeedback& fb = e.feedback;
  const bool creating = e.id == 0;
  if (!state.loginOptions.options && !state.loginOptions.loading && state.loginOptions.error.empty()) {
    dispatch(LoadLoginOptions{});
  }

  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, 6 * state.dpr);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(24 * state.dpr, 20 * state.dpr));
  ImGui::BeginChild("cadre_edit_card", ImVec2(std::min(900.0f * state.dpr, ImGui::GetContentRegionAvail().x), 0),
                    ImGuiChildFlags_AlwaysUseWindowPadding | ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY);
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.1f);
  ImGui::TextUnformatted(creating ? "新增干部" : ("编辑干部：" + e.form.name).c_str());
  ImGui::PopFont();
  probe::item("cadre_edit.title", creating ? "新增干部" : "编辑干部");

  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  bool submit = false;
  float rowY = 0;
  auto field = [&](const char* id, const char* key, const std::string& label, std::string& value, int maxChars,
                   bool second, const std::string& hint = {}) {
    // Two fields a row, tops aligned even when the left one shows an error under it.
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
    submit |= ui::textField(id, label, value, o);
    ImGui::EndGroup();
  };
  field("cadre_edit.name", "name", "姓名", e.form.name, static_cast<int>(domain::kCadreNameMax), false);
  field("cadre_edit.title_field", "title", "职务", e.form.title, static_cast<int>(domain::kTitleMax), true);
  field("cadre_edit.mobile", "mobile", creating ? "手机号（接收激活短信和平台提醒）" : "手机号", e.form.mobile, 11, false,
        creating ? std::string() : "留空则不修改（当前 " + e.mobileMasked + "）");
  field("cadre_edit.email", "email", "邮箱（选填）", e.form.email, static_cast<int>(domain::kEmailMax), true);
  ImGui::Checkbox("该手机号为工作联系人号码（市级领导可填写联系人手机号）##proxy", &e.form.contactIsProxy);
  probe::item("cadre_edit.proxy", e.form.contactIsProxy ? "是" : "否");

  // The unit, chosen as at login: region first, then one of its units.
  std::vector<ui::Choice> regions, units;
  if (state.loginOptions.options) {
    for (const auto& r : state.loginOptions.options->regions) regions.push_back({r.id, r.name});
    for (const auto& u : state.loginOptions.options->units) {
      if (u.regionId == e.regionId) units.push_back({u.id, u.name});
    }
  }
  rowY = ImGui::GetCursorPosY();
  ImGui::BeginGroup();
  if (ui::choiceField("cadre_edit.region", "所属区域", regions, e.regionId, nullptr, "请选择区域", half)) e.form.unitId = 0;
  ImGui::EndGroup();
  ui::beside(rowY);
  ImGui::BeginGroup();
  ImGui::BeginDisabled(e.regionId == 0);
  ui::choiceField("cadre_edit.unit", "所属单位", units, e.form.unitId, fb.field("unit_id"),
                  e.regionId == 0 ? "请先选择区域" : "请选择单位", half);
  ImGui::EndDisabled();
  ImGui::EndGroup();
  if (state.loginOptions.loading) {
    ui::spinner(ImGui::GetFontSize() * 0.4f);
    ImGui::SameLine();
    ImGui::TextUnformatted("正在加载区域和单位…");
  }
  const auto* original = creating ? nullptr : &state.baseData.cadres.page.items;
  if (original) {
    for (const auto& c : *original) {
      if (c.id == e.id && c.unit.id != e.form.unitId && e.form.unitId != 0) {
        ImGui::PushStyleColor(ImGuiCol_Text, theme::kWarning);
        ImGui::PushTextWrapPos(0.0f);
        const std::string note = "将由" + c.unit.name + "调至" + unitName(state, e.form.unitId) +
                                 "：包联企业不变，该干部今后登录时选择新单位。";
        ImGui::TextUnformatted(note.c_str());
        ImGui::PopTextWrapPos();
        ImGui::PopStyleColor();
        probe::item("cadre_edit.move_note", note);
      }
    }
  }
  if (creating) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted("保存后为该干部开通账号（待激活），激活通知短信发送至上面的手机号。");
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
  }
  if (!fb.formError.empty()) ui::errorText("cadre_edit.error", fb.formError);
  submit |= ui::primaryButton("cadre_edit.save", "保存", fb.saving);
  ImGui::SameLine();
  const bool cancel = ui::secondaryButton("cadre_edit.cancel", "取消") || (ImGui::IsKeyPressed(ImGuiKey_Escape) && !fb.saving);
  ImGui::EndChild();
  ImGui::PopStyleVar(2);
  if (cancel) {
    e = CadreEditState{};
    return;
  }
  if (submit && !fb.saving) dispatch(SaveCadre{});
}

}  // namespace qinqing::web
