// 诉求's screens (petitions feature). Each draws from AppState and dispatches Actions, never calling the network.
#pragma once

#include <string>
#include <string_view>

#include "app/dispatch.hpp"

namespace qinqing::web {

// 诉求: the menu boxes' lists (a row opens the detail in place), the detail with its action form, 发布诉求.
void drawPetitionListScreen(AppState& state, Dispatch& dispatch);
void drawPetitionDetailScreen(AppState& state, Dispatch& dispatch);
void drawPetitionActionForm(AppState& state, Dispatch& dispatch);
void drawPetitionFormScreen(AppState& state, Dispatch& dispatch);

}  // namespace qinqing::web
