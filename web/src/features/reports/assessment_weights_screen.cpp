// 考核权重 (system administrator, §5): the points each part of 单位考核 is worth, with what each part
// measures, the running sum (it must be 100) and the documented defaults a click away. Saved
// weights apply to every 单位考核 read afterwards; the server checks them again and audits the change.
#include <algorithm>

#include "app/theme.hpp"
#include "features/reports/reports_screens.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

const std::string* errorOf(const std::vector<d::FieldError>& errors, std::string_view field) {
  for (const auto& e : errors)
    if (e.field == field) return &e.message;
  return nullptr;
}

// The typed sum, or none while a field is not a number.
std::optional<int> typedSum(const AssessmentWeightsState& s) {
  int sum = 0;
  for (const auto& text : s.typed) {
    if (text.empty() || text.size() > 3) return std::nullopt;
    for (char c : text)
      if (c < '0' || c > '9') return std::nullopt;
    sum += std::stoi(text);
  }
  return sum;
}

}  // namespace

void drawAssessmentWeightsScreen(AppState& state, Dispatch& dispatch) {
  AssessmentWeightsState& s = state.assessmentWeights;
  const float dpr = state.dpr;
  ui::screenTitle("weights.title", "考核权重",
                  "单位考核各项满分之和为 100 分。保存后，所有账号查看的单位考核均按新权重计分；修改记入审计日志。");
  if (!s.error.empty()) ui::errorText("weights.error", s.error);
  if (!s.stored) {
    if (s.loading) ui::spinner(ImGui::GetFontSize() * 0.5f);
    return;
  }
  bool save = false;
  const float labelWidth = ImGui::GetFontSize() * 8;
  const float fieldWidth = ImGui::GetFontSize() * 5;
  const float formulaX = labelWidth + fieldWidth + ImGui::GetStyle().ItemSpacing.x * 2;
  const float startX = ImGui::GetCursorPosX();
  // Column heads, then one row per part: its name, the field, what it measures, on one baseline.
  ImGui::TextColored(theme::kMutedText, "考核项");
  ImGui::SameLine(startX + labelWidth);
  ImGui::TextColored(theme::kMutedText, "权重（分）");
  ImGui::SameLine(startX + formulaX);
  ImGui::TextColored(theme::kMutedText, "计分口径");
  for (d::AssessmentPart p : d::kAllAssessmentParts) {
    const std::string key(d::assessmentPartKey(p));
    const float rowY = ImGui::GetCursorPosY();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(std::string(d::assessmentPartLabel(p)).c_str());
    ImGui::SetCursorPos(ImVec2(startX + labelWidth, rowY));
    ImGui::BeginGroup();
    ui::FieldOptions options;
    options.width = fieldWidth;
    options.maxChars = 3;
    options.error = errorOf(s.errors, key);
    save |= ui::textField("weights." + key, "", s.typed[static_cast<std::size_t>(p)], options);
    ImGui::EndGroup();
    const float nextY = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(startX + formulaX, rowY));
    ImGui::AlignTextToFramePadding();
    ui::mutedWrapped(d::assessmentPartFormula(p), ImGui::GetFontSize() * 30);
    ImGui::SetCursorPosY(std::max(nextY, ImGui::GetCursorPosY()));
    ImGui::Spacing();
  }
  const auto sum = typedSum(s);
  const bool whole = sum && *sum == d::kAssessmentFullScore;
  const std::string sumText = sum ? "合计 " + std::to_string(*sum) + " / 100 分" : "合计：请在每项填写整数";
  ImGui::TextColored(whole ? theme::kSuccess : theme::kDanger, "%s", sumText.c_str());
  probe::item("weights.sum", sumText);
  if (const std::string* total = errorOf(s.errors, "total")) ui::errorText("weights.total_error", *total);
  ImGui::Spacing();
  if (ui::primaryButton("weights.save", "保存", s.saving)) save = true;
  ImGui::SameLine();
  if (ui::secondaryButton("weights.defaults", "恢复默认权重")) {
    const auto defaults = d::defaultAssessmentWeights();
    for (d::AssessmentPart p : d::kAllAssessmentParts)
      s.typed[static_cast<std::size_t>(p)] = std::to_string(defaults.of(p));
    s.errors.clear();
    s.message = "已填入默认权重（按时签收率 20、按时办结率 25、满意率 25、联系覆盖率 15、经营状况填报率 10、简报采用 5），保存后生效。";
  }
  if (!s.message.empty()) {
    ImGui::SameLine(0, 12 * dpr);
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(theme::kSuccess, "%s", s.message.c_str());
    probe::item("weights.message", s.message);
  }
  if (save) dispatch(SaveAssessmentWeights{});
}

}  // namespace qinqing::web
