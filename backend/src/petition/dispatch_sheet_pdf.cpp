#include "petition/dispatch_sheet_pdf.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <vector>

#include "pdf/cairo_handles.hpp"
#include "pdf/pango_fonts.hpp"
#include "qinqing/validation/file_type.hpp"
#include "util/clock.hpp"

// [SECTION] index: the sheet's content (rows from the detail) · measuring and paginating ·
// drawing pages · renderDispatchSheet.

namespace qinqing::backend::petition {
namespace {

namespace d = qinqing::domain;

// A4 portrait; margins of about 18 mm leave room for a binder's holes.
constexpr double kSheetPageWidth = pdf::kA4Width;
constexpr double kSheetPageHeight = pdf::kA4Height;
constexpr double kSheetMargin = 50.0;
constexpr double kSheetContentWidth = kSheetPageWidth - 2 * kSheetMargin;
constexpr double kLabelWidth = 104.0;
constexpr double kPairValueWidth = (kSheetContentWidth - 2 * kLabelWidth) / 2;  // the first value of a pair
constexpr double kPad = 4.5;
constexpr double kSheetFooterHeight = 24.0;
constexpr double kSheetBodyBottom = kSheetPageHeight - kSheetMargin - kSheetFooterHeight;
using pdf::kFontFamily;
using pdf::ContextDestroy;
using pdf::FontUnref;
using pdf::LayoutPtr;
using pdf::SurfaceDestroy;
using pdf::appendToString;
using pdf::layoutHeight;
using pdf::layoutWidth;

// [SECTION] The sheet's content.

// Section: a heading across the table. Field: label | value. Pair: two short fields on one line.
// Long: label | text that may continue on the next page.
enum class RowKind { Section, Field, Pair, Long };

struct Row {
  RowKind kind = RowKind::Field;
  std::string label;
  std::string value;
  std::string label2;  // Pair only
  std::string value2;
};

// "2026-03-02T09:30:00+08:00" → "2026-03-02 09:30"; other text unchanged.
std::string shortTime(const std::string& iso) {
  if (iso.size() >= 16 && iso[10] == 'T') return iso.substr(0, 10) + " " + iso.substr(11, 5);
  return iso;
}

std::string orDash(const std::string& s) { return s.empty() ? "—" : s; }

const d::PetitionEvent* lastEvent(const d::PetitionDetail& detail, d::PetitionAction action) {
  const auto key = d::petitionActionKey(action);
  const d::PetitionEvent* found = nullptr;
  for (const auto& e : detail.events) {
    if (e.action == key) found = &e;
  }
  return found;
}

const d::PetitionClock* lastClock(const d::PetitionDetail& detail, d::ClockKind kind) {
  const d::PetitionClock* found = nullptr;
  for (const auto& c : detail.clocks) {
    if (c.kind == kind) found = &c;
  }
  return found;
}

std::string actedText(const d::PetitionEvent* event, const char* notYet) {
  if (!event) return notYet;
  std::string who = event->actor;
  if (!event->actorRole.empty() && event->actorRole != who) who = event->actorRole + " " + who;
  return who + "，" + shortTime(event->at);
}

// "2026-03-03 前（1个工作日）；已于 2026-03-02 15:00 签收"
std::string deadlineText(const d::PetitionClock* clock, const char* finishedVerb, const char* notStarted) {
  if (!clock) return notStarted;
  std::string text;
  if (clock->dueDate) {
    text = clock->dueDate->toIso() + " 前";
    if (clock->workingDays > 0) text += "（" + std::to_string(clock->workingDays) + "个工作日）";
  } else {
    text = "不限期";
  }
  if (clock->extended) text += "，已批准延期";
  text += "；起算 " + shortTime(clock->startedAt);
  if (clock->finishedAt) {
    text += "；已于 " + shortTime(*clock->finishedAt) + " " + finishedVerb;
    if (clock->onTime) text += *clock->onTime ? "（按时）" : "（逾期）";
  }
  return text;
}

std::string attachmentsText(const d::PetitionDetail& detail) {
  std::string text;
  int n = 0;
  for (const auto& a : detail.attachments) {
    auto type = d::fileTypeFromMime(a.mime);
    if (!text.empty()) text += "\n";
    text += std::to_string(++n) + ". " + a.fileName + "（" +
            (type ? std::string(d::fileTypeLabel(*type)) + "，" : std::string()) + d::formatFileSize(a.size) +
            (a.purpose == d::AttachmentPurpose::Result ? "，" + std::string(d::attachmentPurposeLabel(a.purpose)) : "") +
            "）";
  }
  return text.empty() ? "无" : text;
}

Row section(std::string label) { return {RowKind::Section, std::move(label), "", "", ""}; }
Row fieldRow(std::string label, std::string value) { return {RowKind::Field, std::move(label), std::move(value), "", ""}; }
Row longText(std::string label, std::string value) { return {RowKind::Long, std::move(label), std::move(value), "", ""}; }
Row pair(std::string label, std::string value, std::string label2, std::string value2) {
  return {RowKind::Pair, std::move(label), std::move(value), std::move(label2), std::move(value2)};
}

std::vector<Row> rowsOf(const d::PetitionDetail& detail) {
  const auto& s = detail.summary;
  const auto& c = detail.content;
  const std::string handlerLabel(d::handlerKindLabel(s.handlerKind.value_or(d::HandlerKind::Unit)));
  std::vector<Row> rows = {
      section("企业信息"),
      fieldRow("企业名称", orDash(s.enterprise.name)),
      pair("统一社会信用代码", orDash(detail.enterpriseUscc), "包联干部", s.cadre ? s.cadre->name : "—"),
      pair("所属区域", orDash(detail.regionName), "行业组", orDash(detail.industryGroupName)),
      section("诉求内容"),
      pair("诉求编号", s.number, "提交时间", s.submittedAt ? shortTime(*s.submittedAt) : "—"),
      fieldRow("诉求标题", orDash(c.title)),
      pair("诉求类别", orDash(c.category), "联系人", orDash(c.contactName)),
      pair("联系电话", orDash(c.contactMobile), "当前状态", std::string(d::petitionStateLabel(s.state))),
      longText("诉求内容", orDash(c.description)),
      section("审核与分办"),
      fieldRow("审核", actedText(lastEvent(detail, d::PetitionAction::Approve), "尚未审核")),
      fieldRow("分办", actedText(lastEvent(detail, d::PetitionAction::Dispatch), "尚未分办")),
      fieldRow(handlerLabel, s.handler ? s.handler->name : "—"),
      section("办理期限"),
      fieldRow("签收期限", deadlineText(lastClock(detail, d::ClockKind::Sign), "签收", "分办后 1 个工作日内签收")),
      fieldRow("办理期限", deadlineText(lastClock(detail, d::ClockKind::Result), "提交办理结果",
                                     "签收后 15 个工作日内提交办理结果")),
  };
  if (auto rectification = lastClock(detail, d::ClockKind::Rectification)) {
    rows.push_back(fieldRow("整改期限", deadlineText(rectification, "提交整改结果", "")));
  }
  rows.push_back(section("附件"));
  rows.push_back(longText("附件清单", attachmentsText(detail)));
  return rows;
}

// [SECTION] Measuring and paginating.

struct LineBox {
  double top = 0, bottom = 0, baseline = 0;
};

std::vector<LineBox> linesOf(PangoLayout* layout) {
  std::vector<LineBox> lines;
  PangoLayoutIter* it = pango_layout_get_iter(layout);
  do {
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(it, nullptr, &logical);
    lines.push_back({static_cast<double>(logical.y) / PANGO_SCALE,
                     static_cast<double>(logical.y + logical.height) / PANGO_SCALE,
                     static_cast<double>(pango_layout_iter_get_baseline(it)) / PANGO_SCALE});
  } while (pango_layout_iter_next_line(it));
  pango_layout_iter_free(it);
  return lines;
}

struct MeasuredRow {
  const Row* row = nullptr;
  LayoutPtr label;
  LayoutPtr value;
  LayoutPtr label2;  // Pair only
  LayoutPtr value2;
  std::vector<LineBox> lines;  // of value; a Pair's height also covers its second fieldRow
};

// One piece of a row on one page: lines [firstLine, endLine) of its value.
struct Placement {
  std::size_t row = 0;
  int page = 0;
  double y = 0, height = 0;
  std::size_t firstLine = 0, endLine = 0;
  bool continued = false;
};

double spanOf(const MeasuredRow& m, std::size_t first, std::size_t end) {
  return end > first ? m.lines[end - 1].bottom - m.lines[first].top : 0.0;
}

double segmentHeight(const MeasuredRow& m, std::size_t first, std::size_t end) {
  double h = std::max(m.label ? layoutHeight(m.label.get()) : 0.0, spanOf(m, first, end));
  if (m.label2) h = std::max({h, layoutHeight(m.label2.get()), layoutHeight(m.value2.get())});
  return h + 2 * kPad;
}

// Rows go down the page; a row that does not fit starts the next page, except long text, which
// fills the page line by line and continues on the next. A section heading keeps its first row
// with it. A row taller than a whole page (not possible with these fields) is drawn clipped
// rather than looping.
std::vector<Placement> paginate(const std::vector<MeasuredRow>& rows, double firstTop, double nextTop, int& pages) {
  std::vector<Placement> out;
  int page = 0;
  double y = firstTop;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const auto& m = rows[r];
    const std::size_t lineCount = m.lines.size();
    const bool isLong = m.row->kind == RowKind::Long;
    const double keepWithNext = m.row->kind == RowKind::Section && r + 1 < rows.size()
                                    ? segmentHeight(rows[r + 1], 0, std::min<std::size_t>(1, rows[r + 1].lines.size()))
                                    : 0.0;
    std::size_t line = 0;
    bool continued = false;
    while (true) {
      const bool freshPage = y == (page == 0 ? firstTop : nextTop);
      const double need = segmentHeight(m, line, lineCount);
      if (y + need + keepWithNext <= kSheetBodyBottom || (freshPage && !isLong)) {
        out.push_back({r, page, y, need, line, lineCount, continued});
        y += need;
        break;
      }
      if (isLong) {
        std::size_t end = line;
        while (end < lineCount && y + segmentHeight(m, line, end + 1) <= kSheetBodyBottom) ++end;
        if (end == line && freshPage) end = line + 1;
        if (end > line) {
          const double h = segmentHeight(m, line, end);
          out.push_back({r, page, y, h, line, end, continued});
          y += h;
          line = end;
          continued = true;
          if (line == lineCount) break;
        }
      }
      ++page;
      y = nextTop;
    }
  }
  pages = page + 1;
  return out;
}

// [SECTION] Drawing pages.

void setGrey(cairo_t* cr, double level) { cairo_set_source_rgb(cr, level, level, level); }

void showAt(cairo_t* cr, PangoLayout* layout, double x, double y) {
  cairo_move_to(cr, x, y);
  pango_cairo_show_layout(cr, layout);
}

void drawPlacement(cairo_t* cr, const MeasuredRow& m, const Placement& p, const LayoutPtr& continuedLabel) {
  const double x = kSheetMargin;
  cairo_set_line_width(cr, 0.6);
  if (m.row->kind == RowKind::Section) {
    setGrey(cr, 0.86);
    cairo_rectangle(cr, x, p.y, kSheetContentWidth, p.height);
    cairo_fill_preserve(cr);
    setGrey(cr, 0.35);
    cairo_stroke(cr);
    setGrey(cr, 0.0);
    showAt(cr, m.label.get(), x + kPad, p.y + kPad);
    return;
  }
  const bool pair = m.row->kind == RowKind::Pair;
  const double x2 = x + kLabelWidth + kPairValueWidth;  // the second fieldRow of a pair
  setGrey(cr, 0.95);
  cairo_rectangle(cr, x, p.y, kLabelWidth, p.height);
  if (pair) cairo_rectangle(cr, x2, p.y, kLabelWidth, p.height);
  cairo_fill(cr);
  setGrey(cr, 0.35);
  cairo_rectangle(cr, x, p.y, kSheetContentWidth, p.height);
  for (double at : {x + kLabelWidth, x2, x2 + kLabelWidth}) {
    if (!pair && at != x + kLabelWidth) continue;
    cairo_move_to(cr, at, p.y);
    cairo_line_to(cr, at, p.y + p.height);
  }
  cairo_stroke(cr);
  setGrey(cr, 0.0);
  if (pair) {
    showAt(cr, m.label2.get(), x2 + kPad, p.y + kPad);
    showAt(cr, m.value2.get(), x2 + kLabelWidth + kPad, p.y + kPad);
  }
  showAt(cr, (p.continued && continuedLabel ? continuedLabel : m.label).get(), x + kPad, p.y + kPad);
  const double top = p.firstLine < m.lines.size() ? m.lines[p.firstLine].top : 0.0;
  for (std::size_t i = p.firstLine; i < p.endLine; ++i) {
    cairo_move_to(cr, x + kLabelWidth + kPad, p.y + kPad + m.lines[i].baseline - top);
    pango_cairo_show_layout_line(cr, pango_layout_get_line_readonly(m.value.get(), static_cast<int>(i)));
  }
}

}  // namespace

std::string dispatchSheetFileName(const domain::PetitionDetail& detail) {
  return "分办单-" + detail.summary.number + ".pdf";
}

std::string renderDispatchSheet(const domain::PetitionDetail& detail, long long printedAt) {
  std::lock_guard lock(pdf::renderMutex());
  std::string out;
  std::unique_ptr<cairo_surface_t, SurfaceDestroy> surface(
      cairo_pdf_surface_create_for_stream(appendToString, &out, kSheetPageWidth, kSheetPageHeight));
  const std::string title = "企业诉求分办单 " + detail.summary.number;
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, title.c_str());
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "十堰亲清企业服务信息平台");
  std::unique_ptr<cairo_t, ContextDestroy> context(cairo_create(surface.get()));
  cairo_t* cr = context.get();
  // Layouts come from a context on the shared font map, bound to this cairo context.
  struct ContextUnref {
    void operator()(PangoContext* c) const { g_object_unref(c); }
  };
  std::unique_ptr<PangoContext, ContextUnref> pango(pango_font_map_create_context(pdf::fontMap()));
  pango_cairo_update_context(cr, pango.get());
  auto layout = [&](const std::string& text, double size, bool bold, double width) {
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
    pango_layout_set_text(l.get(), text.data(), static_cast<int>(text.size()));
    return l;
  };

  const std::string printed = shortTime(formatChinaTime(printedAt));
  auto platform = layout("十堰亲清企业服务信息平台", 13, false, 0);
  auto heading = layout("企业诉求分办单", 22, true, 0);
  auto meta = layout("诉求编号：" + detail.summary.number + "        打印时间：" + printed, 9.5, false, 0);
  auto continuedHeading = layout("企业诉求分办单（续）  诉求编号：" + detail.summary.number, 9.5, false, 0);
  const double firstTop = kSheetMargin + layoutHeight(platform.get()) + 4 + layoutHeight(heading.get()) + 8 +
                          layoutHeight(meta.get()) + 8;
  const double nextTop = kSheetMargin + layoutHeight(continuedHeading.get()) + 8;

  const auto rows = rowsOf(detail);
  std::vector<MeasuredRow> measured;
  measured.reserve(rows.size());
  const double valueWidth = kSheetContentWidth - kLabelWidth - 2 * kPad;
  for (const auto& row : rows) {
    MeasuredRow m;
    m.row = &row;
    if (row.kind == RowKind::Section) {
      m.label = layout(row.label, 11, true, kSheetContentWidth - 2 * kPad);
      m.lines.push_back({0, 0, 0});
    } else {
      const bool pair = row.kind == RowKind::Pair;
      m.label = layout(row.label, 9.5, true, kLabelWidth - 2 * kPad);
      m.value = layout(row.value, 10, false, pair ? kPairValueWidth - 2 * kPad : valueWidth);
      m.lines = linesOf(m.value.get());
      if (pair) {
        m.label2 = layout(row.label2, 9.5, true, kLabelWidth - 2 * kPad);
        m.value2 = layout(row.value2, 10, false, kPairValueWidth - 2 * kPad);
      }
    }
    measured.push_back(std::move(m));
  }
  int pages = 1;
  const auto placements = paginate(measured, firstTop, nextTop, pages);
  std::vector<LayoutPtr> continuedLabels(rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].kind == RowKind::Long) continuedLabels[i] = layout(rows[i].label + "（续）", 9.5, true, kLabelWidth - 2 * kPad);
  }

  std::size_t next = 0;
  for (int page = 0; page < pages; ++page) {
    setGrey(cr, 0.0);
    if (page == 0) {
      showAt(cr, platform.get(), (kSheetPageWidth - layoutWidth(platform.get())) / 2, kSheetMargin);
      const double headingY = kSheetMargin + layoutHeight(platform.get()) + 4;
      showAt(cr, heading.get(), (kSheetPageWidth - layoutWidth(heading.get())) / 2, headingY);
      setGrey(cr, 0.25);
      showAt(cr, meta.get(), kSheetPageWidth - kSheetMargin - layoutWidth(meta.get()), headingY + layoutHeight(heading.get()) + 8);
    } else {
      setGrey(cr, 0.25);
      showAt(cr, continuedHeading.get(), kSheetMargin, kSheetMargin);
    }
    for (; next < placements.size() && placements[next].page == page; ++next) {
      drawPlacement(cr, measured[placements[next].row], placements[next], continuedLabels[placements[next].row]);
    }
    setGrey(cr, 0.35);
    auto footerLeft = layout("十堰亲清企业服务信息平台 · 诉求编号 " + detail.summary.number + " · 打印时间 " + printed,
                             8.5, false, 0);
    auto footerRight = layout("第 " + std::to_string(page + 1) + " 页  共 " + std::to_string(pages) + " 页", 9, false, 0);
    const double footerY = kSheetPageHeight - kSheetMargin - layoutHeight(footerRight.get());
    cairo_set_line_width(cr, 0.5);
    cairo_move_to(cr, kSheetMargin, footerY - 6);
    cairo_line_to(cr, kSheetPageWidth - kSheetMargin, footerY - 6);
    cairo_stroke(cr);
    showAt(cr, footerLeft.get(), kSheetMargin, footerY);
    showAt(cr, footerRight.get(), kSheetPageWidth - kSheetMargin - layoutWidth(footerRight.get()), footerY);
    cairo_show_page(cr);
  }
  context.reset();
  cairo_surface_finish(surface.get());
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
    throw std::runtime_error(std::string("cannot render the dispatch sheet: ") +
                             cairo_status_to_string(cairo_surface_status(surface.get())));
  }
  return out;
}

}  // namespace qinqing::backend::petition
