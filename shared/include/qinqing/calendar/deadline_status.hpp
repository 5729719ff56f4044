// How an open step stands against its deadline at a given moment: the traffic light of the
// petition lists (normal / due today in yellow / overdue in red) and the working days behind it.
// `now` is always passed in; nothing here reads the clock.
#pragma once

#include <string>

#include "qinqing/calendar/holiday_calendar.hpp"
#include "qinqing/time/date.hpp"
#include "qinqing/time/instant.hpp"

namespace qinqing::domain {

enum class DeadlineState {
  Normal,    // the due day has not begun (CST)
  DueToday,  // it is the due day, up to and including 23:59:59 CST (yellow)
  Overdue,   // the due day has ended (red)
};

struct DeadlineStatus {
  DeadlineState state = DeadlineState::Normal;
  int workingDaysLeft = 0;     // Normal: working days in (today, dueDate]; otherwise 0
  int workingDaysOverdue = 0;  // Overdue: working days in (dueDate, today]; 0 on e.g. the
                               // Saturday after a Friday deadline, which is still overdue
  bool provisional = false;    // a counted stretch reaches into a year with no arrangement
  bool operator==(const DeadlineStatus&) const = default;
};

// The status of a step due at the end (23:59:59 CST) of `dueDate`, seen at `now`. "Today" is
// now's CST date. A due date that an administrator has since turned into a holiday stays the due
// date: deadlines are fixed when the step opens.
DeadlineStatus deadlineStatus(const HolidayCalendar& calendar, Date dueDate, Instant now);

// Chinese text for lists: "剩余3个工作日", "即将到期" (Normal with no working day left before the
// due day), "今日到期", "已逾期2个工作日", "已逾期" (overdue by no working day yet).
std::string deadlineStatusText(const DeadlineStatus& status);

}  // namespace qinqing::domain
