#include "qinqing/validation/password_policy.hpp"

#include "qinqing/validation/text.hpp"

namespace qinqing::domain {
namespace {

char lowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (lowerAscii(a[i]) != lowerAscii(b[i])) return false;
  }
  return true;
}

}  // namespace

std::vector<std::string> passwordProblems(std::string_view password, std::string_view loginName) {
  std::vector<std::string> problems;
  const auto chars = utf8Length(password);
  if (!chars) {
    problems.emplace_back("密码含有无效字符");
    return problems;
  }
  if (*chars < kPasswordMinChars) problems.emplace_back("密码至少需要8个字符");
  if (*chars > kPasswordMaxChars) problems.emplace_back("密码不能超过64个字符");

  bool upper = false, lower = false, digit = false, symbol = false;
  for (char c : password) {
    if (c >= 'A' && c <= 'Z') upper = true;
    else if (c >= 'a' && c <= 'z') lower = true;
    else if (c >= '0' && c <= '9') digit = true;
    else symbol = true;  // every byte of a non-ASCII character lands here: one class, as intended
  }
  if (int{upper} + int{lower} + int{digit} + int{symbol} < 3) {
    problems.emplace_back("密码需包含大写字母、小写字母、数字、符号中的至少3类");
  }
  if (!loginName.empty() && equalsIgnoringAsciiCase(password, loginName)) {
    problems.emplace_back("密码不能与登录名相同");
  }
  return problems;
}

}  // namespace qinqing::domain
