// The text of a CSV file as Chinese offices save it, turned into UTF-8: UTF-8 with or without a
// byte-order mark (WPS, Excel's "CSV UTF-8"), GB18030/GBK (Excel's plain "CSV" on Chinese Windows)
// and UTF-16 with a byte-order mark (Excel's "Unicode 文本"). Conversion by glibc's iconv.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace qinqing::backend::import {

struct DecodedText {
  std::string text;          // UTF-8, without a byte-order mark
  std::string_view encoding; // "UTF-8", "GB18030" or "UTF-16"
};

// Valid UTF-8 (after an optional BOM) is taken as it is; a UTF-16 BOM selects UTF-16; anything else
// is read as GB18030 (a superset of GBK and GB2312). nullopt when the bytes are none of these.
std::optional<DecodedText> decodeToUtf8(std::string_view bytes);

// Converts with iconv; nullopt when `bytes` is not valid in `fromEncoding`.
std::optional<std::string> convertToUtf8(std::string_view bytes, const char* fromEncoding);

}  // namespace qinqing::backend::import
