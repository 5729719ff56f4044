// The deadline engine: "within N working days" turned into a date, an instant and an explanation.
//
// A period counted in days starts on the day after the event (民法典 第二百零一条), and a period
// fixed in working days counts only working days (行政许可法 第八十二条); so the deadline of an
// event is the end (23:59:59 China Standard Time) of the N-th working day strictly after the
// event's CST date, with weekends and holidays skipped and exchanged workdays (调休上班) counted.
// The notice's own limits (审核 1个工作日, 办结 15个工作日, 评价 5个工作日) are all of this form.
//
// Pure functions of a HolidayCalendar and the caller's instants: nothing here reads the clock.
#pragma once

#include <string>
#include <vector>

#include "qinqing/calendar/holiday_calendar.hpp"
#include "qinqing/time/date.hpp"
#include "qinqing/time/instant.hpp"

namespace qinqing::domain {

// Longest period accepted, about eight years: far beyond any limit in the notice.
inline constexpr int kMaxWorkingDays = 2000;

// One calendar day of the explanation.
struct TrailDay {
  Date date;
  bool counted = false;              // counted as one of the N working days
  DayKind kind = DayKind::Workday;   // what the calendar says the day is
  std::string reason;                // Chinese: 事件当日不计 / 周末 / 国庆节 / 调休上班 第2天 / 工作日 第3天
  bool operator==(const TrailDay&) const = default;
};

struct DueDate {
  Date from;                 // the event's CST date (not counted)
  int workingDays = 0;       // N
  Date dueDate;              // the N-th working day after `from`
  Instant dueAt;             // 23:59:59 CST on dueDate
  bool provisional = false;  // some day after `from` up to dueDate lies in a year with no arrangement
  std::vector<TrailDay> trail;  // every day from `from` to dueDate inclusive, in order
  bool operator==(const DueDate&) const = default;
};

// The deadline N working days after an event at `event` (its CST date is the day that does not
// count: an event at 2020-09-30T16:30:00Z happens on 2020-10-01 in China).
// The due date is always a working day after the event's date; it never lands on a holiday.
// n must be 1..kMaxWorkingDays: other values are a programmer error (asserted) and are clamped
// into that range in release builds.
// Trail reasons: "事件当日不计" (first entry), "周末", the holiday's name, "调休上班 第k天",
// "工作日 第k天"; days in a provisional year carry "（当年安排未公布）".
DueDate dueAfterWorkingDays(const HolidayCalendar& calendar, Instant event, int n);

// The same from an event date (for "submitted on 2020-09-30").
DueDate dueAfterWorkingDays(const HolidayCalendar& calendar, Date eventDate, int n);

// The bare result without the trail, for bulk work (lists, statistics): same rules, same clamping.
struct WorkingDaySum {
  Date date;
  bool provisional = false;
  bool operator==(const WorkingDaySum&) const = default;
};
WorkingDaySum addWorkingDays(const HolidayCalendar& calendar, Date from, int n);

// Working days in (from, to]: 0 when to <= from. `provisional` tells whether any of those days
// lies in a year with no arrangement.
struct WorkingDayCount {
  int days = 0;
  bool provisional = false;
  bool operator==(const WorkingDayCount&) const = default;
};
WorkingDayCount countWorkingDays(const HolidayCalendar& calendar, Date from, Date to);

}  // namespace qinqing::domain
