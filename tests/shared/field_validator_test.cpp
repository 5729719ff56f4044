#include <gtest/gtest.h>

#include <string>

#include "qinqing/validation/field_validator.hpp"
#include "qinqing/validation/uscc.hpp"

using namespace qinqing::domain;

namespace {
struct EnterpriseForm {
  std::string name;
  std::string creditCode;
  std::string contactMobile;
  std::string email;
};

Status validate(const EnterpriseForm& f) {
  FieldValidator v;
  v.required("name", "企业名称", f.name)
      .maxChars("name", "企业名称", f.name, 10)
      .required("credit_code", "统一社会信用代码", f.creditCode)
      .uscc("credit_code", f.creditCode)
      .mobile("contact_mobile", "联络员手机号", f.contactMobile)
      .email("email", "邮箱", f.email);
  return v.status();
}
}  // namespace

TEST(FieldValidator, ValidFormPasses) {
  EXPECT_TRUE(validate({"十堰亲清科技有限公司", "91440300708461136T", "13812341234", ""}).ok());
}

TEST(FieldValidator, CollectsEveryErrorAtOnce) {
  Status s = validate({"十堰市亲清企业服务科技有限公司", "91440300708461136A", "1381234", "x@"});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::InvalidInput);
  EXPECT_EQ(s.error().message, "填写的内容有误，请按提示修改");
  EXPECT_EQ(s.error().fields, (std::vector<FieldError>{{"name", "企业名称不能超过10个字"},
                                                        {"credit_code", "统一社会信用代码校验位不正确"},
                                                        {"contact_mobile", "联络员手机号应为11位手机号码"},
                                                        {"email", "邮箱格式不正确"}}));
}

TEST(FieldValidator, EmptyRequiredFieldGetsOneMessage) {
  Status s = validate({"　", "", "", ""});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().fields, (std::vector<FieldError>{{"name", "请填写企业名称"},
                                                        {"credit_code", "请填写统一社会信用代码"}}));
}

TEST(FieldValidator, LengthLimitsCountCharacters) {
  FieldValidator v;
  v.maxChars("a", "地址", "湖北省十堰市茅箭区", 9);           // 9 characters, 27 bytes: fine
  v.charsBetween("b", "简介", "短", 2, 200);
  v.maxChars("c", "备注", "\xE4\xB8", 10);                     // truncated UTF-8
  EXPECT_FALSE(v.hasError("a"));
  EXPECT_TRUE(v.hasError("b"));
  EXPECT_TRUE(v.hasError("c"));
  EXPECT_EQ(v.errors().at(0), (FieldError{"b", "简介至少需要2个字"}));
  EXPECT_EQ(v.errors().at(1), (FieldError{"c", "备注含有无效字符"}));
}

TEST(FieldValidator, PasswordAndCustomChecks) {
  FieldValidator v;
  v.password("password", "abc", "zhangsan").check(false, "confirm", "两次输入的密码不一致");
  v.add({"mobile", "该手机号已被绑定"});
  ASSERT_EQ(v.errors().size(), 4u);
  EXPECT_EQ(v.errors()[0], (FieldError{"password", "密码至少需要8个字符"}));
  EXPECT_EQ(v.errors()[2], (FieldError{"confirm", "两次输入的密码不一致"}));
  EXPECT_EQ(v.errors()[3], (FieldError{"mobile", "该手机号已被绑定"}));
  Status single = FieldValidator().check(false, "x", "只有一个问题").status();
  ASSERT_FALSE(single.ok());
  EXPECT_EQ(single.error().message, "只有一个问题");
}
