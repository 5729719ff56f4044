#include "auth/verification_code.hpp"

#include <gtest/gtest.h>

#include <set>

using namespace qinqing::backend::auth;

TEST(VerificationCode, SixDigitsWithLeadingZerosKept) {
  std::set<std::string> seen;
  bool sawLeadingZero = false;
  for (int i = 0; i < 2000; ++i) {
    const std::string code = generateVerificationCode();
    ASSERT_EQ(code.size(), 6u) << code;
    EXPECT_EQ(code.find_first_not_of("0123456789"), std::string::npos) << code;
    sawLeadingZero = sawLeadingZero || code.front() == '0';
    seen.insert(code);
  }
  EXPECT_GT(seen.size(), 1990u);  // random, not a counter or a constant
  EXPECT_TRUE(sawLeadingZero);    // ~10 % of codes start with 0
}

TEST(VerificationCode, HashMatchesOnlyTheSameCodeAccountPurposeAndMobile) {
  const std::string stored = hashVerificationCode("004217", 7, CodePurpose::BindMobile, "13800001111");
  EXPECT_EQ(stored.find("004217"), std::string::npos);
  EXPECT_TRUE(verificationCodeMatches(stored, "004217", 7, CodePurpose::BindMobile, "13800001111"));
  EXPECT_FALSE(verificationCodeMatches(stored, "004218", 7, CodePurpose::BindMobile, "13800001111"));
  EXPECT_FALSE(verificationCodeMatches(stored, "004217", 8, CodePurpose::BindMobile, "13800001111"));
  EXPECT_FALSE(verificationCodeMatches(stored, "004217", 7, CodePurpose::Unlock, "13800001111"));
  EXPECT_FALSE(verificationCodeMatches(stored, "004217", 7, CodePurpose::BindMobile, "13800001112"));
  // Salted: the same code hashes differently each time.
  EXPECT_NE(hashVerificationCode("004217", 7, CodePurpose::BindMobile, "13800001111"), stored);
}

TEST(VerificationCode, MalformedStoredValuesMatchNothing) {
  for (const char* stored : {"", ":", "abc", "zz:zz", "00:00"}) {
    EXPECT_FALSE(verificationCodeMatches(stored, "004217", 7, CodePurpose::Unlock, "13800001111")) << stored;
  }
  EXPECT_EQ(codePurposeKey(CodePurpose::BindMobile), "bind_mobile");
  EXPECT_EQ(codePurposeKey(CodePurpose::Unlock), "unlock");
}
