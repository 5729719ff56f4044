// Actions of the working-day calendar: load it (every client needs it to show deadlines) and, for
// the system administrator, change single days or load a whole year.
#pragma once

#include "app/dispatch.hpp"

namespace qinqing::web {

void loadCalendar(AppState& state);
void editCalendarDay(AppState& state, const EditCalendarDay& edit);
void importCalendarYear(AppState& state, const ImportCalendarYear& import);

}  // namespace qinqing::web
