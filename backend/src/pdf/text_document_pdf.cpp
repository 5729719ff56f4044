#include "pdf/text_document_pdf.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <memory>
#include <stdexcept>

#include "pdf/cairo_handles.hpp"
#include "pdf/pango_fonts.hpp"

namespace qinqing::backend::pdf {
namespace {

constexpr double kPageWidth = kA4Width;
constexpr double kPageHeight = kA4Height;
constexpr double kMargin = 64.0;
constexpr double kContentWidth = kPageWidth - 2 * kMargin;
constexpr double kFooterHeight = 28.0;
constexpr double kBodyBottom = kPageHeight - kMargin - kFooterHeight;

// One line of the body as placed: its page, the top of the line on that page.
struct PlacedLine {
  int line = 0;
  int page = 0;
  double y = 0;
};

}  // namespace

std::string renderTextDocument(const TextDocument& document) {
  std::lock_guard lock(renderMutex());
  std::string out;
  std::unique_ptr<cairo_surface_t, SurfaceDestroy> surface(
      cairo_pdf_surface_create_for_stream(appendToString, &out, kPageWidth, kPageHeight));
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, document.heading.c_str());
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "十堰亲清企业服务信息平台");
  std::unique_ptr<cairo_t, ContextDestroy> context(cairo_create(surface.get()));
  cairo_t* cr = context.get();
  struct PangoContextUnref {
    void operator()(PangoContext* c) const { g_object_unref(c); }
  };
  std::unique_ptr<PangoContext, PangoContextUnref> pango(pango_font_map_create_context(fontMap()));
  pango_cairo_update_context(cr, pango.get());
  auto layout = [&](const std::string& text, double size, bool bold, double width, bool centred) {
    LayoutPtr l(pango_layout_new(pango.get()));
    std::unique_ptr<PangoFontDescription, FontUnref> font(pango_font_description_new());
    pango_font_description_set_family(font.get(), kFontFamily);
    pango_font_description_set_absolute_size(font.get(), size * PANGO_SCALE);
    pango_font_description_set_weight(font.get(), bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description(l.get(), font.get());
    if (width > 0) {
      pango_layout_set_width(l.get(), static_cast<int>(width * PANGO_SCALE));
      pango_layout_set_wrap(l.get(), PANGO_WRAP_WORD_CHAR);
    }
    if (centred) pango_layout_set_alignment(l.get(), PANGO_ALIGN_CENTER);
    pango_layout_set_text(l.get(), text.data(), static_cast<int>(text.size()));
    return l;
  };

  auto heading = layout(document.heading, 18, true, kContentWidth, true);
  std::vector<LayoutPtr> meta;
  for (const auto& line : document.metaLines) meta.push_back(layout(line, 10, false, kContentWidth, true));
  double bodyTop = kMargin + layoutHeight(heading.get()) + 10;
  for (const auto& m : meta) bodyTop += layoutHeight(m.get()) + 2;
  bodyTop += 14;

  // The body: paragraphs indented by two characters, as Chinese official documents are set.
  std::string text;
  std::size_t start = 0;
  while (start <= document.body.size()) {
    const std::size_t end = document.body.find('\n', start);
    const std::string para = document.body.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (!text.empty()) text += "\n";
    text += "\u3000\u3000" + para;
    if (end == std::string::npos) break;
    start = end + 1;
  }
  auto body = layout(text, 11.5, false, kContentWidth, false);
  pango_layout_set_spacing(body.get(), static_cast<int>(6 * PANGO_SCALE));

  std::vector<PlacedLine> placed;
  int pages = 1;
  {
    double y = bodyTop;
    PangoLayoutIter* it = pango_layout_get_iter(body.get());
    int index = 0;
    do {
      PangoRectangle logical;
      pango_layout_iter_get_line_extents(it, nullptr, &logical);
      const double h = static_cast<double>(logical.height) / PANGO_SCALE + 6;
      if (y + h > kBodyBottom) {
        ++pages;
        y = kMargin;
      }
      placed.push_back({index, pages - 1, y + static_cast<double>(pango_layout_iter_get_baseline(it) - logical.y) / PANGO_SCALE});
      y += h;
      ++index;
    } while (pango_layout_iter_next_line(it));
    pango_layout_iter_free(it);
  }

  std::size_t next = 0;
  for (int page = 0; page < pages; ++page) {
    cairo_set_source_rgb(cr, 0, 0, 0);
    if (page == 0) {
      double y = kMargin;
      cairo_move_to(cr, kMargin, y);
      pango_cairo_show_layout(cr, heading.get());
      y += layoutHeight(heading.get()) + 10;
      cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
      for (const auto& m : meta) {
        cairo_move_to(cr, kMargin, y);
        pango_cairo_show_layout(cr, m.get());
        y += layoutHeight(m.get()) + 2;
      }
      cairo_set_line_width(cr, 1.0);
      cairo_set_source_rgb(cr, 0.75, 0.1, 0.1);  // the red rule under a document's head
      cairo_move_to(cr, kMargin, y + 6);
      cairo_line_to(cr, kPageWidth - kMargin, y + 6);
      cairo_stroke(cr);
      cairo_set_source_rgb(cr, 0, 0, 0);
    }
    for (; next < placed.size() && placed[next].page == page; ++next) {
      cairo_move_to(cr, kMargin, placed[next].y);
      pango_cairo_show_layout_line(cr, pango_layout_get_line_readonly(body.get(), placed[next].line));
    }
    cairo_set_source_rgb(cr, 0.35, 0.35, 0.35);
    auto left = layout(document.footer, 8.5, false, 0, false);
    auto right = layout("第 " + std::to_string(page + 1) + " 页  共 " + std::to_string(pages) + " 页", 9, false, 0, false);
    const double footerY = kPageHeight - kMargin - layoutHeight(right.get());
    cairo_move_to(cr, kMargin, footerY);
    pango_cairo_show_layout(cr, left.get());
    cairo_move_to(cr, kPageWidth - kMargin - layoutWidth(right.get()), footerY);
    pango_cairo_show_layout(cr, right.get());
    cairo_show_page(cr);
  }
  context.reset();
  cairo_surface_finish(surface.get());
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
    throw std::runtime_error(std::string("cannot render the document: ") +
                             cairo_status_to_string(cairo_surface_status(surface.get())));
  }
  return out;
}

}  // namespace qinqing::backend::pdf
