#include "qinqing/calendar/due_date.hpp"

#include <cassert>
#include <charconv>

namespace qinqing::domain {
namespace {

constexpr const char* kProvisionalSuffix = "（当年安排未公布）";

// Walks forward one day at a time, fetching the calendar's year view only when a year ends, so
// each step is a bit test (the per-year bitsets) rather than a date conversion and a map lookup.
class DayWalker {
public:
  DayWalker(const HolidayCalendar& calendar, Date start)
      : m_calendar(calendar), m_view(calendar.view(start.year())),
        m_index(start.dayNumber() - m_view.firstDay().dayNumber()) {}

  void next() {
    if (++m_index == m_view.length()) {
      m_view = m_calendar.view(m_view.year() + 1);
      m_index = 0;
    }
  }
  Date date() const { return m_view.firstDay().plusDays(m_index); }
  bool working() const { return m_view.isWorking(m_index); }
  bool provisional() const { return m_view.provisional(); }
  DayInfo describe() const { return m_view.describe(m_index); }

private:
  const HolidayCalendar& m_calendar;
  HolidayCalendar::YearView m_view;
  int m_index;
};

int clampWorkingDays(int n) {
  assert(n >= 1 && n <= kMaxWorkingDays && "working-day count out of range");
  if (n < 1) return 1;
  return n > kMaxWorkingDays ? kMaxWorkingDays : n;
}

// "工作日 第3天": built by appending, because formatting with printf dominated the trail's cost.
std::string countedReason(DayKind kind, int ordinal, bool provisional) {
  std::string text;
  text.reserve(48);
  text += kind == DayKind::ExchangedWorkday ? "调休上班 第" : "工作日 第";
  char digits[12];
  char* end = std::to_chars(digits, digits + sizeof digits, ordinal).ptr;
  text.append(digits, end);
  text += "天";
  if (provisional) text += kProvisionalSuffix;
  return text;
}

std::string skippedReason(const DayInfo& info) {
  std::string text(info.kind != DayKind::Holiday ? std::string_view("周末")
                   : info.holidayName.empty()    ? std::string_view("节假日")
                                                 : info.holidayName);
  if (info.provisional) text += kProvisionalSuffix;
  return text;
}

}  // namespace

DueDate dueAfterWorkingDays(const HolidayCalendar& calendar, Date eventDate, int n) {
  n = clampWorkingDays(n);
  DueDate due;
  due.from = eventDate;
  due.workingDays = n;
  // The bare count is an order of magnitude cheaper than the trail, and knowing the length up
  // front saves the trail's reallocations.
  const WorkingDaySum sum = addWorkingDays(calendar, eventDate, n);
  due.trail.reserve(static_cast<std::size_t>(daysBetween(eventDate, sum.date)) + 1);

  // 民法典 第二百零一条: a period counted in days starts on the following day, so the event's own
  // day is listed for the explanation but never counted, even when it is a working day.
  due.trail.push_back({eventDate, false, calendar.describe(eventDate).kind, "事件当日不计"});

  DayWalker walker(calendar, eventDate);
  int counted = 0;
  while (counted < n) {
    walker.next();
    const DayInfo info = walker.describe();
    due.provisional = due.provisional || info.provisional;
    // 行政许可法 第八十二条: periods in working days leave out statutory holidays (and weekends);
    // an exchanged workday (调休上班) is a working day by the State Council's notice.
    if (isWorkingKind(info.kind)) {
      ++counted;
      due.trail.push_back({walker.date(), true, info.kind, countedReason(info.kind, counted, info.provisional)});
    } else {
      due.trail.push_back({walker.date(), false, info.kind, skippedReason(info)});
    }
  }
  due.dueDate = walker.date();
  due.dueAt = endOfLocalDay(due.dueDate);
  return due;
}

DueDate dueAfterWorkingDays(const HolidayCalendar& calendar, Instant event, int n) {
  return dueAfterWorkingDays(calendar, localDate(event), n);
}

WorkingDaySum addWorkingDays(const HolidayCalendar& calendar, Date from, int n) {
  n = clampWorkingDays(n);
  WorkingDaySum sum;
  DayWalker walker(calendar, from);
  for (int counted = 0; counted < n;) {
    walker.next();
    sum.provisional = sum.provisional || walker.provisional();
    if (walker.working()) ++counted;
  }
  sum.date = walker.date();
  return sum;
}

WorkingDayCount countWorkingDays(const HolidayCalendar& calendar, Date from, Date to) {
  WorkingDayCount count;
  DayWalker walker(calendar, from);
  for (std::int32_t left = daysBetween(from, to); left > 0; --left) {
    walker.next();
    count.provisional = count.provisional || walker.provisional();
    if (walker.working()) ++count.days;
  }
  return count;
}

}  // namespace qinqing::domain
