// 工作日历 (calendar feature); its side panels are in calendar_panels.hpp. Each draws from AppState and dispatches Actions, never calling the network.
#pragma once

#include <string>
#include <string_view>

#include "app/dispatch.hpp"

namespace qinqing::web {

void drawCalendarScreen(AppState& state, Dispatch& dispatch);

}  // namespace qinqing::web
