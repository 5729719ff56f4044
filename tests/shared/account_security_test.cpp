#include <gtest/gtest.h>

#include "qinqing/identity/account_security.hpp"
#include "qinqing/identity/account.hpp"
#include "status_fields.hpp"

using namespace qinqing::domain;

TEST(AccountSecurity, CodeSmsIsTheNoticeWording) {
  EXPECT_EQ(verificationCodeSms("004217"), "【十堰市双千办】您的验证码是004217，10分钟内有效。如非本人操作请忽略。");
}

TEST(AccountSecurity, PasswordChangeNeedsBothAndAppliesThePolicy) {
  EXPECT_TRUE(validatePasswordChange({"old", "Shiyan#2026"}, "张明").ok());
  auto empty = validatePasswordChange({"", ""}, "张明");
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.error().code, ErrorCode::InvalidInput);
  EXPECT_EQ(fieldsOf(empty), (std::vector<std::string>{"current_password", "new_password"}));
  EXPECT_EQ(empty.error().fields[0].message, "请输入当前密码");
  EXPECT_EQ(empty.error().fields[1].message, "请输入新密码");
  // Every policy problem of the new password is reported, on new_password.
  auto weak = validatePasswordChange({"old", "abc"}, "张明");
  ASSERT_FALSE(weak.ok());
  EXPECT_EQ(fieldsOf(weak), (std::vector<std::string>{"new_password", "new_password"}));
  // Not the login name (ASCII case ignored).
  auto name = validatePasswordChange({"old", "SecAdmin1"}, "secadmin1");
  ASSERT_FALSE(name.ok());
  EXPECT_EQ(fieldsOf(name), std::vector<std::string>{"new_password"});
}

TEST(AccountSecurity, MobileCodeRequestNeedsAMainlandMobile) {
  EXPECT_TRUE(validateMobileCodeRequest({"13800001111"}).ok());
  auto missing = validateMobileCodeRequest({""});
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().fields.at(0).message, "请填写手机号");
  auto bad = validateMobileCodeRequest({"1380000111"});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields.at(0).message, "手机号应为11位手机号码");
  EXPECT_FALSE(validateMobileCodeRequest({"+8613800001111"}).ok());
}

TEST(AccountSecurity, MobileBindingNeedsSixDigits) {
  EXPECT_TRUE(validateMobileBinding({"13800001111", "012345"}).ok());
  auto none = validateMobileBinding({"", ""});
  EXPECT_EQ(fieldsOf(none), (std::vector<std::string>{"mobile", "code"}));
  EXPECT_EQ(none.error().fields[1].message, "请输入验证码");
  for (const char* code : {"12345", "1234567", "12345a", "１２３４５６"}) {
    auto bad = validateMobileBinding({"13800001111", code});
    ASSERT_FALSE(bad.ok()) << code;
    EXPECT_EQ(bad.error().fields.at(0).message, "验证码应为6位数字") << code;
  }
}

TEST(AccountSecurity, ProfileUpdateChecksTitleLengthAndEmail) {
  EXPECT_TRUE(validateProfileUpdate({"", ""}).ok());
  EXPECT_TRUE(validateProfileUpdate({"副局长", "zm@shiyan.gov.cn"}).ok());
  auto bad = validateProfileUpdate({"科长", "not-an-email"});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields.at(0).field, "email");
  EXPECT_EQ(bad.error().fields.at(0).message, "邮箱格式不正确");
  std::string longTitle;
  for (int i = 0; i < 51; ++i) longTitle += "长";
  auto tooLong = validateProfileUpdate({longTitle, ""});
  ASSERT_FALSE(tooLong.ok());
  EXPECT_EQ(tooLong.error().fields.at(0).field, "title");
  EXPECT_EQ(tooLong.error().fields.at(0).message, "职务不能超过50个字");
}

TEST(AccountSecurity, UnlockRequestNamesTheAccountAsTheLoginFormDoes) {
  EXPECT_TRUE(validateUnlockRequest({Role::Enterprise, "十堰市鑫源汽车零部件有限公司", std::nullopt, ""}, false).ok());
  // Cadres name their unit too.
  auto cadre = validateUnlockRequest({Role::Cadre, "张明", std::nullopt, ""}, false);
  EXPECT_EQ(fieldsOf(cadre), std::vector<std::string>{"unit_id"});
  auto nothing = validateUnlockRequest({Role::Cadre, "", std::nullopt, ""}, true);
  EXPECT_EQ(fieldsOf(nothing), (std::vector<std::string>{"unit_id", "login_name", "code"}));
  EXPECT_TRUE(validateUnlockRequest({Role::Cadre, "张明", 3, "123456"}, true).ok());
}

// Issue 14: a login's name and password are bounded before the server looks anything up, hashes
// or audits; an enterprise's full name (≤ 100 characters) and a policy password (≤ 64) still pass.
TEST(LoginRequestRules, OverlongNamesAndPasswordsAreRefusedBeforeAnyLookup) {
  std::string name;
  for (int i = 0; i < 100; ++i) name += "鑫";
  LoginRequest ok{Role::Enterprise, name, std::nullopt, std::string(64, 'a')};
  EXPECT_TRUE(validateLoginRequest(ok).ok());
  LoginRequest longName = ok;
  longName.loginName += "源";
  LoginRequest longPassword = ok;
  longPassword.password += "b";
  LoginRequest huge = ok;
  huge.loginName = std::string(1 << 20, 'x');
  for (const auto* r : {&longName, &huge}) {
    auto s = validateLoginRequest(*r);
    ASSERT_FALSE(s.ok());
    ASSERT_EQ(s.error().fields.size(), 1u);
    EXPECT_EQ(s.error().fields[0].field, "login_name");
    EXPECT_EQ(s.error().fields[0].message, "企业全称不能超过 100 个字");
  }
  auto p = validateLoginRequest(longPassword);
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.error().fields[0].field, "password");
}
