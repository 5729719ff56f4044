// Text measures for form fields. Limits are counted in Unicode characters (code points), never in
// bytes: "十堰市经济和信息化局" is 10 characters though its UTF-8 form is 30 bytes. Combining marks
// and emoji sequences count one per code point; forms in this platform carry Chinese names and
// addresses, where a code point is what a person counts.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace qinqing::domain {

// Number of code points in well-formed UTF-8; nullopt for malformed input (stray continuation
// bytes, truncated sequences, overlong forms, surrogates, values above U+10FFFF).
std::optional<std::size_t> utf8Length(std::string_view text);

// True when the text is empty or only ASCII whitespace and U+3000 (the full-width space a Chinese
// input method types): what a person would call "not filled in".
bool isBlank(std::string_view text);

// The text in Chinese quotation marks, as messages name a value: “十堰市经信局”.
std::string quoted(std::string_view text);

}  // namespace qinqing::domain
