// One enterprise's record (notice §3, §15): read view with masked numbers (and an audited 查看完整号码
// for those who may), and the edit form for the enterprise itself and its liaison cadre, checked with
// the same shared rules the server applies.
#include "imgui.h"
#include "imgui_stdlib.h"
#include "screens/screens.hpp"
#include "theme.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

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
      ImGui::SameLine();
      ImGui::SetCursorPosY(rowY);
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
}

}  // namespace qinqing::web
