// What each petition action must carry (a reason, a due date, a rating comment …), checked the same
// way by the client before it sends and by the server before it decides. Whether the chosen unit
// or county exists is the server's to check (it knows the organisation); everything else is here.
#pragma once

#include <optional>

#include "qinqing/calendar/holiday_calendar.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/petition/petition_machine.hpp"
#include "qinqing/petition/petition_view.hpp"
#include "qinqing/time/date.hpp"

namespace qinqing::domain {

// today: the CST date now; currentDue: the running clock's due date in force, if it has one.
// Every problem at once, with field names as on the wire (reason, note, new_due_date, …).
Status validatePetitionActionRequest(PetitionAction action, const PetitionActionRequest& request,
                                     std::optional<PetitionContent> storedContent, const HolidayCalendar& calendar,
                                     Date today, std::optional<Date> currentDue);

}  // namespace qinqing::domain
