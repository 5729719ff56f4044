// Wire form of the working-day calendar, deadlines and deadline status. Keys are snake_case,
// dates "2020-09-30", instants "2020-10-28T23:59:59+08:00".
//
// Calendar (the form of assets/calendar/cn_calendar.json; other top-level keys such as
// "source_notes" are ignored):
//   {"years": {"2020": {"holidays": ["2020-10-01", ...], "workdays": ["2020-10-10", ...],
//                       "names": {"2020-10-01": "国庆节、中秋节", ...}}}}
// "names" is optional and may name only some days; an unnamed holiday day takes the conventional
// name of its run of consecutive holiday days (conventionalHolidayName). The encoder writes a name
// for every holiday day, so encode → decode gives back the same calendar.
//
// Due date:
//   {"from": "2020-09-30", "working_days": 15, "due_date": "2020-10-28",
//    "due_at": "2020-10-28T23:59:59+08:00", "provisional": false,
//    "trail": [{"date": "2020-09-30", "counted": false, "kind": "workday", "reason": "事件当日不计"}, ...]}
//
// Decoders never throw (the wasm build has no exception catching): bad input is an InvalidInput
// DomainError whose FieldErrors name the offending key ("years.2020.holidays[3]").
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

#include "qinqing/calendar/deadline_status.hpp"
#include "qinqing/calendar/due_date.hpp"
#include "qinqing/calendar/holiday_calendar.hpp"
#include "qinqing/core/result.hpp"

namespace qinqing::wire {

// "workday", "weekend", "holiday", "exchanged_workday".
std::string_view dayKindKey(domain::DayKind kind);
std::optional<domain::DayKind> dayKindFromKey(std::string_view key);

// One year as {"holidays", "workdays", "names"}, dates ascending.
nlohmann::json yearArrangementToJson(const domain::YearArrangement& arrangement);
// Decodes the shape only; the calendar's setYear checks the rules (dates inside the year, ...).
// Duplicate dates are merged. Errors name fields as "years.<year>.holidays[i]" etc.
domain::Result<domain::YearArrangement> yearArrangementFromJson(int year, const nlohmann::json& j);

// Every arranged year of the calendar.
nlohmann::json calendarToJson(const domain::HolidayCalendar& calendar);
// Builds a calendar from {"years": {...}}: every year key must be a four-digit year; every error
// of every year is reported (setYear's fields are prefixed with "years.<year>.").
domain::Result<domain::HolidayCalendar> calendarFromJson(const nlohmann::json& j);
// The same from text, e.g. the contents of cn_calendar.json.
domain::Result<domain::HolidayCalendar> parseCalendar(std::string_view text);

nlohmann::json dueDateToJson(const domain::DueDate& due);
domain::Result<domain::DueDate> dueDateFromJson(const nlohmann::json& j);

// {"state": "normal"|"due_today"|"overdue", "working_days_left", "working_days_overdue",
//  "provisional", "text": "剩余3个工作日"}. "text" is for display and ignored when decoding.
nlohmann::json deadlineStatusToJson(const domain::DeadlineStatus& status);
domain::Result<domain::DeadlineStatus> deadlineStatusFromJson(const nlohmann::json& j);

}  // namespace qinqing::wire
