// What every PDF the server draws (分办单, the demo's policy documents) shares: one pango font map
// and the lock around its use. Pango's font map is not safe to share between threads; documents are
// drawn rarely, so one at a time over one font map is cheaper than a font map (and a fontconfig
// scan) per worker thread.
#pragma once

#include <pango/pangocairo.h>

#include <mutex>

namespace qinqing::backend::pdf {

std::mutex& renderMutex();
PangoFontMap* fontMap();

// Noto Sans CJK SC (Debian fonts-noto-cjk); fontconfig falls back to any installed CJK font.
inline constexpr const char* kFontFamily = "Noto Sans CJK SC";

}  // namespace qinqing::backend::pdf
