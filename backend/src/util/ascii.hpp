// ASCII case folding for protocol text (header names, media types): bytes above 0x7F pass unchanged,
// so UTF-8 stays intact.
#pragma once

#include <string>
#include <string_view>

namespace qinqing::backend {

inline std::string asciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace qinqing::backend
