#include "qinqing/validation/field_validator.hpp"

#include "qinqing/validation/contact.hpp"
#include "qinqing/validation/password_policy.hpp"
#include "qinqing/validation/text.hpp"
#include "qinqing/validation/uscc.hpp"

namespace qinqing::domain {

namespace {
std::string concat(std::string_view a, std::string_view b) {
  std::string s(a);
  s += b;
  return s;
}
}  // namespace

void FieldValidator::fail(std::string_view field, std::string message) {
  m_errors.push_back({std::string(field), std::move(message)});
}

void FieldValidator::add(FieldError error) { m_errors.push_back(std::move(error)); }

FieldValidator& FieldValidator::required(std::string_view field, std::string_view label, std::string_view value) {
  if (isBlank(value)) fail(field, concat("请填写", label));
  return *this;
}

FieldValidator& FieldValidator::maxChars(std::string_view field, std::string_view label, std::string_view value,
                                         std::size_t max) {
  return charsBetween(field, label, value, 0, max);
}

FieldValidator& FieldValidator::charsBetween(std::string_view field, std::string_view label,
                                             std::string_view value, std::size_t min, std::size_t max) {
  if (value.empty()) return *this;
  const auto chars = utf8Length(value);
  if (!chars) {
    fail(field, concat(label, "含有无效字符"));
  } else if (*chars < min) {
    fail(field, concat(label, "至少需要" + std::to_string(min) + "个字"));
  } else if (*chars > max) {
    fail(field, concat(label, "不能超过" + std::to_string(max) + "个字"));
  }
  return *this;
}

FieldValidator& FieldValidator::uscc(std::string_view field, std::string_view value) {
  if (value.empty()) return *this;
  if (auto problem = checkUscc(value)) fail(field, std::string(usccProblemText(*problem)));
  return *this;
}

FieldValidator& FieldValidator::mobile(std::string_view field, std::string_view label, std::string_view value) {
  if (!value.empty() && !isMainlandMobile(value)) fail(field, concat(label, "应为11位手机号码"));
  return *this;
}

FieldValidator& FieldValidator::email(std::string_view field, std::string_view label, std::string_view value) {
  if (!value.empty() && !isValidEmail(value)) fail(field, concat(label, "格式不正确"));
  return *this;
}

FieldValidator& FieldValidator::password(std::string_view field, std::string_view password,
                                         std::string_view loginName) {
  for (std::string& problem : passwordProblems(password, loginName)) fail(field, std::move(problem));
  return *this;
}

FieldValidator& FieldValidator::check(bool passes, std::string_view field, std::string_view message) {
  if (!passes) fail(field, std::string(message));
  return *this;
}

bool FieldValidator::hasError(std::string_view field) const {
  for (const FieldError& e : m_errors) {
    if (e.field == field) return true;
  }
  return false;
}

Status FieldValidator::status() const {
  if (m_errors.empty()) return Ok{};
  return DomainError::invalid(m_errors);
}

}  // namespace qinqing::domain
