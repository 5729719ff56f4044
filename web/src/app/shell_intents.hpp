// The intents more than one feature sends: opening a menu entry (the shell), and loads that other
// screens start (the home screen loads the badges and the calendar; 企业信息 reloads the profile).
// Each is handled by one perform() overload; the feature that owns the data defines it.
#pragma once

#include <string>

#include "app/type_list.hpp"

namespace qinqing::web {

struct AppState;

struct OpenMenu {
  std::string key;
};
struct LoadProfile {};
struct LoadCalendar {};
struct LoadPetitionCounts {};  // the menu badges

// OpenMenu: app/dispatch.cpp (the screen registry's row for the key). LoadProfile: features/profile.
// LoadCalendar: features/calendar. LoadPetitionCounts: features/petitions.
void perform(AppState& state, const OpenMenu& intent);
void perform(AppState& state, const LoadProfile& intent);
void perform(AppState& state, const LoadCalendar& intent);
void perform(AppState& state, const LoadPetitionCounts& intent);

using ShellIntents = TypeList<OpenMenu, LoadProfile, LoadCalendar, LoadPetitionCounts>;

}  // namespace qinqing::web
