#include "qinqing/wire/calendar_api_json.hpp"

#include <algorithm>

#include "qinqing/wire/calendar_json.hpp"
#include "qinqing/wire/error_json.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

json calendarOverviewToJson(const d::HolidayCalendar& calendar, const CalendarStatus& status) {
  json j = calendarToJson(calendar);
  j["provisional_years"] = status.provisionalYears;
  j["next_year_warning"] = status.nextYearWarning;
  return j;
}

d::Result<CalendarOverview> calendarOverviewFromJson(const json& j) {
  auto calendar = calendarFromJson(j);
  if (!calendar) return calendar.error();
  CalendarOverview overview;
  overview.calendar = std::move(calendar).value();
  if (auto it = j.find("provisional_years"); it != j.end() && it->is_array()) {
    for (const auto& y : *it) {
      if (y.is_number_integer()) overview.status.provisionalYears.push_back(y.get<int>());
    }
    std::sort(overview.status.provisionalYears.begin(), overview.status.provisionalYears.end());
  }
  overview.status.nextYearWarning = getBool(j, "next_year_warning").value_or(false);
  return overview;
}

json dayEditToJson(const DayEdit& edit) {
  switch (edit.kind) {
    case DayEditKind::Holiday: return {{"kind", "holiday"}, {"name", edit.name}};
    case DayEditKind::Workday: return {{"kind", "workday"}};
    case DayEditKind::Clear: return {{"kind", "clear"}};
  }
  return {{"kind", "clear"}};
}

d::Result<DayEdit> dayEditFromJson(const json& j) {
  std::vector<d::FieldError> errors;
  DayEdit edit;
  const std::string kind = getString(j, "kind").value_or("");
  if (kind == "holiday") {
    edit.kind = DayEditKind::Holiday;
  } else if (kind == "workday") {
    edit.kind = DayEditKind::Workday;
  } else if (kind == "clear") {
    edit.kind = DayEditKind::Clear;
  } else {
    errors.push_back({"kind", "应为 holiday（节假日）、workday（工作日）或 clear（恢复常规）"});
  }
  if (j.is_object() && j.contains("name")) {
    if (auto name = getString(j, "name")) {
      edit.name = *name;
    } else {
      errors.push_back({"name", "节假日名称应为文字"});
    }
  }
  if (!errors.empty()) return d::DomainError::invalid(std::move(errors));
  return edit;
}

json calendarChangeReplyToJson(const CalendarChangeReply& reply) {
  return {{"ok", true}, {"year", reply.year}, {"deadlines_moved", reply.deadlinesMoved}};
}

d::Result<CalendarChangeReply> calendarChangeReplyFromJson(const json& j) {
  auto moved = getInt(j, "deadlines_moved");
  if (getBool(j, "ok") != true || !moved) {
    return d::DomainError::of(d::ErrorCode::InvalidInput, "数据格式有误：工作日历修改应答");
  }
  return CalendarChangeReply{static_cast<int>(getInt(j, "year").value_or(0)), static_cast<int>(*moved)};
}

}  // namespace qinqing::wire
