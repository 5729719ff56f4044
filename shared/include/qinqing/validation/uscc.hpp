// 统一社会信用代码 (Unified Social Credit Code, GB 32100-2015): the 18-character identifier of
// every enterprise and organisation. Layout: registration authority (1), category (1), the
// administrative division code (6 digits), the organisation code (9) and a check character (1),
// all drawn from the 31 characters 0-9 A-H J-N P-R T-U W-Y (no I, O, S, V, Z).
// The check character makes sum(value(c_i) * 3^(i-1) mod 31) + value(c_18) ≡ 0 (mod 31).
// The organisation code carries its own GB 11714 check digit; it is not enforced here, only the
// code-level check character the standard defines.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace qinqing::domain {

inline constexpr std::string_view kUsccCharset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

enum class UsccProblem {
  WrongLength,       // not 18 characters
  InvalidCharacter,  // a character outside the charset (lower case counts as invalid: normalise first)
  BadDivisionCode,   // characters 3–8 are not all digits
  WrongCheckChar,    // the 18th character does not match the first 17
};

// The check character for the first 17 characters of a code; nullopt when `first17` is not
// exactly 17 characters of the charset. Tests and demo data build valid codes with it.
std::optional<char> usccCheckChar(std::string_view first17);

// The first problem found (in the order of the enum), or nullopt for a valid code.
std::optional<UsccProblem> checkUscc(std::string_view code);
inline bool isValidUscc(std::string_view code) { return !checkUscc(code).has_value(); }

// Chinese message for a form, e.g. "统一社会信用代码校验位不正确".
std::string_view usccProblemText(UsccProblem problem);

// What a person typed, made comparable: ASCII and full-width spaces dropped, full-width letters and
// digits (from a Chinese input method) turned into ASCII, letters upper-cased. Other text is kept
// as it is, so a wrong character is still reported.
std::string normalizeUscc(std::string_view typed);

}  // namespace qinqing::domain
