// A status badge: short text on a rounded, filled background (已发送 green, 待发送 yellow, 发送失败
// red …), the size of a line of text, so a table cell stays one line high.
#pragma once

#include <string_view>

#include "imgui.h"

namespace qinqing::web::ui {

// Draws the badge at the cursor and records it in the probe under probeId with its text.
void statusBadge(std::string_view probeId, std::string_view text, const ImVec4& colour);

}  // namespace qinqing::web::ui
