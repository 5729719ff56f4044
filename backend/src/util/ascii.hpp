// ASCII helpers for protocol text (header names and values, media types): bytes above 0x7F pass
// unchanged, so UTF-8 stays intact.
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

// Without the spaces and tabs around it (header values, list items).
inline std::string_view trimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace qinqing::backend
