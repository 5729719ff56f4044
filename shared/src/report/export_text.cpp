#include "qinqing/report/export_text.hpp"

namespace qinqing::domain {

bool startsLikeFormula(std::string_view text) {
  if (text.empty()) return false;
  switch (text.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r': return true;
    default: return false;
  }
}

std::string spreadsheetSafeText(std::string_view text) {
  if (startsLikeFormula(text)) return "'" + std::string(text);
  return std::string(text);
}

std::string csvField(std::string_view text) {
  const std::string safe = spreadsheetSafeText(text);
  std::string out = "\"";
  out.reserve(safe.size() + 2);
  for (char c : safe) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string csvLine(std::span<const std::string> fields) {
  std::string line;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) line += ',';
    line += csvField(fields[i]);
  }
  return line + "\r\n";
}

}  // namespace qinqing::domain
