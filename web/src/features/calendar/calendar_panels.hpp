// The side panels of the 工作日历 screen, and the provisional-year warning administrators see.
#pragma once

#include <string_view>

#include "app/dispatch.hpp"
#include "app/app_state.hpp"
#include "qinqing/calendar/holiday_calendar.hpp"

namespace qinqing::web {

// From 1 November, while next year's arrangement is not loaded: a warning (returns whether shown).
bool drawProvisionalWarning(AppState& state);
void drawDayEditor(AppState& state, Dispatch& dispatch);
void drawYearImport(AppState& state, Dispatch& dispatch);
void drawDueDateTool(AppState& state);

// 工作日 / 周末 / 调休上班 / the holiday's name.
std::string_view dayKindText(const domain::DayInfo& info);

}  // namespace qinqing::web
