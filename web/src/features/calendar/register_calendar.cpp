// 工作日历 (系统管理员), and the provisional-year warning over the other screens of the platform's operator.
#include "app/screen_registry.hpp"
#include "features/calendar/calendar_actions.hpp"
#include "features/calendar/calendar_panels.hpp"
#include "features/calendar/calendar_screens.hpp"

namespace qinqing::web {

void registerCalendar(ScreenRegistry& registry) {
  registry.add({"admin.calendar", [](AppState& state, std::string_view) { loadCalendar(state); }, drawCalendarScreen});
  // From 1 November the platform's operator is reminded until next year's holidays are loaded.
  registry.addBanner([](AppState& state) {
    return state.session && state.session->profile.role == domain::Role::SystemAdmin &&
           state.activeMenuKey != "admin.calendar" && drawProvisionalWarning(state);
  });
}

}  // namespace qinqing::web
