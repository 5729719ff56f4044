// On-demand rendering: the client draws only when something may have changed (input, a network
// reply, a timer), so an idle page costs no CPU. Implemented in main.cpp.
#pragma once

namespace qinqing::web {

// Ask for at least `frames` more frames (ImGui needs a few to settle after an input).
void requestFrames(int frames);

// Ask for a frame after `ms` milliseconds (a countdown on screen); a later call replaces an earlier one.
void wakeAfter(int ms);

}  // namespace qinqing::web
