// The two inputs of a due-date question — when the event happened and how many working days —
// read from text exactly alike by GET /api/calendar/due-date and `qinqing due-date`, so the API
// and the CLI accept and refuse the same things with the same Chinese messages.
#pragma once

#include <optional>
#include <string_view>

#include "qinqing/core/result.hpp"
#include "qinqing/time/instant.hpp"

namespace qinqing::backend::calendar {

struct DueDateRequest {
  domain::Instant from;
  int workingDays = 0;
};

// from: a date ("2020-09-30", read as 00:00 CST) or an instant as domain::parseInstant accepts it
// ("2020-09-30T16:30:00Z", "2020-10-01T00:30:00+08:00"). A space where the offset's '+' belongs is
// read as '+', because an unencoded '+' in a query string arrives as a space.
// workingDays: a decimal integer 1..domain::kMaxWorkingDays.
// Errors: InvalidInput with a FieldError for each bad or missing input ("from", "working_days").
domain::Result<DueDateRequest> parseDueDateRequest(std::optional<std::string_view> from,
                                                   std::optional<std::string_view> workingDays);

}  // namespace qinqing::backend::calendar
