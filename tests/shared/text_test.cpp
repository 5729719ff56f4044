#include <gtest/gtest.h>

#include "qinqing/validation/text.hpp"

using namespace qinqing::domain;

TEST(Utf8Length, CountsCharactersNotBytes) {
  EXPECT_EQ(utf8Length(""), 0u);
  EXPECT_EQ(utf8Length("abc"), 3u);
  EXPECT_EQ(utf8Length("十堰市经济和信息化局"), 10u);
  EXPECT_EQ(std::string_view("十堰市经济和信息化局").size(), 30u);
  EXPECT_EQ(utf8Length("亲清 Qinqing 平台"), 13u);
  EXPECT_EQ(utf8Length("é"), 1u);          // two bytes
  EXPECT_EQ(utf8Length("𠀀"), 1u);         // U+20000, four bytes (CJK Extension B)
  EXPECT_EQ(utf8Length("\xF0\x9F\x98\x80"), 1u);  // an emoji
}

TEST(Utf8Length, RejectsMalformedSequences) {
  for (std::string_view bad : {std::string_view("\x80"), std::string_view("\xE4\xB8"), std::string_view("a\xC3"),
                               std::string_view("\xC0\xAF"), std::string_view("\xE0\x80\xAF"),
                               std::string_view("\xED\xA0\x80"), std::string_view("\xF4\x90\x80\x80"),
                               std::string_view("\xF8\x88\x80\x80\x80"), std::string_view("\xE4\x41\xAD")}) {
    EXPECT_FALSE(utf8Length(bad).has_value()) << bad.size();
  }
}

TEST(IsBlank, TreatsFullWidthSpaceAsBlank) {
  EXPECT_TRUE(isBlank(""));
  EXPECT_TRUE(isBlank("  \t\n"));
  EXPECT_TRUE(isBlank("　"));
  EXPECT_TRUE(isBlank(" 　 "));
  EXPECT_FALSE(isBlank(" 企业 "));
  EXPECT_FALSE(isBlank("x"));
}
