// Connects ImGui to the hidden <textarea> bridge (input_bridge_pre.js): committed text, the IME
// preedit, copy-out of the active selection and the caret position for the candidate window.
#pragma once

namespace qinqing::web {

// Installs ImGui platform hooks (clipboard, IME position). Call once after the backends are set up.
void installInputBridge();

// Draws the IME preedit (composition) underlined at the caret. Call inside the frame, after screens.
void drawImePreedit();

// After each rendered frame: tells the bridge whether a text field is active and where its caret is.
void afterFrameInputBridge(float dpr);

}  // namespace qinqing::web
