#include "pdf/pango_fonts.hpp"

namespace qinqing::backend::pdf {

std::mutex& renderMutex() {
  static std::mutex mutex;
  return mutex;
}

PangoFontMap* fontMap() {
  static PangoFontMap* map = pango_cairo_font_map_new();
  return map;
}

}  // namespace qinqing::backend::pdf
