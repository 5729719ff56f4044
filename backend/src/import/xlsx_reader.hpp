// The first worksheet of an .xlsx workbook (Office Open XML, as Excel and WPS save it), read with
// libzip (the package) and expat (its XML parts): xl/workbook.xml names the first sheet, its
// relationship gives the part (usually xl/worksheets/sheet1.xml), xl/sharedStrings.xml holds the
// text of shared-string cells. Inline strings, formula results and numbers are read too.
//
// Numbers come back as a person reads them: an integer (a mobile typed into a number cell, stored
// as 13800000001 or 1.3800000001E10) as its digits; a number beyond double precision (an 18-digit
// USCC Excel turned into 9.14203031234567E+17) as stored, so the rules can say the digits are lost.
#pragma once

#include <string_view>
#include <vector>

#include "qinqing/core/result.hpp"
#include "qinqing/org/assignment_plan.hpp"

namespace qinqing::backend::import {

// The rows that have cells, numbered as the sheet numbers them; a cell's position in `cells` is its
// column (A = 0), gaps filled with empty text. InvalidInput (Chinese message) for a file that is
// not a readable workbook. Parts larger than kMaxPartBytes uncompressed are refused (a zip bomb).
domain::Result<std::vector<domain::TableRow>> readXlsx(std::string_view bytes);

inline constexpr std::size_t kMaxPartBytes = 256u * 1024 * 1024;

}  // namespace qinqing::backend::import
