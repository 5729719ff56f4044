#include "widgets/due_date_view.hpp"

#include <string>

#include "imgui.h"
#include "app/theme.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web::ui {
namespace {

ImVec4 kindColour(const domain::TrailDay& d) {
  if (d.counted) return theme::kSuccess;
  if (d.kind == domain::DayKind::Holiday) return theme::kDanger;
  return theme::kMutedText;
}

void drawTrail(const domain::DueDate& due) {
  ImGui::Text("自 %s 起 %d 个工作日，截止 %s 23:59:59（北京时间）", due.from.toIso().c_str(), due.workingDays,
              due.dueDate.toIso().c_str());
  if (due.provisional) ImGui::TextColored(theme::kWarning, "所跨年份的节假日安排尚未公布，按周末暂定。");
  ImGui::Separator();
  static const char* kWeekdays[] = {"", "周一", "周二", "周三", "周四", "周五", "周六", "周日"};
  if (ImGui::BeginTable("trail", 3, ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg)) {
    for (const auto& d : due.trail) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(d.date.toIso().c_str());
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(kWeekdays[static_cast<int>(d.date.weekday())]);
      ImGui::TableNextColumn();
      ImGui::TextColored(kindColour(d), "%s", d.reason.c_str());
    }
    ImGui::EndTable();
  }
}

}  // namespace

void dueDateView(std::string_view probeId, const domain::DueDate& due) {
  std::string text = due.dueDate.toIso() + (due.provisional ? "（暂定）" : "");
  ImGui::TextColored(due.provisional ? theme::kWarning : ImGui::GetStyle().Colors[ImGuiCol_Text], "%s", text.c_str());
  probe::item(probeId, due.dueDate.toIso());
  // Hover on a desktop, tap (click) on a touch screen: both open the explanation.
  std::string popupId = "trail_popup##" + std::string(probeId);
  if (ImGui::IsItemClicked()) ImGui::OpenPopup(popupId.c_str());
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_DelayShort) && ImGui::BeginTooltip()) {
    drawTrail(due);
    probe::item(std::string(probeId) + ".trail", std::to_string(due.trail.size()));
    ImGui::EndTooltip();
  }
  if (ImGui::BeginPopup(popupId.c_str())) {
    drawTrail(due);
    probe::item(std::string(probeId) + ".trail", std::to_string(due.trail.size()));
    ImGui::EndPopup();
  }
}

}  // namespace qinqing::web::ui
