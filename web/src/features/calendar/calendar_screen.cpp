// 工作日历 (系统管理员): each year as twelve month grids, single-day edits, loading a whole year, and
// a deadline calculator that explains its count. Every change is audited by the server, and every
// open deadline is recomputed when a year changes.
#include <string>

#include "features/calendar/calendar_panels.hpp"
#include "qinqing/calendar/holiday_calendar.hpp"
#include "features/calendar/calendar_screens.hpp"
#include "app/theme.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {
using domain::Date;
using domain::DayKind;

const char* kMonthNames[] = {"一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"};
const char* kWeekHeader[] = {"一", "二", "三", "四", "五", "六", "日"};

ImVec4 dayFill(const domain::DayInfo& info) {
  switch (info.kind) {
    case DayKind::Holiday: return ImVec4(0.99f, 0.87f, 0.86f, 1.0f);
    case DayKind::ExchangedWorkday: return ImVec4(0.84f, 0.90f, 0.99f, 1.0f);
    case DayKind::Weekend: return ImVec4(0.93f, 0.94f, 0.95f, 1.0f);
    case DayKind::Workday: return ImVec4(1, 1, 1, 1);
  }
  return ImVec4(1, 1, 1, 1);
}

void drawMonth(AppState& state, const domain::HolidayCalendar& cal, int year, unsigned month, float maxCell) {
  CalendarState& c = state.calendar;
  const float gap = 2.0f * state.dpr;
  const float cell = std::min(maxCell, (ImGui::GetContentRegionAvail().x - 6 * gap) / 7.0f);
  ImGui::TextUnformatted(kMonthNames[month - 1]);
  // Weekday header, centred over each column; Saturday and Sunday in red.
  ImVec2 origin = ImGui::GetCursorScreenPos();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  for (int i = 0; i < 7; ++i) {
    ImVec2 size = ImGui::CalcTextSize(kWeekHeader[i]);
    ImVec2 at(origin.x + i * (cell + gap) + (cell - size.x) * 0.5f, origin.y);
    dl->AddText(at, ImGui::GetColorU32(i >= 5 ? theme::kDanger : theme::kMutedText), kWeekHeader[i]);
  }
  ImGui::Dummy(ImVec2(7 * cell + 6 * gap, ImGui::GetTextLineHeight()));
  Date first = Date::fromCivil(year, static_cast<int>(month), 1).value();
  int lead = static_cast<int>(first.weekday()) - 1;  // Monday-first grid
  int days = static_cast<int>(domain::daysInMonth(year, month));
  Date today = domain::localDate(state.now);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(2, 2));
  for (int slot = 0; slot < lead + days; ++slot) {
    if (slot % 7) ImGui::SameLine(0, gap);
    if (slot < lead) {
      ImGui::Dummy(ImVec2(cell, cell));
      continue;
    }
    Date d = first.plusDays(slot - lead);
    domain::DayInfo info = cal.describe(d);
    bool selected = c.selectedDay && *c.selectedDay == d;
    ImGui::PushStyleColor(ImGuiCol_Button, selected ? theme::kPrimary : dayFill(info));
    ImGui::PushStyleColor(ImGuiCol_Text, selected ? ImVec4(1, 1, 1, 1)
                                         : info.kind == DayKind::Holiday ? theme::kDanger
                                         : ImGui::GetStyle().Colors[ImGuiCol_Text]);
    if (d == today) ImGui::PushStyleColor(ImGuiCol_Border, theme::kPrimary);
    std::string label = std::to_string(d.day()) + "##" + d.toIso();
    if (ImGui::Button(label.c_str(), ImVec2(cell, cell))) {
      c.selectedDay = d;
      c.editName = std::string(info.holidayName);
      c.editError.clear();
    }
    if (d == today) ImGui::PopStyleColor();
    ImGui::PopStyleColor(2);
    if (info.kind == DayKind::Holiday) ImGui::SetItemTooltip("%s", std::string(info.holidayName).c_str());
    if (info.kind == DayKind::ExchangedWorkday) ImGui::SetItemTooltip("调休上班");
    probe::item("calendar.day." + d.toIso(), std::string(dayKindText(info)));
  }
  ImGui::PopStyleVar();
}

}  // namespace

void drawCalendarScreen(AppState& state, Dispatch& dispatch) {
  CalendarState& c = state.calendar;
  const float dpr = state.dpr;
  Date today = domain::localDate(state.now);
  if (c.viewYear == 0) c.viewYear = today.year();

  ui::screenTitle("calendar.title", "工作日历", "期限按工作日计算：调休上班日计入；周一至周五除法定节假日外计入；事件当日不计。"
                     "节假日安排以国务院办公厅通知为准，修改后所有未办结事项的期限将重新计算并记入时间线。");
  drawProvisionalWarning(state);

  if (c.loading && !c.calendar) {
    ui::spinner(ImGui::GetFontSize() * 0.45f);
    ImGui::SameLine();
    ImGui::TextUnformatted("正在加载工作日历…");
    return;
  }
  if (!c.error.empty()) {
    ui::errorText("calendar.error", c.error);
    if (ui::secondaryButton("calendar.retry", "重新加载")) dispatch(LoadCalendar{});
  }
  if (!c.calendar) return;
  const domain::HolidayCalendar& cal = *c.calendar;

  if (ui::secondaryButton("calendar.prev_year", "‹ 上一年")) c.viewYear--;
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  std::string yearLabel = std::to_string(c.viewYear) + " 年" + (cal.isProvisional(c.viewYear) ? "（暂定：安排未载入，仅按周末计算）" : "（已载入国务院安排）");
  ImGui::TextColored(cal.isProvisional(c.viewYear) ? theme::kWarning : theme::kSuccess, "%s", yearLabel.c_str());
  probe::item("calendar.year", yearLabel);
  ImGui::SameLine();
  if (ui::secondaryButton("calendar.next_year", "下一年 ›")) c.viewYear++;
  if (c.loading || c.saving) {
    ImGui::SameLine();
    ui::spinner(ImGui::GetFontSize() * 0.4f);
  }

  const float sideW = 330 * dpr;
  float gridW = ImGui::GetContentRegionAvail().x - sideW - 16 * dpr;
  ImGui::BeginChild("calendar_grid", ImVec2(gridW, 0), ImGuiChildFlags_Borders);
  int columns = gridW > 1000 * dpr ? 4 : (gridW > 640 * dpr ? 3 : 2);
  float cell = 34.0f * dpr;  // at most; narrower columns shrink it
  if (ImGui::BeginTable("months", columns, ImGuiTableFlags_SizingStretchSame)) {
    for (unsigned m = 1; m <= 12; ++m) {
      ImGui::TableNextColumn();
      drawMonth(state, cal, c.viewYear, m, cell);
      ImGui::Spacing();
    }
    ImGui::EndTable();
  }
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("calendar_side", ImVec2(sideW, 0), ImGuiChildFlags_Borders);
  drawDayEditor(state, dispatch);
  ImGui::Separator();
  drawYearImport(state, dispatch);
  ImGui::Separator();
  drawDueDateTool(state);
  ImGui::EndChild();
}

}  // namespace qinqing::web
