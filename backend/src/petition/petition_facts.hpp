// What the shared state machine needs to know about a stored petition besides its state: the
// running clock's light, a pending extension, today's 催办, the appeal window. One definition, used
// by PetitionService to decide and by the detail query to offer only the actions that will work.
#pragma once

#include <optional>

#include "repositories/petition_repository.hpp"
#include "qinqing/calendar/holiday_calendar.hpp"
#include "qinqing/petition/petition_machine.hpp"

namespace qinqing::backend::petition {

struct FactsAndClock {
  domain::PetitionFacts facts;
  std::optional<OpenClock> clock;
};

FactsAndClock factsOf(PetitionRepository& repo, const PetitionRow& row, const domain::HolidayCalendar& calendar,
                      long long now);

}  // namespace qinqing::backend::petition
