#include "qinqing/identity/account.hpp"

namespace qinqing::domain {

Status validateLoginRequest(const LoginRequest& request) {
  std::vector<FieldError> errors;
  if (roleLogsInByUnitAndName(request.role) && !request.unitId) {
    errors.push_back({"unit_id", "请选择所在区域和单位"});
  }
  if (request.loginName.empty()) {
    std::string label(loginNameLabel(request.role));
    errors.push_back({"login_name", "请输入" + label});
  }
  if (request.password.empty()) errors.push_back({"password", "请输入密码"});
  if (!errors.empty()) return DomainError::invalid(std::move(errors));
  return Ok{};
}

std::string maskMobile(const std::string& mobile) {
  bool digits = mobile.size() == 11;
  for (char c : mobile) digits = digits && c >= '0' && c <= '9';
  if (digits) return mobile.substr(0, 3) + "****" + mobile.substr(7);
  if (mobile.size() <= 2) return std::string(mobile.size(), '*');
  return mobile.substr(0, 1) + std::string(mobile.size() - 2, '*') + mobile.substr(mobile.size() - 1);
}

}  // namespace qinqing::domain
