#include <gtest/gtest.h>

#include <string>

#include "qinqing/validation/uscc.hpp"

using namespace qinqing::domain;

namespace {
// A valid code from its first 17 characters.
std::string withCheck(const std::string& first17) {
  auto c = usccCheckChar(first17);
  EXPECT_TRUE(c.has_value()) << first17;
  return first17 + c.value_or('?');
}
}  // namespace

TEST(Uscc, GeneratedCodesAreValid) {
  // 十堰 (420300) enterprises as demo data would make them.
  for (const char* body : {"91420300MA4A0000", "91420300MA4A0001", "91420302MA49XY01", "12420300MB123456",
                           "52420300MJY00000", "Y1420300000000000"}) {
    std::string first17 = body;
    if (first17.size() == 16) first17 += "0";
    const std::string code = withCheck(first17);
    EXPECT_TRUE(isValidUscc(code)) << code;
  }
}

TEST(Uscc, CheckCharacterFollowsTheStandard) {
  // Weights 3^(i-1) mod 31; C18 = 31 - (Σ mod 31), 31 → '0'.
  EXPECT_EQ(usccCheckChar("91350100M000100Y4"), '3');
  EXPECT_EQ(usccCheckChar("00000000000000000"), '0');
  EXPECT_EQ(usccCheckChar("10000000000000000"), 'Y');  // 31 - 1 = 30 → 'Y'
  EXPECT_FALSE(usccCheckChar("9135010").has_value());
  EXPECT_FALSE(usccCheckChar("91350100I000100Y4").has_value());  // I is not in the charset
}

TEST(Uscc, PubliclyPrintedCodesPass) {
  // Codes of large companies as printed in public filings and reports. They were checked here only
  // by their two independent check characters (the code's and the GB 11714 organisation code's).
  for (const char* code : {"91440300708461136T", "914403001922038216", "91110108551385082Q", "91330100716105852F",
                           "91350100M000100Y43"}) {
    EXPECT_TRUE(isValidUscc(code)) << code;
  }
}

TEST(Uscc, CorruptedCodesFailTheCheck) {
  const std::string good = "91440300708461136T";
  // Every single-character substitution within the charset changes the check: GB 32100's check
  // over a prime modulus catches all of them.
  for (std::size_t pos = 0; pos < 18; ++pos) {
    for (char c : kUsccCharset) {
      if (c == good[pos]) continue;
      std::string bad = good;
      bad[pos] = c;
      auto problem = checkUscc(bad);
      ASSERT_TRUE(problem.has_value()) << bad;
      EXPECT_TRUE(*problem == UsccProblem::WrongCheckChar || *problem == UsccProblem::BadDivisionCode) << bad;
    }
  }
  // Adjacent transpositions of different characters are caught too.
  for (std::size_t pos = 0; pos + 1 < 18; ++pos) {
    if (good[pos] == good[pos + 1]) continue;
    std::string bad = good;
    std::swap(bad[pos], bad[pos + 1]);
    EXPECT_FALSE(isValidUscc(bad)) << bad;
  }
}

TEST(Uscc, ProblemsAndChineseMessages) {
  EXPECT_EQ(checkUscc("9144030070846113"), UsccProblem::WrongLength);
  EXPECT_EQ(checkUscc(""), UsccProblem::WrongLength);
  EXPECT_EQ(checkUscc("91440300708461136t"), UsccProblem::InvalidCharacter);
  EXPECT_EQ(checkUscc("9144030070846113IT"), UsccProblem::InvalidCharacter);
  EXPECT_EQ(checkUscc("91440300708461136Ｔ"), UsccProblem::InvalidCharacter);  // full-width, 18 characters
  EXPECT_EQ(checkUscc("91A40300708461136T"), UsccProblem::BadDivisionCode);
  EXPECT_EQ(checkUscc("91440300708461136A"), UsccProblem::WrongCheckChar);
  EXPECT_EQ(usccProblemText(UsccProblem::WrongCheckChar), "统一社会信用代码校验位不正确");
  EXPECT_EQ(usccProblemText(UsccProblem::WrongLength), "统一社会信用代码应为18位");
}

TEST(Uscc, NormalizeUndoesWhatPeopleType) {
  EXPECT_EQ(normalizeUscc(" 91440300708461136t "), "91440300708461136T");
  EXPECT_EQ(normalizeUscc("9144 0300 7084 6113 6T"), "91440300708461136T");
  EXPECT_EQ(normalizeUscc("９１４４０３００７０８４６１１３６Ｔ"), "91440300708461136T");
  EXPECT_EQ(normalizeUscc("　91440300708461136ｔ"), "91440300708461136T");
  EXPECT_TRUE(isValidUscc(normalizeUscc("914403007084611３６t")));
  EXPECT_EQ(normalizeUscc("代码"), "代码");
}
