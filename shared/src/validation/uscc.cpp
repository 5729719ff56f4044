#include "qinqing/validation/uscc.hpp"

#include "qinqing/validation/text.hpp"

namespace qinqing::domain {
namespace {

// Weight of position i (0-based) is 3^i mod 31 (GB 32100-2015, 4.3).
constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

int charValue(char c) {
  const auto pos = kUsccCharset.find(c);
  return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
}

}  // namespace

std::optional<char> usccCheckChar(std::string_view first17) {
  if (first17.size() != 17) return std::nullopt;
  int sum = 0;
  for (std::size_t i = 0; i < 17; ++i) {
    const int v = charValue(first17[i]);
    if (v < 0) return std::nullopt;
    sum += v * kWeights[i];
  }
  return kUsccCharset[static_cast<std::size_t>((31 - sum % 31) % 31)];
}

std::optional<UsccProblem> checkUscc(std::string_view code) {
  if (code.size() != 18) {
    // Eighteen characters typed with a non-ASCII one among them is a character problem.
    return utf8Length(code) == 18u ? UsccProblem::InvalidCharacter : UsccProblem::WrongLength;
  }
  for (char c : code) {
    if (charValue(c) < 0) return UsccProblem::InvalidCharacter;
  }
  for (std::size_t i = 2; i < 8; ++i) {
    if (code[i] < '0' || code[i] > '9') return UsccProblem::BadDivisionCode;
  }
  if (usccCheckChar(code.substr(0, 17)) != code[17]) return UsccProblem::WrongCheckChar;
  return std::nullopt;
}

std::string_view usccProblemText(UsccProblem problem) {
  switch (problem) {
    case UsccProblem::WrongLength: return "统一社会信用代码应为18位";
    case UsccProblem::InvalidCharacter: return "统一社会信用代码只能包含数字和大写字母（不含I、O、S、V、Z）";
    case UsccProblem::BadDivisionCode: return "统一社会信用代码第3至8位应为行政区划代码（数字）";
    case UsccProblem::WrongCheckChar: return "统一社会信用代码校验位不正确";
  }
  return "统一社会信用代码不正确";
}

std::string normalizeUscc(std::string_view typed) {
  std::string out;
  out.reserve(typed.size());
  for (std::size_t i = 0; i < typed.size(); ++i) {
    const auto b = static_cast<unsigned char>(typed[i]);
    if (b == ' ' || b == '\t' || b == '\r' || b == '\n') continue;
    // Full-width forms U+FF01..U+FF5E are EF BC 81..EF BD 9E; U+3000 is E3 80 80.
    if (b == 0xE3 && typed.substr(i, 3) == "\xE3\x80\x80") {
      i += 2;
      continue;
    }
    if (b == 0xEF && i + 2 < typed.size()) {
      const auto b1 = static_cast<unsigned char>(typed[i + 1]);
      const auto b2 = static_cast<unsigned char>(typed[i + 2]);
      const int cp = b1 == 0xBC ? b2 - 0x80 + 0xFF00 : b1 == 0xBD ? b2 - 0x80 + 0xFF40 : -1;
      if (cp >= 0xFF01 && cp <= 0xFF5E) {
        const char ascii = static_cast<char>(cp - 0xFF01 + 0x21);
        out.push_back(ascii >= 'a' && ascii <= 'z' ? static_cast<char>(ascii - 'a' + 'A') : ascii);
        i += 2;
        continue;
      }
    }
    out.push_back(b >= 'a' && b <= 'z' ? static_cast<char>(b - 'a' + 'A') : static_cast<char>(b));
  }
  return out;
}

}  // namespace qinqing::domain
