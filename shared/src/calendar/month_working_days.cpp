#include "qinqing/calendar/month_working_days.hpp"

namespace qinqing::domain {

std::optional<Date> nthWorkingDayOfMonth(const HolidayCalendar& calendar, YearMonth month, int n) {
  if (n < 1) return std::nullopt;
  for (Date d = month.firstDay(); d <= month.lastDay(); d = d.plusDays(1)) {
    if (calendar.isWorkingDay(d) && --n == 0) return d;
  }
  return std::nullopt;
}

std::optional<Date> nthLastWorkingDayOfMonth(const HolidayCalendar& calendar, YearMonth month, int n) {
  if (n < 1) return std::nullopt;
  for (Date d = month.lastDay(); d >= month.firstDay(); d = d.plusDays(-1)) {
    if (calendar.isWorkingDay(d) && --n == 0) return d;
  }
  return std::nullopt;
}

std::optional<int> workingDayIndexInMonth(const HolidayCalendar& calendar, Date day) {
  if (!calendar.isWorkingDay(day)) return std::nullopt;
  int index = 0;
  for (Date d = YearMonth::of(day).firstDay(); d <= day; d = d.plusDays(1)) {
    if (calendar.isWorkingDay(d)) ++index;
  }
  return index;
}

}  // namespace qinqing::domain
