// The plan file readers: CSV in UTF-8 (with and without BOM), GBK and UTF-16, and .xlsx workbooks
// written here with libxlsxwriter (shared strings, and inline strings in constant-memory mode).
#include <gtest/gtest.h>
#include <iconv.h>
#include <xlsxwriter.h>

#include <fstream>
#include <sstream>

#include "import/csv_reader.hpp"
#include "import/table_file.hpp"
#include "import/text_encoding.hpp"
#include "import/xlsx_reader.hpp"
#include "test_support.hpp"

using namespace qinqing;
using namespace qinqing::backend::import;
using qinqing::backend::testsupport::TempDir;

namespace {

using Cells = std::vector<std::string>;

std::vector<Cells> cellsOf(const std::vector<domain::TableRow>& rows) {
  std::vector<Cells> out;
  for (const auto& r : rows) out.push_back(r.cells);
  return out;
}

// UTF-8 → another encoding, with iconv directly (the code under test only converts the other way).
std::string encode(const std::string& utf8, const char* to) {
  iconv_t cd = iconv_open(to, "UTF-8");
  std::string out(utf8.size() * 4 + 8, '\0');
  char* in = const_cast<char*>(utf8.data());
  char* o = out.data();
  std::size_t inLeft = utf8.size(), outLeft = out.size();
  EXPECT_NE(iconv(cd, &in, &inLeft, &o, &outLeft), static_cast<std::size_t>(-1));
  iconv_close(cd);
  out.resize(out.size() - outLeft);
  return out;
}

const std::string kCsv =
    "区域,单位,包联干部,企业名称\r\n"
    "茅箭区,茅箭区经信局,张明,\"十堰市鑫源汽车零部件有限公司\"\r\n"
    "张湾区,\"张湾区经信局\",\"李\"\"伟\",\"逗号,和\n换行\"\r\n";
const std::vector<Cells> kExpected = {
    {"区域", "单位", "包联干部", "企业名称"},
    {"茅箭区", "茅箭区经信局", "张明", "十堰市鑫源汽车零部件有限公司"},
    {"张湾区", "张湾区经信局", "李\"伟", "逗号,和\n换行"},
};

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A workbook with a sheet of plan rows (and a second sheet the reader must ignore).
std::string workbookBytes(bool constantMemory) {
  TempDir dir;
  const std::string path = (dir.path() / "plan.xlsx").string();
  lxw_workbook_options options{};
  options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
  lxw_workbook* workbook = workbook_new_opt(path.c_str(), &options);
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, "包联方案");
  const char* header[] = {"区域", "单位", "包联干部", "干部手机", "统一社会信用代码"};
  for (lxw_col_t c = 0; c < 5; ++c) worksheet_write_string(sheet, 1, c, header[c], nullptr);  // row 2: a title row stays empty
  worksheet_write_string(sheet, 2, 0, "茅箭区", nullptr);
  worksheet_write_string(sheet, 2, 1, "茅箭区经信局", nullptr);
  worksheet_write_string(sheet, 2, 2, "林𠀀", nullptr);
  worksheet_write_number(sheet, 2, 3, 13800000001.0, nullptr);  // a mobile typed into a number cell
  worksheet_write_number(sheet, 2, 4, 914203031234567000.0, nullptr);  // an all-digit USCC Excel rounded
  worksheet_write_string(sheet, 4, 0, "张湾区", nullptr);              // row 5, after an empty row 4
  worksheet_write_string(sheet, 4, 3, "13800000002", nullptr);        // column D, B and C left empty
  lxw_worksheet* other = workbook_add_worksheet(workbook, "说明");
  worksheet_write_string(other, 0, 0, "不应读取", nullptr);
  EXPECT_EQ(workbook_close(workbook), LXW_NO_ERROR);
  return slurp(path);
}

}  // namespace

TEST(CsvReader, ReadsUtf8WithAndWithoutBom) {
  for (const std::string& bytes : {kCsv, "\xEF\xBB\xBF" + kCsv}) {
    auto rows = readCsv(bytes);
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(cellsOf(rows.value()), kExpected);
    EXPECT_EQ(rows.value()[2].number, 3);  // a line break inside quotes is still one row
  }
}

TEST(CsvReader, ReadsGbkAsExcelSavesItAndUtf16) {
  const std::string gbk = encode(kCsv, "GBK");
  ASSERT_NE(gbk, kCsv);
  EXPECT_EQ(gbk.substr(0, 4), "\xC7\xF8\xD3\xF2");  // 区域 in GBK: the bytes a Chinese Excel writes
  auto rows = readCsv(gbk);
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ(cellsOf(rows.value()), kExpected);
  EXPECT_EQ(decodeToUtf8(gbk)->encoding, "GB18030");

  auto utf16 = readCsv("\xFF\xFE" + encode(kCsv, "UTF-16LE"));
  ASSERT_TRUE(utf16.ok());
  EXPECT_EQ(cellsOf(utf16.value()), kExpected);
}

TEST(CsvReader, LineEndsTabsAndShortRows) {
  auto rows = readCsv("a\tb\nc\n\nd\te\tf");
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ(cellsOf(rows.value()), (std::vector<Cells>{{"a", "b"}, {"c"}, {""}, {"d", "e", "f"}}));
  EXPECT_EQ(rows.value()[3].number, 4);
  auto cr = readCsv("x,y\ry,z\r");
  ASSERT_TRUE(cr.ok());
  EXPECT_EQ(cellsOf(cr.value()), (std::vector<Cells>{{"x", "y"}, {"y", "z"}}));
}

TEST(CsvReader, RefusesAnOpenQuoteAndUnknownBytes) {
  auto open = readCsv("a,b\n\"c,d\n");
  ASSERT_FALSE(open.ok());
  EXPECT_EQ(open.error().message, "第2行有一个引号没有闭合，文件可能不完整，请检查后重新保存");
  auto binary = readCsv(std::string("\xFF\xFF\xFF\x00\x01", 5));
  ASSERT_FALSE(binary.ok());
  EXPECT_NE(binary.error().message.find("无法识别文件的文字编码"), std::string::npos);
}

TEST(XlsxReader, ReadsTheFirstSheetWithSharedStringsAndNumbers) {
  for (bool constantMemory : {false, true}) {  // constant-memory mode writes inline strings
    SCOPED_TRACE(constantMemory ? "inline strings" : "shared strings");
    auto rows = readTableFile(workbookBytes(constantMemory));
    ASSERT_TRUE(rows.ok()) << rows.error().message;
    const auto& r = rows.value();
    ASSERT_EQ(r.size(), 3u);
    EXPECT_EQ(r[0].number, 2);
    EXPECT_EQ(r[0].cells, (Cells{"区域", "单位", "包联干部", "干部手机", "统一社会信用代码"}));
    EXPECT_EQ(r[1].number, 3);
    EXPECT_EQ(r[1].cells[2], "林𠀀");
    EXPECT_EQ(r[1].cells[3], "13800000001");
    EXPECT_EQ(r[1].cells[4].find('E') != std::string::npos, true) << r[1].cells[4];  // digits lost: said so later
    EXPECT_EQ(r[2].number, 5);
    EXPECT_EQ(r[2].cells, (Cells{"张湾区", "", "", "13800000002"}));
  }
}

TEST(TableFile, RefusesWhatIsNoTable) {
  auto empty = readTableFile("");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().message, "文件是空的，请选择填写好的包联方案文件");
  auto xls = readTableFile(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest", 12));
  ASSERT_FALSE(xls.ok());
  EXPECT_NE(xls.error().message.find("不支持旧版 Excel 文件（.xls）"), std::string::npos);
  auto broken = readTableFile(std::string("PK\x03\x04") + " not really a zip");
  ASSERT_FALSE(broken.ok());
  EXPECT_NE(broken.error().message.find("无法读取 .xlsx 文件"), std::string::npos);
  // A workbook cut short (an interrupted upload) is refused too, not half read.
  const std::string whole = workbookBytes(false);
  EXPECT_FALSE(readTableFile(whole.substr(0, whole.size() / 2)).ok());
}
