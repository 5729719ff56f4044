// 激活账号 (qinqing/identity/activation.hpp): the SMS the account creators queue and the form checks.
#include <gtest/gtest.h>

#include "qinqing/identity/activation.hpp"
#include "qinqing/wire/activation_json.hpp"
#include "status_fields.hpp"

using namespace qinqing::domain;

TEST(Activation, OpenedSmsIsTheAgreedWording) {
  EXPECT_EQ(accountOpenedSms("十堰市某某有限公司"),
            "【十堰市双千办】您的十堰亲清企业服务信息平台账号（十堰市某某有限公司）已开通，请登录平台点击“激活账号”完成激活。");
  EXPECT_EQ(kAccountNotActivated, "账号尚未激活，请先激活账号");
}

TEST(Activation, TheCodeRequestNamesTheAccountAsTheLoginFormDoes) {
  EXPECT_TRUE(validateActivationCodeRequest({Role::Enterprise, "十堰市某某有限公司", std::nullopt, "", ""}).ok());
  EXPECT_EQ(fieldsOf(validateActivationCodeRequest({Role::Cadre, "", std::nullopt, "", ""})),
            (std::vector<std::string>{"unit_id", "login_name"}));
  EXPECT_TRUE(validateActivationCodeRequest({Role::Cadre, "张明", 3, "", ""}).ok());
}

TEST(Activation, ActivationChecksCodeAndPasswordPolicyAllAtOnce) {
  EXPECT_TRUE(validateActivation({Role::Enterprise, "某公司", std::nullopt, "123456", "Shiyan#2026"}).ok());
  auto empty = validateActivation({Role::Enterprise, "", std::nullopt, "", ""});
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(fieldsOf(empty), (std::vector<std::string>{"login_name", "code", "new_password"}));
  EXPECT_EQ(empty.error().fields[1].message, "请输入验证码");
  EXPECT_EQ(empty.error().fields[2].message, "请输入新密码");
  auto bad = validateActivation({Role::Enterprise, "某公司", std::nullopt, "12a", "abc"});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields[0], (FieldError{"code", "验证码应为6位数字"}));
  EXPECT_EQ(bad.error().fields[1].field, "new_password");
  EXPECT_GE(bad.error().fields.size(), 3u);  // too short and too few classes
  // Not the login name, as every password change.
  auto same = validateActivation({Role::UnitAdmin, "Admin2026x", std::nullopt, "123456", "admin2026X"});
  EXPECT_EQ(fieldsOf(same), std::vector<std::string>{"new_password"});
}

TEST(ActivationJson, RoundTripsAndReadsBadShapesAsEmpty) {
  ActivationRequest r{Role::Cadre, "张明", 7, "004217", "Shiyan#2026"};
  auto back = qinqing::wire::activationRequestFromJson(qinqing::wire::activationRequestToJson(r));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), r);
  ActivationRequest codeOnly{Role::Enterprise, "某公司", std::nullopt, "", ""};
  auto j = qinqing::wire::activationRequestToJson(codeOnly);
  EXPECT_FALSE(j.contains("code"));
  EXPECT_FALSE(j.contains("new_password"));
  EXPECT_TRUE(j["unit_id"].is_null());
  auto noRole = qinqing::wire::activationRequestFromJson(nlohmann::json{{"login_name", "x"}});
  ASSERT_FALSE(noRole.ok());
  EXPECT_EQ(noRole.error().fields[0].field, "role");
  auto wrongTypes = qinqing::wire::activationRequestFromJson(
      nlohmann::json{{"role", "enterprise"}, {"login_name", 5}, {"code", 123456}});
  ASSERT_TRUE(wrongTypes.ok());
  EXPECT_EQ(wrongTypes.value().loginName, "");
  EXPECT_EQ(wrongTypes.value().code, "");
  EXPECT_FALSE(qinqing::wire::activationRequestFromJson(nlohmann::json::array()).ok());
}
