// Fonts: the base font (GB2312 + UI strings) arrives with the page; characters beyond it (rare name
// characters such as U+5586, U+5803, U+9555, U+20000) are fetched as small slices on demand and merged into the same ImGui
// font, so they appear a moment later without a rebuild or a stall.
#pragma once

#include <string_view>

struct ImFont;

namespace qinqing::web {

// Adds the base font (malloc'd bytes, ownership passes to ImGui). Returns the font or nullptr.
ImFont* installBaseFont(unsigned char* data, int size);

// Scans UTF-8 text (server replies, typed or pasted text) and fetches the slices that hold any
// character the loaded fonts lack. Cheap for text already covered.
void noteTextForFonts(std::string_view utf8);

// Merges slices that arrived since the last frame. Call between frames, before NewFrame.
void applyArrivedFontSlices();

// Slices fetched or in flight, for tests and the benchmark.
int fontSlicesLoaded();

}  // namespace qinqing::web
