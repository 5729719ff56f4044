// CSV as spreadsheets write it (RFC 4180): fields separated by commas (or by tabs, when the first
// line has tabs and no commas), quoted fields with doubled quotes inside, line breaks inside quotes,
// CRLF, LF or CR line ends. The bytes may be UTF-8, GBK/GB18030 or UTF-16 (text_encoding.hpp).
#pragma once

#include <string_view>
#include <vector>

#include "qinqing/core/result.hpp"
#include "qinqing/org/assignment_plan.hpp"

namespace qinqing::backend::import {

// The records, numbered from 1 as a spreadsheet numbers its rows (a record with a line break inside
// quotes is still one row). Cells are kept as written, spaces included. InvalidInput (Chinese
// message) when the encoding is unknown or a quote is never closed.
domain::Result<std::vector<domain::TableRow>> readCsv(std::string_view bytes);

}  // namespace qinqing::backend::import
