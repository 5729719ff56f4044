#include "qinqing/identity/account.hpp"

#include "qinqing/validation/text.hpp"

namespace qinqing::domain {

Status validateLoginRequest(const LoginRequest& request) {
  std::vector<FieldError> errors;
  if (roleLogsInByUnitAndName(request.role) && !request.unitId) {
    errors.push_back({"unit_id", "请选择所在区域和单位"});
  }
  const std::string label(loginNameLabel(request.role));
  // Bytes bound the characters (≤ 4 bytes each) before counting them, so a huge name costs nothing.
  auto tooLong = [](const std::string& text, std::size_t maxChars) {
    if (text.size() > maxChars * 4) return true;
    auto chars = utf8Length(text);
    return !chars || *chars > maxChars;
  };
  if (request.loginName.empty()) {
    errors.push_back({"login_name", "请输入" + label});
  } else if (tooLong(request.loginName, kLoginNameMaxChars)) {
    errors.push_back({"login_name", label + "不能超过 " + std::to_string(kLoginNameMaxChars) + " 个字"});
  }
  if (request.password.empty()) {
    errors.push_back({"password", "请输入密码"});
  } else if (tooLong(request.password, kLoginPasswordMaxChars)) {
    errors.push_back({"password", "密码不能超过 " + std::to_string(kLoginPasswordMaxChars) + " 个字符"});
  }
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
