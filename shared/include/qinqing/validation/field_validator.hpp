// FieldValidator: runs a form's checks and keeps every failure, so the person at the form sees all
// problems at once (not one per round trip). The same calls run in the browser form and in the
// server handler; the server's verdict is final.
//
//   FieldValidator v;
//   v.required("name", "企业名称", in.name).maxChars("name", "企业名称", in.name, 100)
//    .uscc("credit_code", in.creditCode).mobile("contact_mobile", "联络员手机号", in.mobile);
//   if (Status s = v.status(); !s) return s.error();
//
// Format checks (uscc, mobile, email) pass an empty value: whether a field must be filled in is
// required()'s business alone, so an empty required field gets one message, not two.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "qinqing/core/result.hpp"

namespace qinqing::domain {

class FieldValidator {
public:
  // "请填写{label}" when the value is blank (empty, or only spaces including the full-width one).
  FieldValidator& required(std::string_view field, std::string_view label, std::string_view value);
  // "{label}不能超过{max}个字" when the value has more than max Unicode characters;
  // "{label}含有无效字符" when it is not valid UTF-8.
  FieldValidator& maxChars(std::string_view field, std::string_view label, std::string_view value,
                           std::size_t max);
  // "{label}至少需要{min}个字" / "{label}不能超过{max}个字" (non-empty values only) / invalid UTF-8.
  FieldValidator& charsBetween(std::string_view field, std::string_view label, std::string_view value,
                               std::size_t min, std::size_t max);
  // The value as stored (normalise first with normalizeUscc); usccProblemText's message.
  FieldValidator& uscc(std::string_view field, std::string_view value);
  // "{label}应为11位手机号码".
  FieldValidator& mobile(std::string_view field, std::string_view label, std::string_view value);
  // "{label}格式不正确".
  FieldValidator& email(std::string_view field, std::string_view label, std::string_view value);
  // One FieldError per passwordProblems() entry.
  FieldValidator& password(std::string_view field, std::string_view password, std::string_view loginName);
  // Any other rule: adds {field, message} unless `passes`.
  FieldValidator& check(bool passes, std::string_view field, std::string_view message);

  void add(FieldError error);

  bool ok() const { return m_errors.empty(); }
  bool hasError(std::string_view field) const;
  const std::vector<FieldError>& errors() const { return m_errors; }
  // Ok, or InvalidInput carrying every FieldError in the order the checks ran.
  Status status() const;

private:
  void fail(std::string_view field, std::string message);
  std::vector<FieldError> m_errors;
};

}  // namespace qinqing::domain
