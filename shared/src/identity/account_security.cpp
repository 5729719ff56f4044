#include "qinqing/identity/account_security.hpp"

#include "qinqing/identity/account.hpp"
#include "qinqing/validation/field_validator.hpp"

namespace qinqing::domain {
namespace {

bool isCode(std::string_view code) {
  if (code.size() != static_cast<std::size_t>(kVerificationCodeDigits)) return false;
  for (char c : code) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

void checkMobile(FieldValidator& v, std::string_view mobile) {
  v.required("mobile", "手机号", mobile).mobile("mobile", "手机号", mobile);
}

void checkCode(FieldValidator& v, std::string_view code) {
  if (code.empty()) {
    v.add({"code", "请输入验证码"});
  } else {
    v.check(isCode(code), "code", "验证码应为6位数字");
  }
}

}  // namespace

std::string verificationCodeSms(std::string_view code) {
  return "【十堰市双千办】您的验证码是" + std::string(code) + "，10分钟内有效。如非本人操作请忽略。";
}

Status validatePasswordChange(const PasswordChange& change, std::string_view loginName) {
  FieldValidator v;
  if (change.currentPassword.empty()) v.add({"current_password", "请输入当前密码"});
  if (change.newPassword.empty()) {
    v.add({"new_password", "请输入新密码"});
  } else {
    v.password("new_password", change.newPassword, loginName);
  }
  return v.status();
}

Status validateMobileCodeRequest(const MobileCodeRequest& request) {
  FieldValidator v;
  checkMobile(v, request.mobile);
  return v.status();
}

Status validateMobileBinding(const MobileBinding& binding) {
  FieldValidator v;
  checkMobile(v, binding.mobile);
  checkCode(v, binding.code);
  return v.status();
}

Status validateProfileUpdate(const ProfileUpdate& update) {
  FieldValidator v;
  v.maxChars("title", "职务", update.title, kTitleMaxChars).email("email", "邮箱", update.email);
  return v.status();
}

Status validateUnlockRequest(const UnlockRequest& request, bool requireCode) {
  // The same account fields as the login form, checked by the same function.
  LoginRequest login{request.role, request.loginName, request.unitId, "-"};
  std::vector<FieldError> errors;
  if (auto named = validateLoginRequest(login); !named) errors = named.error().fields;
  if (requireCode) {
    FieldValidator v;
    checkCode(v, request.code);
    errors.insert(errors.end(), v.errors().begin(), v.errors().end());
  }
  if (!errors.empty()) return DomainError::invalid(std::move(errors));
  return Ok{};
}

}  // namespace qinqing::domain
