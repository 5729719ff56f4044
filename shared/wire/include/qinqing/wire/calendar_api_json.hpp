// Wire form of the /api/calendar replies and requests beyond the calendar itself (calendar_json.hpp):
//
//   GET /api/calendar → calendarToJson(calendar) plus
//       {"provisional_years": [2027], "next_year_warning": false}
//     provisional_years: the server's current year and the next one, each listed while it has no
//     loaded arrangement (deadlines reaching into it are provisional). next_year_warning: from
//     1 November (CST) while next year is still provisional — administrators are asked to load it.
//   PUT /api/calendar/days/{date} body: {"kind": "holiday", "name": "国庆节"} | {"kind": "workday"} |
//       {"kind": "clear"}
//   Reply of PUT /api/calendar/years/{year} and PUT /api/calendar/days/{date}:
//       {"ok": true, "year": 2020, "deadlines_moved": 0}
//
// Decoders never throw (the wasm build has no exception catching).
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "qinqing/calendar/holiday_calendar.hpp"
#include "qinqing/core/result.hpp"

namespace qinqing::wire {

struct CalendarStatus {
  std::vector<int> provisionalYears;  // ascending
  bool nextYearWarning = false;
  bool operator==(const CalendarStatus&) const = default;
};

struct CalendarOverview {
  domain::HolidayCalendar calendar;
  CalendarStatus status;
};

// Takes the calendar by reference so the server encodes its live calendar without copying it.
nlohmann::json calendarOverviewToJson(const domain::HolidayCalendar& calendar, const CalendarStatus& status);
// The calendar decodes as calendarFromJson does; missing status keys default to empty / false.
domain::Result<CalendarOverview> calendarOverviewFromJson(const nlohmann::json& j);

enum class DayEditKind {
  Holiday,  // HolidayCalendar::setHoliday(day, name)
  Workday,  // HolidayCalendar::setWorkday(day)
  Clear,    // HolidayCalendar::clearDay(day)
};

struct DayEdit {
  DayEditKind kind = DayEditKind::Clear;
  std::string name;  // for Holiday; ignored otherwise
  bool operator==(const DayEdit&) const = default;
};

nlohmann::json dayEditToJson(const DayEdit& edit);
// Errors: field "kind" ("应为 holiday、workday 或 clear"), field "name" (not a string). The name's
// own rules (1..20 characters) are the calendar's, checked by setHoliday.
domain::Result<DayEdit> dayEditFromJson(const nlohmann::json& j);

struct CalendarChangeReply {
  int year = 0;
  int deadlinesMoved = 0;  // open deadlines recomputed to a different date by this change
  bool operator==(const CalendarChangeReply&) const = default;
};

nlohmann::json calendarChangeReplyToJson(const CalendarChangeReply& reply);
domain::Result<CalendarChangeReply> calendarChangeReplyFromJson(const nlohmann::json& j);

}  // namespace qinqing::wire
