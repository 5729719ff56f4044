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
  } else if (kind == CellKind::Decimal) {
    out.setf(std::ios::fixed);
    out.precision(2);
    out << v;
  } else {
    out << static_cast<long long>(v);
  }
  return out.str();
}

// A row's CSV fields: text as is (csvLine neutralises it), numbers as shown, nothing as empty.
std::vector<std::string> csvFields(const std::vector<ExportCell>& row, const std::vector<ExportColumn>& columns) {
  std::vector<std::string> fields;
  fields.reserve(columns.size());
  for (std::size_t c = 0; c < row.size() && c < columns.size(); ++c) {
    if (const auto* text = std::get_if<std::string>(&row[c])) fields.push_back(*text);
    else if (const auto* number = std::get_if<double>(&row[c])) fields.push_back(numberText(*number, columns[c].kind));
    else fields.emplace_back();
  }
  return fields;
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

struct TableFileWriter::Impl {
  ExportFormat format;
  std::filesystem::path file;
  std::vector<ExportColumn> columns;
  bool finished = false;
  // .xlsx
  lxw_workbook* book = nullptr;
  lxw_worksheet* sheet = nullptr;
  lxw_format* percent = nullptr;
  lxw_format* count = nullptr;
  lxw_format* decimal = nullptr;
  lxw_row_t nextRow = 0;
  std::string tmpDir;
  // CSV
  std::ofstream csv;
};

TableFileWriter::TableFileWriter(ExportFormat format, const std::filesystem::path& file, const ExportHead& head)
    : m_impl(std::make_unique<Impl>()) {
  Impl& m = *m_impl;
  m.format = format;
  m.file = file;
  m.columns = head.columns;
  std::filesystem::create_directories(file.parent_path());
  if (format == ExportFormat::Csv) {
    m.csv.open(file, std::ios::binary | std::ios::trunc);
    if (!m.csv) throw std::runtime_error("cannot create " + file.string());
    m.csv << domain::kUtf8ByteOrderMark << domain::csvLine(std::vector<std::string>{head.title})
          << domain::csvLine(std::vector<std::string>{head.subtitle});
    std::vector<std::string> fields;
    for (const auto& c : head.columns) fields.push_back(c.header);
    m.csv << domain::csvLine(fields);
    return;
  }
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;  // rows are flushed as written: memory stays flat for long exports
  m.tmpDir = file.parent_path().string();
  options.tmpdir = m.tmpDir.data();
  m.book = workbook_new_opt(file.string().c_str(), &options);
  if (!m.book) throw std::runtime_error("cannot create workbook");
  m.sheet = workbook_add_worksheet(m.book, head.sheetName.c_str());
  lxw_format* title = workbook_add_format(m.book);
  format_set_bold(title);
  format_set_font_size(title, 14);
  lxw_format* header = workbook_add_format(m.book);
  format_set_bold(header);
  format_set_bg_color(header, 0xE8EEF5);
  format_set_border(header, LXW_BORDER_THIN);
  format_set_text_wrap(header);
  format_set_align(header, LXW_ALIGN_CENTER);
  format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
  m.percent = workbook_add_format(m.book);
  format_set_num_format(m.percent, "0.0%");
  m.count = workbook_add_format(m.book);
  format_set_num_format(m.count, "0");
  m.decimal = workbook_add_format(m.book);
  format_set_num_format(m.decimal, "0.00");
  for (std::size_t c = 0; c < head.columns.size(); ++c)
    worksheet_set_column(m.sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), head.columns[c].width, nullptr);
  // constant_memory writes rows in order: title, subtitle, header, data.
  worksheet_write_string(m.sheet, 0, 0, domain::spreadsheetSafeText(head.title).c_str(), title);
  worksheet_write_string(m.sheet, 1, 0, domain::spreadsheetSafeText(head.subtitle).c_str(), nullptr);
  for (std::size_t c = 0; c < head.columns.size(); ++c)
    worksheet_write_string(m.sheet, 2, static_cast<lxw_col_t>(c),
                           domain::spreadsheetSafeText(head.columns[c].header).c_str(), header);
  worksheet_freeze_panes(m.sheet, 3, 1);
  m.nextRow = 3;
}

TableFileWriter::~TableFileWriter() {
  Impl& m = *m_impl;
  if (m.finished) return;
  if (m.book) workbook_close(m.book);
  if (m.csv.is_open()) m.csv.close();
  std::error_code ignored;
  std::filesystem::remove(m.file, ignored);
}

void TableFileWriter::addRow(const std::vector<ExportCell>& row) {
  Impl& m = *m_impl;
  if (m.format == ExportFormat::Csv) {
    m.csv << domain::csvLine(csvFields(row, m.columns));
    return;
  }
  for (std::size_t c = 0; c < row.size() && c < m.columns.size(); ++c) {
    const auto col = static_cast<lxw_col_t>(c);
    if (const auto* text = std::get_if<std::string>(&row[c])) {
      worksheet_write_string(m.sheet, m.nextRow, col, domain::spreadsheetSafeText(*text).c_str(), nullptr);
    } else if (const auto* number = std::get_if<double>(&row[c])) {
      const CellKind kind = m.columns[c].kind;
      worksheet_write_number(m.sheet, m.nextRow, col, *number,
                             kind == CellKind::Percent ? m.percent : kind == CellKind::Decimal ? m.decimal : m.count);
    }
  }
  ++m.nextRow;
}

void TableFileWriter::finish() {
  Impl& m = *m_impl;
  if (m.format == ExportFormat::Csv) {
    m.csv.close();
    if (!m.csv) throw std::runtime_error("cannot write " + m.file.string());
    m.finished = true;
    return;
  }
  const lxw_error closed = workbook_close(m.book);
  m.book = nullptr;
  if (closed != LXW_NO_ERROR) throw std::runtime_error(std::string("cannot write workbook: ") + lxw_strerror(closed));
  m.finished = true;
}

std::string xlsxBytes(const ExportTable& table, const std::filesystem::path& scratchDir) {
  const auto path = scratchFile(scratchDir);
  {
    TableFileWriter writer(ExportFormat::Xlsx, path, {table.title, table.subtitle, table.sheetName, table.columns});
    for (const auto& row : table.rows) writer.addRow(row);
    writer.finish();
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
  for (const auto& row : table.rows) out += domain::csvLine(csvFields(row, table.columns));
  return out;
}

}  // namespace qinqing::backend::report
