// On-demand rendering: the client draws only when something may have changed (input, a network
// reply, a timer), so an idle page costs no CPU. Implemented in main.cpp.
#pragma once

namespace qinqing::web {

// Ask for at least `frames` more frames (ImGui needs a few to settle after an input).
void requestFrames(int frames);

}  // namespace qinqing::web
