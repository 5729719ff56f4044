// The signed-in frame: top bar, the role's menu (entries the registry has no row for are shown
// disabled), the registry's banners and the active entry's screen, then its overlays.
#pragma once

#include <string_view>

#include "app/dispatch.hpp"

namespace qinqing::web {

void drawAppShell(AppState& state, Dispatch& dispatch);

// Whether the menu key's screen exists in this version (a row in the screen registry).
bool screenAvailable(std::string_view menuKey);

}  // namespace qinqing::web
