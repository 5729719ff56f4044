// What both PDF drawings (分办单 and the text documents) use around cairo and pango: the A4 page,
// owners that free cairo and pango objects, a stream sink into a string and a layout's size.
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include <memory>
#include <string>

namespace qinqing::backend::pdf {

// A4 portrait in PostScript points.
inline constexpr double kA4Width = 595.276;
inline constexpr double kA4Height = 841.89;

struct GObjectUnref {
  void operator()(void* p) const { g_object_unref(p); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectUnref>;
struct FontUnref {
  void operator()(PangoFontDescription* f) const { pango_font_description_free(f); }
};
struct SurfaceDestroy {
  void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct ContextDestroy {
  void operator()(cairo_t* c) const { cairo_destroy(c); }
};

// cairo's write callback: appends the PDF bytes to the std::string at closure.
inline cairo_status_t appendToString(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// A layout's extent in points.
inline double layoutWidth(PangoLayout* layout) {
  int w = 0, h = 0;
  pango_layout_get_size(layout, &w, &h);
  return static_cast<double>(w) / PANGO_SCALE;
}
inline double layoutHeight(PangoLayout* layout) {
  int w = 0, h = 0;
  pango_layout_get_size(layout, &w, &h);
  return static_cast<double>(h) / PANGO_SCALE;
}

}  // namespace qinqing::backend::pdf
