// 填报经营状况 (§3): the month (this one or one of the eleven before it), the operating state, 产值
// and 营收 in 万元 side by side, 从业人数 and 主要困难. The shared operatingStatusFromForm checks
// everything before it is sent; the server applies the same rule and keeps the earlier version.
#include <string>

#include "app/theme.hpp"
#include "features/relation/relation_screens.hpp"
#include "qinqing/time/instant.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

}  // namespace

void drawOperatingStatusForm(AppState& state, Dispatch& dispatch) {
  OperatingStatusState& s = state.relation.operating;
  FormFeedback& fb = s.feedback;
  const float dpr = state.dpr;
  const d::YearMonth current = d::YearMonth::of(d::localDate(state.now));
  ImGui::TextUnformatted("填报经营状况");
  ImGui::TextColored(theme::kMutedText, "同一月份再次填报会形成新版本，原记录保留可查。金额单位：万元，最多两位小数。");

  // The month: this one and the eleven before it, newest first.
  std::vector<ui::Choice> months;
  long long chosen = 0;
  for (int i = 0; i < 12; ++i) {
    const d::YearMonth m = current.minusMonths(i);
    months.push_back({i + 1, m.label()});
    if (m.key() == s.form.month) chosen = i + 1;
  }
  if (ui::choiceField("operating_form.month", "月份", months, chosen, fb.field("month"), "请选择月份", 200 * dpr)) {
    s.form.month = current.minusMonths(static_cast<int>(chosen) - 1).key();
    fb.clearField("month");
  }

  std::vector<ui::Choice> states;
  long long stateChoice = 0;
  for (size_t i = 0; i < d::kAllOperatingStates.size(); ++i) {
    states.push_back({static_cast<long long>(i + 1), std::string(d::operatingStateLabel(d::kAllOperatingStates[i]))});
    if (s.form.state == d::kAllOperatingStates[i]) stateChoice = static_cast<long long>(i + 1);
  }
  if (ui::radioField("operating_form.state", "经营状态", states, stateChoice, fb.field("state"))) {
    s.form.state = d::kAllOperatingStates[static_cast<size_t>(stateChoice - 1)];
    fb.clearField("state");
  }

  auto amount = [&](const char* id, const char* field, const char* label, std::string& value, const char* hint) {
    ui::FieldOptions o;
    o.width = 220 * dpr;
    o.maxChars = 16;
    o.error = fb.field(field);
    o.hint = hint;
    const std::string before = value;
    const bool entered = ui::textField(id, label, value, o);
    if (before != value) fb.clearField(field);
    return entered;
  };
  bool submit = false;
  float rowY = ImGui::GetCursorPosY();
  ImGui::BeginGroup();
  submit |= amount("operating_form.output_value", "output_value", "产值（万元）", s.form.outputValue, "如 1234.5");
  ImGui::EndGroup();
  ui::beside(rowY);
  ImGui::BeginGroup();
  submit |= amount("operating_form.revenue", "revenue", "营收（万元）", s.form.revenue, "如 980");
  ImGui::EndGroup();
  ui::beside(rowY);
  ImGui::BeginGroup();
  submit |= amount("operating_form.employees", "employees", "从业人数（人）", s.form.employees, "如 120");
  ImGui::EndGroup();

  {
    ui::FieldOptions o;
    o.width = std::min(ImGui::GetContentRegionAvail().x, 720 * dpr);
    o.maxChars = static_cast<int>(d::kDifficultiesMax);
    o.error = fb.field("difficulties");
    const bool other = s.form.state == d::OperatingState::Other;
    if (ui::textArea("operating_form.difficulties", other ? "主要困难（经营状态为“其他”时必填）" : "主要困难（选填）",
                     s.form.difficulties, o, 110 * dpr)) {
      fb.clearField("difficulties");
    }
  }
  if (!fb.formError.empty()) ui::errorText("operating_form.error", fb.formError);
  ImGui::Spacing();
  if (ui::primaryButton("operating_form.save", "保存", fb.saving) || (submit && !fb.saving)) dispatch(SaveOperatingReport{});
  ImGui::SameLine();
  if (ui::secondaryButton("operating_form.cancel", "取消") || (!fb.saving && ImGui::IsKeyPressed(ImGuiKey_Escape))) {
    s.formOpen = false;
    fb.clear();
  }
}

}  // namespace qinqing::web
