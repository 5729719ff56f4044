#include "import/table_file.hpp"

#include "import/csv_reader.hpp"
#include "import/xlsx_reader.hpp"

namespace qinqing::backend::import {

domain::Result<std::vector<domain::TableRow>> readTableFile(std::string_view bytes) {
  auto refuse = [](const char* message) { return domain::DomainError::of(domain::ErrorCode::InvalidInput, message); };
  if (bytes.empty()) return refuse("文件是空的，请选择填写好的包联方案文件");
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) return readXlsx(bytes);
  // The OLE2 signature of Excel 97–2003 workbooks.
  if (bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
    return refuse("不支持旧版 Excel 文件（.xls）：请在 Excel 或 WPS 中另存为 .xlsx 或 CSV 后再导入");
  }
  return readCsv(bytes);
}

}  // namespace qinqing::backend::import
