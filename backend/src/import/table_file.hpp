// An uploaded plan file as rows of text, whatever the format: .xlsx (xlsx_reader.hpp) or CSV in any
// of the encodings text_encoding.hpp knows. The format is recognised by the bytes, not the name (a
// CSV renamed .xlsx, or a download without an extension, is still read right).
#pragma once

#include <string_view>
#include <vector>

#include "qinqing/core/result.hpp"
#include "qinqing/org/assignment_plan.hpp"

namespace qinqing::backend::import {

// InvalidInput with a Chinese message for an empty file, an old binary .xls workbook, or a file
// the readers refuse.
domain::Result<std::vector<domain::TableRow>> readTableFile(std::string_view bytes);

}  // namespace qinqing::backend::import
