#include "features/calendar/calendar_panels.hpp"

#include <nlohmann/json.hpp>

#include "platform/file_chooser.hpp"
#include "qinqing/calendar/due_date.hpp"
#include "qinqing/wire/calendar_json.hpp"
#include "app/theme.hpp"
#include "widgets/due_date_view.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {
using domain::Date;

// The years a chosen file holds: the whole-calendar form {"years": {"2027": {...}}} or one year's
// {"holidays": [...], "workdays": [...]} (the year then comes from the screen's year).
struct ParsedImport {
  std::vector<std::pair<int, nlohmann::json>> years;
  std::vector<domain::FieldError> errors;
};

ParsedImport parseImport(const std::string& text, int fallbackYear) {
  ParsedImport out;
  auto j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) {
    out.errors.push_back({"file", "文件不是有效的 JSON"});
    return out;
  }
  if (j.contains("years") && j["years"].is_object()) {
    for (auto it = j["years"].begin(); it != j["years"].end(); ++it) {
      int year = std::atoi(it.key().c_str());
      out.years.push_back({year, it.value()});
    }
  } else {
    out.years.push_back({fallbackYear, j});
  }
  // Check with the same rules the server applies before anything is sent.
  for (const auto& [year, body] : out.years) {
    auto arrangement = wire::yearArrangementFromJson(year, body);
    if (!arrangement) {
      for (const auto& f : arrangement.error().fields) out.errors.push_back(f);
      if (arrangement.error().fields.empty()) out.errors.push_back({"file", arrangement.error().message});
      continue;
    }
    domain::HolidayCalendar probeCalendar;
    auto ok = probeCalendar.setYear(arrangement.value());
    if (!ok) {
      for (const auto& f : ok.error().fields) out.errors.push_back({std::to_string(year) + "." + f.field, f.message});
    }
  }
  return out;
}

}  // namespace

std::string_view dayKindText(const domain::DayInfo& info) {
  switch (info.kind) {
    case domain::DayKind::Holiday: return info.holidayName;
    case domain::DayKind::ExchangedWorkday: return "调休上班";
    case domain::DayKind::Weekend: return "周末";
    case domain::DayKind::Workday: return "工作日";
  }
  return "";
}

bool drawProvisionalWarning(AppState& state) {
  if (!state.calendar.calendar) return false;
  Date today = domain::localDate(state.now);
  int next = today.year() + 1;
  if (today.month() < 11 || !state.calendar.calendar->isProvisional(next)) return false;
  std::string text = std::to_string(next) + " 年节假日安排尚未载入：跨入该年的期限暂按周末计算并标记为“暂定”。"
                     "国务院办公厅公布后，请在“工作日历”中导入。";
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kWarning);
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
  probe::item("calendar.provisional_warning", text);
  return true;
}

void drawDayEditor(AppState& state, Dispatch& dispatch) {
  CalendarState& c = state.calendar;
  ImGui::TextUnformatted("单日调整");
  if (!c.selectedDay) {
    ImGui::TextColored(theme::kMutedText, "在左侧日历中点选一天。");
    return;
  }
  const Date day = *c.selectedDay;
  domain::DayInfo info = c.calendar->describe(day);
  std::string line = day.toIso() + "：" + std::string(dayKindText(info));
  ImGui::TextUnformatted(line.c_str());
  probe::item("calendar.selected", line);
  ui::FieldOptions nameOpts;
  nameOpts.maxChars = 20;
  nameOpts.hint = "如：国庆节";
  ui::textField("calendar.holiday_name", "节假日名称", c.editName, nameOpts);
  ImGui::BeginDisabled(c.saving);
  if (ui::secondaryButton("calendar.set_holiday", "设为节假日")) {
    if (c.editName.empty()) c.editError = "请填写节假日名称";
    else dispatch(EditCalendarDay{day, "holiday", c.editName});
  }
  ImGui::SameLine();
  if (ui::secondaryButton("calendar.set_workday", "设为工作日")) dispatch(EditCalendarDay{day, "workday", ""});
  ImGui::SameLine();
  if (ui::secondaryButton("calendar.clear_day", "恢复常规")) dispatch(EditCalendarDay{day, "clear", ""});
  ImGui::EndDisabled();
  if (!c.editError.empty()) ui::errorText("calendar.edit_error", c.editError);
  if (!c.message.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kSuccess);
    ImGui::TextWrapped("%s", c.message.c_str());
    ImGui::PopStyleColor();
    probe::item("calendar.message", c.message);
  }
}

void drawYearImport(AppState& state, Dispatch& dispatch) {
  CalendarState& c = state.calendar;
  ImGui::TextUnformatted("导入全年安排");
  ImGui::TextColored(theme::kMutedText, "JSON 文件，格式同 cn_calendar.json。");
  if (ui::secondaryButton("calendar.choose_file", "选择文件…")) {
    chooseTextFile(".json,application/json", [&state](const std::string& name, const std::string& text) {
      state.calendar.importFileName = name;
      state.calendar.importText = text;
      state.calendar.importErrors = parseImport(text, state.calendar.viewYear).errors;
    });
  }
  if (c.importFileName.empty()) return;
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(c.importFileName.c_str());
  probe::item("calendar.import_file", c.importFileName);
  for (size_t i = 0; i < c.importErrors.size() && i < 8; ++i) {
    const auto& e = c.importErrors[i];
    ui::errorText("calendar.import_error." + std::to_string(i), (e.field.empty() ? "" : e.field + "：") + e.message);
  }
  if (!c.importErrors.empty()) return;
  ParsedImport parsed = parseImport(c.importText, c.viewYear);
  std::string label = "载入";
  for (const auto& [year, body] : parsed.years) label += " " + std::to_string(year);
  label += " 年";
  if (ui::primaryButton("calendar.import", label, c.saving)) {
    for (auto& [year, body] : parsed.years) dispatch(ImportCalendarYear{year, body.dump()});
  }
}

void drawDueDateTool(AppState& state) {
  CalendarState& c = state.calendar;
  ImGui::TextUnformatted("期限计算");
  if (c.toolFrom.empty()) c.toolFrom = domain::localDate(state.now).toIso();
  ui::FieldOptions fromOpts;
  fromOpts.maxChars = 10;
  fromOpts.hint = "YYYY-MM-DD";
  auto from = Date::parseIso(c.toolFrom);
  std::string fromError = from ? "" : "日期格式应为 2020-09-30";
  if (!from) fromOpts.error = &fromError;
  ui::textField("calendar.tool_from", "事件日期", c.toolFrom, fromOpts);
  ImGui::TextUnformatted("工作日数");
  ImGui::SetNextItemWidth(140 * state.dpr);
  ImGui::InputInt("##tool_days", &c.toolDays);
  probe::item("calendar.tool_days", std::to_string(c.toolDays));
  c.toolDays = std::clamp(c.toolDays, 1, domain::kMaxWorkingDays);
  if (!from || !c.calendar) return;
  domain::DueDate due = domain::dueAfterWorkingDays(*c.calendar, from.value(), c.toolDays);
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted("截止日期：");
  ImGui::SameLine();
  ui::dueDateView("calendar.tool_due", due);
  ImGui::TextColored(theme::kMutedText, "将鼠标停在日期上（或点按）查看逐日计算。");
}

}  // namespace qinqing::web
