// Working days counted within a month: the reminders of §3 and §6 fall on "the 5th working day of
// the month" and "the last 5 working days of the month", which move with holidays and 调休.
#pragma once

#include <optional>

#include "qinqing/calendar/holiday_calendar.hpp"
#include "qinqing/time/period.hpp"

namespace qinqing::domain {

// The n-th working day (n ≥ 1) of the month; none when the month has fewer than n working days.
std::optional<Date> nthWorkingDayOfMonth(const HolidayCalendar& calendar, YearMonth month, int n);

// The n-th working day counted back from the month's end (n = 1: its last working day); none when
// the month has fewer than n working days.
std::optional<Date> nthLastWorkingDayOfMonth(const HolidayCalendar& calendar, YearMonth month, int n);

// The 1-based position of `day` among its month's working days; none on a rest day.
std::optional<int> workingDayIndexInMonth(const HolidayCalendar& calendar, Date day);

}  // namespace qinqing::domain
