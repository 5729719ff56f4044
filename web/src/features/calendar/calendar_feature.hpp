// The calendar feature (工作日历) as the feature list sees it: its part of AppState,
// its intents in the Action variant, and the function that adds its screens to the registry.
#pragma once

#include "features/calendar/calendar_intents.hpp"
#include "features/calendar/calendar_state.hpp"

namespace qinqing::web {

class ScreenRegistry;

void registerCalendar(ScreenRegistry& registry);  // register_calendar.cpp

struct CalendarFeature {
  struct State {
    CalendarState calendar;
  };
  using Intents = CalendarIntents;
  static void registerScreens(ScreenRegistry& registry) { registerCalendar(registry); }
};

}  // namespace qinqing::web
