#include "qinqing/petition/petition_deadline.hpp"

#include <string>

#include "qinqing/calendar/deadline_status.hpp"
#include "qinqing/calendar/due_date.hpp"

namespace qinqing::domain {

PetitionDeadline petitionDeadlineOf(const HolidayCalendar& calendar, ClockKind kind, Instant startedAt,
                                    std::optional<Date> dueDate, Instant now) {
  PetitionDeadline out;
  out.clock = kind;
  if (dueDate) {
    out.dueDate = dueDate;
    out.dueAt = formatChinaTime(endOfLocalDay(*dueDate));
    out.status = deadlineStatus(calendar, *dueDate, now);
    out.text = deadlineStatusText(*out.status);
    return out;
  }
  // No limit: the wait is still measured and shown (the notice sets none for dispatching).
  const int waited = countWorkingDays(calendar, localDate(startedAt), localDate(now)).days;
  out.text = "已等待" + std::to_string(waited) + "个工作日";
  return out;
}

std::string petitionClockExplanation(const PetitionClock& clock) {
  const std::string label(clockKindLabel(clock.kind));
  const std::string started = clock.startedAt.substr(0, 10);
  if (clock.workingDays <= 0 || !clock.dueDate) {
    return label + "环节不设时限，自" + started + "起计量等待时间（按工作日计）";
  }
  std::string text = label + "时限：" + clock.dueDate->toIso() + " 23:59:59 前（" + std::to_string(clock.workingDays) +
                     "个工作日，自" + started + "次日起算，周末和法定节假日不计，调休上班日计入）";
  if (clock.extended) text += "；已批准延期";
  return text;
}

}  // namespace qinqing::domain
