#include "qinqing/calendar/deadline_status.hpp"

#include "qinqing/calendar/due_date.hpp"

namespace qinqing::domain {

DeadlineStatus deadlineStatus(const HolidayCalendar& calendar, Date dueDate, Instant now) {
  const Date today = localDate(now);
  DeadlineStatus status;
  if (today < dueDate) {
    const WorkingDayCount left = countWorkingDays(calendar, today, dueDate);
    status.workingDaysLeft = left.days;
    status.provisional = left.provisional;
  } else if (today == dueDate) {
    // now is on the due day, hence at or before its 23:59:59 CST: still on time.
    status.state = DeadlineState::DueToday;
    status.provisional = calendar.isProvisional(dueDate.year());
  } else {
    const WorkingDayCount over = countWorkingDays(calendar, dueDate, today);
    status.state = DeadlineState::Overdue;
    status.workingDaysOverdue = over.days;
    status.provisional = over.provisional;
  }
  return status;
}

std::string deadlineStatusText(const DeadlineStatus& status) {
  switch (status.state) {
    case DeadlineState::Normal:
      if (status.workingDaysLeft == 0) return "即将到期";
      return "剩余" + std::to_string(status.workingDaysLeft) + "个工作日";
    case DeadlineState::DueToday:
      return "今日到期";
    case DeadlineState::Overdue:
      if (status.workingDaysOverdue == 0) return "已逾期";
      return "已逾期" + std::to_string(status.workingDaysOverdue) + "个工作日";
  }
  return "";
}

}  // namespace qinqing::domain
