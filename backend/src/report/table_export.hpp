// A report as a spreadsheet people can hand on (issue 12 "Exports"): .xlsx written by libxlsxwriter
// (a title row with the filter and the time it was made, Chinese headers, column widths, the header
// row frozen, numbers as numbers, rates as percentages) and CSV (UTF-8 with BOM for Chinese Excel).
// Every text cell passes through domain::spreadsheetSafeText, so nothing exported runs as a formula.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace qinqing::backend::report {

enum class ExportFormat { Xlsx, Csv };
std::optional<ExportFormat> exportFormatFromKey(const std::string& key);  // "xlsx" | "csv"
const char* exportMime(ExportFormat format);
const char* exportExtension(ExportFormat format);  // ".xlsx" | ".csv"

enum class CellKind { Text, Count, Percent, Decimal };  // Decimal: two places (a score)

struct ExportColumn {
  std::string header;
  double width = 12;  // in characters, as Excel counts them (a Chinese character is about 2)
  CellKind kind = CellKind::Text;
};

// Text, a number, or nothing (an undefined rate).
using ExportCell = std::variant<std::monostate, std::string, double>;

struct ExportTable {
  std::string title;     // first row: 诉求办理统计表（按承办单位，2026-01-01 至 2026-12-31）
  std::string subtitle;  // second row: the filter in words and 导出时间
  std::string sheetName = "报表";
  std::vector<ExportColumn> columns;
  std::vector<std::vector<ExportCell>> rows;
};

// The head of a table written row by row (TableFileWriter).
struct ExportHead {
  std::string title;
  std::string subtitle;
  std::string sheetName = "报表";
  std::vector<ExportColumn> columns;
};

// A table written to a file one row at a time, so an export of 200,000 rows keeps memory flat: the
// .xlsx through libxlsxwriter's constant_memory mode, CSV straight to the file. finish() completes
// the file; a writer destroyed unfinished removes it. Throws std::runtime_error when the file
// cannot be written.
class TableFileWriter {
public:
  TableFileWriter(ExportFormat format, const std::filesystem::path& file, const ExportHead& head);
  ~TableFileWriter();
  TableFileWriter(const TableFileWriter&) = delete;
  TableFileWriter& operator=(const TableFileWriter&) = delete;

  void addRow(const std::vector<ExportCell>& row);
  void finish();

private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
};

// The workbook's bytes. libxlsxwriter writes a file: it goes to scratchDir and is removed after.
// Throws std::runtime_error when the workbook cannot be written.
std::string xlsxBytes(const ExportTable& table, const std::filesystem::path& scratchDir);
// BOM, the title and subtitle lines, the header line, then the rows; CRLF line ends.
std::string csvBytes(const ExportTable& table);

}  // namespace qinqing::backend::report
