#include "report/table_export.hpp"

#include <xlsxwriter.h>

#include <atomic>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

#include "qinqing/report/export_text.hpp"

namespace qinqing::backend::report {
namespace {

std::string numberText(double v, CellKind kind) {
  std::ostringstream out;
  if (kind == CellKind::Percent) {
    out.setf(std::ios::fixed);
    out.precision(1);
    out << v * 100 << "%";
  } else {
    out << static_cast<long long>(v);
  }
  return out.str();
}

std::filesystem::path scratchFile(const std::filesystem::path& dir) {
  static std::atomic<unsigned> counter{0};
  return dir / ("export-" + std::to_string(::getpid()) + "-" + std::to_string(counter.fetch_add(1)) + ".xlsx");
}

}  // namespace

std::optional<ExportFormat> exportFormatFromKey(const std::string& key) {
  if (key == "xlsx") return ExportFormat::Xlsx;
  if (key == "csv") return ExportFormat::Csv;
  return std::nullopt;
}

const char* exportMime(ExportFormat format) {
  switch (format) {
    case ExportFormat::Xlsx: return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    case ExportFormat::Csv: return "text/csv; charset=utf-8";
  }
  return "application/octet-stream";
}

const char* exportExtension(ExportFormat format) {
  switch (format) {
    case ExportFormat::Xlsx: return ".xlsx";
    case ExportFormat::Csv: return ".csv";
  }
  return "";
}

std::string xlsxBytes(const ExportTable& table, const std::filesystem::path& scratchDir) {
  std::filesystem::create_directories(scratchDir);
  const auto path = scratchFile(scratchDir);
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;  // rows are flushed as written: memory stays flat for long exports
  const std::string tmp = scratchDir.string();
  options.tmpdir = const_cast<char*>(tmp.c_str());
  lxw_workbook* book = workbook_new_opt(path.string().c_str(), &options);
  if (!book) throw std::runtime_error("cannot create workbook");
  lxw_worksheet* sheet = workbook_add_worksheet(book, table.sheetName.c_str());
  lxw_format* title = workbook_add_format(book);
  format_set_bold(title);
  format_set_font_size(title, 14);
  lxw_format* header = workbook_add_format(book);
  format_set_bold(header);
  format_set_bg_color(header, 0xE8EEF5);
  format_set_border(header, LXW_BORDER_THIN);
  format_set_text_wrap(header);
  format_set_align(header, LXW_ALIGN_CENTER);
  format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
  lxw_format* percent = workbook_add_format(book);
  format_set_num_format(percent, "0.0%");
  lxw_format* count = workbook_add_format(book);
  format_set_num_format(count, "0");

  for (std::size_t c = 0; c < table.columns.size(); ++c)
    worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), table.columns[c].width, nullptr);
  // constant_memory writes rows in order: title, subtitle, header, data.
  worksheet_write_string(sheet, 0, 0, domain::spreadsheetSafeText(table.title).c_str(), title);
  worksheet_write_string(sheet, 1, 0, domain::spreadsheetSafeText(table.subtitle).c_str(), nullptr);
  for (std::size_t c = 0; c < table.columns.size(); ++c)
    worksheet_write_string(sheet, 2, static_cast<lxw_col_t>(c), domain::spreadsheetSafeText(table.columns[c].header).c_str(),
                           header);
  worksheet_freeze_panes(sheet, 3, 1);
  lxw_row_t r = 3;
  for (const auto& row : table.rows) {
    for (std::size_t c = 0; c < row.size() && c < table.columns.size(); ++c) {
      const auto col = static_cast<lxw_col_t>(c);
      if (const auto* text = std::get_if<std::string>(&row[c])) {
        worksheet_write_string(sheet, r, col, domain::spreadsheetSafeText(*text).c_str(), nullptr);
      } else if (const auto* number = std::get_if<double>(&row[c])) {
        worksheet_write_number(sheet, r, col, *number,
                               table.columns[c].kind == CellKind::Percent ? percent : count);
      }
    }
    ++r;
  }
  const lxw_error closed = workbook_close(book);
  if (closed != LXW_NO_ERROR) {
    std::filesystem::remove(path);
    throw std::runtime_error(std::string("cannot write workbook: ") + lxw_strerror(closed));
  }
  std::ifstream in(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  in.close();
  std::filesystem::remove(path);
  return bytes;
}

std::string csvBytes(const ExportTable& table) {
  std::string out(domain::kUtf8ByteOrderMark);
  out += domain::csvLine(std::vector<std::string>{table.title});
  out += domain::csvLine(std::vector<std::string>{table.subtitle});
  std::vector<std::string> fields;
  for (const auto& c : table.columns) fields.push_back(c.header);
  out += domain::csvLine(fields);
  for (const auto& row : table.rows) {
    fields.clear();
    for (std::size_t c = 0; c < row.size() && c < table.columns.size(); ++c) {
      if (const auto* text = std::get_if<std::string>(&row[c])) fields.push_back(*text);
      else if (const auto* number = std::get_if<double>(&row[c])) fields.push_back(numberText(*number, table.columns[c].kind));
      else fields.emplace_back();
    }
    out += domain::csvLine(fields);
  }
  return out;
}

}  // namespace qinqing::backend::report
