#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "qinqing/validation/password_policy.hpp"

using namespace qinqing::domain;
using Problems = std::vector<std::string>;

TEST(PasswordPolicy, AcceptsThreeOfFourClasses) {
  EXPECT_TRUE(passwordProblems("Shiyan2020", "zhangsan").empty());    // upper, lower, digit
  EXPECT_TRUE(passwordProblems("shiyan#2020", "zhangsan").empty());   // lower, digit, symbol
  EXPECT_TRUE(passwordProblems("SHIYAN#2020", "zhangsan").empty());   // upper, digit, symbol
  EXPECT_TRUE(passwordProblems("Shiyan#city", "zhangsan").empty());   // upper, lower, symbol
  EXPECT_TRUE(passwordProblems("十堰亲清ab12", "zhangsan").empty());  // Chinese counts as symbol
}

TEST(PasswordPolicy, LengthCountsCharacters) {
  EXPECT_EQ(passwordProblems("Ab1#567", ""), Problems{"密码至少需要8个字符"});
  EXPECT_TRUE(passwordProblems("Ab1#5678", "").empty());
  // Two Chinese characters and four ASCII ones: 10 bytes, but only 6 characters.
  EXPECT_EQ(passwordProblems("十堰Ab12", ""), Problems{"密码至少需要8个字符"});
  EXPECT_EQ(passwordProblems(std::string(65, 'a') + "A1", ""), Problems{"密码不能超过64个字符"});
}

TEST(PasswordPolicy, ReportsEveryProblemAtOnce) {
  EXPECT_EQ(passwordProblems("abc", ""),
            (Problems{"密码至少需要8个字符", "密码需包含大写字母、小写字母、数字、符号中的至少3类"}));
  EXPECT_EQ(passwordProblems("", "zhangsan"),
            (Problems{"密码至少需要8个字符", "密码需包含大写字母、小写字母、数字、符号中的至少3类"}));
  EXPECT_EQ(passwordProblems("abcdefgh", "abcdefgh"),
            (Problems{"密码需包含大写字母、小写字母、数字、符号中的至少3类", "密码不能与登录名相同"}));
}

TEST(PasswordPolicy, MustNotEqualLoginNameIgnoringCase) {
  EXPECT_EQ(passwordProblems("Admin#2020", "admin#2020"), Problems{"密码不能与登录名相同"});
  EXPECT_EQ(passwordProblems("Admin#2020", "Admin#2020"), Problems{"密码不能与登录名相同"});
  EXPECT_TRUE(passwordProblems("Admin#2020", "Admin#2021").empty());
  EXPECT_TRUE(passwordProblems("Admin#2020", "").empty());
}

TEST(PasswordPolicy, MalformedUtf8IsOneProblem) {
  EXPECT_EQ(passwordProblems("Abc123\xFF", "x"), Problems{"密码含有无效字符"});
}
