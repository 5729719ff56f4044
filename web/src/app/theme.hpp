// The calm light theme of a government clerk's screen, scaled to the device pixel ratio.
#pragma once

#include "imgui.h"

namespace qinqing::web::theme {

inline constexpr float kBaseFontSize = 21.0f;  // ImGui size = ascent−descent: 21 gives Noto a ~15 px em

inline const ImVec4 kPrimary{0.184f, 0.435f, 0.859f, 1.0f};      // #2f6fdb
inline const ImVec4 kPrimaryHover{0.141f, 0.369f, 0.776f, 1.0f};
inline const ImVec4 kDanger{0.800f, 0.180f, 0.180f, 1.0f};       // field errors
inline const ImVec4 kWarning{0.851f, 0.569f, 0.063f, 1.0f};      // due today (yellow)
inline const ImVec4 kSuccess{0.149f, 0.553f, 0.294f, 1.0f};
inline const ImVec4 kMutedText{0.420f, 0.455f, 0.510f, 1.0f};
inline const ImVec4 kSidebar{0.133f, 0.196f, 0.314f, 1.0f};      // #223250
inline const ImVec4 kTopBar{0.118f, 0.337f, 0.690f, 1.0f};

// Applies colours and sizes for the given device pixel ratio (ImGui works in backing pixels).
void apply(float dpr);

}  // namespace qinqing::web::theme
