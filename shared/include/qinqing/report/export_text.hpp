// Text as it leaves the platform in a spreadsheet (every .xlsx and CSV export, the audit log's
// included). A cell that starts with = + - @, a tab or a carriage return would be read by Excel or
// WPS as a formula (CSV injection); such text gets a leading apostrophe, which both show as text and
// hide. Numbers are written as numbers by the exporters and never pass through here.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace qinqing::domain {

inline constexpr std::string_view kUtf8ByteOrderMark = "\xEF\xBB\xBF";  // Chinese Excel opens UTF-8 CSV with it

// Whether the text would be taken for a formula as the first character of a cell.
bool startsLikeFormula(std::string_view text);
// The text, with a leading ' when startsLikeFormula().
std::string spreadsheetSafeText(std::string_view text);
// One CSV field (RFC 4180): spreadsheet-safe, always quoted, inner quotes doubled.
std::string csvField(std::string_view text);
// One CSV line of text fields, ending in CRLF.
std::string csvLine(std::span<const std::string> fields);

}  // namespace qinqing::domain
