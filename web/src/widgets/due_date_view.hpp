// A due date as people see it everywhere: the date (marked 暂定 when it reaches into a year whose
// holidays are not yet published) and, on hover or tap, the day-by-day explanation of the count.
#pragma once

#include <string_view>

#include "qinqing/calendar/due_date.hpp"

namespace qinqing::web::ui {

void dueDateView(std::string_view probeId, const domain::DueDate& due);

}  // namespace qinqing::web::ui
