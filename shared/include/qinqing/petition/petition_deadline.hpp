// The badge of a petition's running step: its due date against now (yellow on the due day, red
// when overdue), or for a step with no limit the working days it has waited (issue 5 "Clocks").
#pragma once

#include <optional>

#include "qinqing/calendar/holiday_calendar.hpp"
#include "qinqing/petition/petition_view.hpp"
#include "qinqing/time/instant.hpp"

namespace qinqing::domain {

// startedAt: when the clock started; dueDate: none for a step with no limit.
PetitionDeadline petitionDeadlineOf(const HolidayCalendar& calendar, ClockKind kind, Instant startedAt,
                                    std::optional<Date> dueDate, Instant now);

// "审核时限：2026-11-30（1个工作日，自2026-11-27起算，不含当日，节假日顺延）": the hover text that
// explains a clock's due date.
std::string petitionClockExplanation(const PetitionClock& clock);

}  // namespace qinqing::domain
