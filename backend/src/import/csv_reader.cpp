#include "import/csv_reader.hpp"

#include "import/text_encoding.hpp"

namespace qinqing::backend::import {
namespace {

domain::DomainError unreadableCsv(std::string message) {
  return domain::DomainError::of(domain::ErrorCode::InvalidInput, std::move(message));
}

char separatorOf(std::string_view text) {
  const std::string_view firstLine = text.substr(0, text.find_first_of("\r\n"));
  return firstLine.find('\t') != std::string_view::npos && firstLine.find(',') == std::string_view::npos ? '\t' : ',';
}

}  // namespace

domain::Result<std::vector<domain::TableRow>> readCsv(std::string_view bytes) {
  auto decoded = decodeToUtf8(bytes);
  if (!decoded) return unreadableCsv("无法识别文件的文字编码：请在 Excel 或 WPS 中另存为“CSV UTF-8”或 .xlsx 后再导入");
  const std::string& text = decoded->text;
  const char separator = separatorOf(text);

  std::vector<domain::TableRow> rows;
  domain::TableRow row{1, {}};
  std::string cell;
  bool quoted = false;      // inside a quoted field
  bool rowHasData = false;  // something was read since the last line end
  int quoteStartRow = 0;
  auto endCell = [&] {
    row.cells.push_back(std::move(cell));
    cell.clear();
  };
  auto endRow = [&] {
    endCell();
    rows.push_back(std::move(row));
    row = domain::TableRow{static_cast<int>(rows.size()) + 1, {}};
    rowHasData = false;
  };

  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c != '"') {
        cell += c;
      } else if (i + 1 < text.size() && text[i + 1] == '"') {
        cell += '"';
        ++i;
      } else {
        quoted = false;
      }
      continue;
    }
    if (c == '"' && cell.empty()) {
      quoted = true;
      rowHasData = true;
      quoteStartRow = row.number;
    } else if (c == separator) {
      endCell();
      rowHasData = true;
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      endRow();
    } else {
      cell += c;  // a stray quote inside an unquoted field is kept, as spreadsheets do
      rowHasData = true;
    }
  }
  if (quoted) {
    return unreadableCsv("第" + std::to_string(quoteStartRow) + "行有一个引号没有闭合，文件可能不完整，请检查后重新保存");
  }
  if (rowHasData || !cell.empty()) endRow();
  return rows;
}

}  // namespace qinqing::backend::import
