#include "qinqing/validation/text.hpp"

namespace qinqing::domain {

std::optional<std::size_t> utf8Length(std::string_view text) {
  std::size_t count = 0;
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    const auto b = static_cast<unsigned char>(text[i]);
    std::size_t extra = 0;
    char32_t cp = 0;
    if (b < 0x80) {
      ++i;
      ++count;
      continue;
    }
    if (b >= 0xC2 && b <= 0xDF) {
      extra = 1;
      cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      extra = 2;
      cp = b & 0x0F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      extra = 3;
      cp = b & 0x07;
    } else {
      return std::nullopt;  // continuation byte in lead position, or 0xC0/0xC1/0xF5+ (overlong/too big)
    }
    if (n - i <= extra) return std::nullopt;
    for (std::size_t k = 1; k <= extra; ++k) {
      const auto c = static_cast<unsigned char>(text[i + k]);
      if ((c & 0xC0) != 0x80) return std::nullopt;
      cp = (cp << 6) | (c & 0x3F);
    }
    // Overlong three- and four-byte forms, UTF-16 surrogates and values past U+10FFFF.
    if ((extra == 2 && cp < 0x800) || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
      return std::nullopt;
    }
    i += extra + 1;
    ++count;
  }
  return count;
}

bool isBlank(std::string_view text) {
  constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";  // U+3000
  std::size_t i = 0;
  while (i < text.size()) {
    const char c = text[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      ++i;
    } else if (text.substr(i, 3) == kIdeographicSpace) {
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

std::string quoted(std::string_view text) { return "“" + std::string(text) + "”"; }

}  // namespace qinqing::domain
