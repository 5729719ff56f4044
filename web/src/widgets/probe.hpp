// The probe: after each frame, the current screen and the on-screen rectangle (CSS pixels) of every
// labelled widget, so browser tests click real coordinates and read what a person would read.
// Exposed to the page as window.qinqing.probe().
#pragma once

#include <string>
#include <string_view>

namespace qinqing::web::probe {

void beginFrame(std::string_view screen, float dpr);
// Records the last ImGui item under a stable id, with an optional text (a value or a message).
void item(std::string_view id, std::string_view text = {});
// Extra key/value facts about the screen (e.g. requests in flight).
void fact(std::string_view key, std::string_view value);
// The JSON of the last completed frame.
const std::string& lastFrameJson();
// Ends the frame; true when what it drew (widgets, places, texts) differs from the frame before.
bool endFrame();

}  // namespace qinqing::web::probe
