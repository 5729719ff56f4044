#include "qinqing/identity/activation.hpp"

#include <vector>

#include "qinqing/identity/account_security.hpp"
#include "qinqing/validation/field_validator.hpp"

namespace qinqing::domain {
namespace {

// Activation names the account exactly as unlocking does (the login form's fields) and carries the
// same kind of code, so the unlock form's checks are the rule here too.
UnlockRequest asUnlock(const ActivationRequest& request) {
  return UnlockRequest{request.role, request.loginName, request.unitId, request.code};
}

}  // namespace

std::string accountOpenedSms(std::string_view loginName) {
  return "【十堰市双千办】您的十堰亲清企业服务信息平台账号（" + std::string(loginName) +
         "）已开通，请登录平台点击“激活账号”完成激活。";
}

Status validateActivationCodeRequest(const ActivationRequest& request) {
  return validateUnlockRequest(asUnlock(request), false);
}

Status validateActivation(const ActivationRequest& request) {
  std::vector<FieldError> errors;
  if (auto named = validateUnlockRequest(asUnlock(request), true); !named) errors = named.error().fields;
  FieldValidator v;
  if (request.newPassword.empty()) {
    v.add({"new_password", "请输入新密码"});
  } else {
    v.password("new_password", request.newPassword, request.loginName);
  }
  errors.insert(errors.end(), v.errors().begin(), v.errors().end());
  if (!errors.empty()) return DomainError::invalid(std::move(errors));
  return Ok{};
}

}  // namespace qinqing::domain
