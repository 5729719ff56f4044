// Export cells are neutralised against formula injection and CSV is quoted as Excel reads it.
#include <gtest/gtest.h>

#include <vector>

#include "qinqing/report/export_text.hpp"

namespace d = qinqing::domain;

TEST(ExportText, FormulaStartsGetAnApostrophe) {
  for (const char* text : {"=1+1", "+86 138", "-2", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\")"})
    EXPECT_EQ(d::spreadsheetSafeText(text), std::string("'") + text) << text;
}

TEST(ExportText, OrdinaryTextIsKept) {
  for (const char* text : {"", "十堰市经信局", "a=b", "1-2", " =x", "'=x", "诉求-2026"})
    EXPECT_EQ(d::spreadsheetSafeText(text), text) << text;
}

TEST(ExportText, CsvFieldsAreQuotedWithInnerQuotesDoubled) {
  EXPECT_EQ(d::csvField("十堰, \"鑫源\"\n汽车"), "\"十堰, \"\"鑫源\"\"\n汽车\"");
  EXPECT_EQ(d::csvField("=cmd|' /C calc'!A0"), "\"'=cmd|' /C calc'!A0\"");
  EXPECT_EQ(d::csvField(""), "\"\"");
}

TEST(ExportText, CsvLineEndsInCrLf) {
  const std::vector<std::string> fields = {"单位", "-1", "3"};
  EXPECT_EQ(d::csvLine(fields), "\"单位\",\"'-1\",\"3\"\r\n");
  EXPECT_EQ(d::csvLine(std::vector<std::string>{}), "\r\n");
}
