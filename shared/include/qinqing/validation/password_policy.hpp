// The password policy (等保 2.0 身份鉴别: complexity): at least 8 characters, at least three of the
// four classes upper-case letter, lower-case letter, digit, symbol, and not the login name.
// Checked in the client form and again, finally, by the server before it hashes anything.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace qinqing::domain {

inline constexpr std::size_t kPasswordMinChars = 8;
// An upper bound keeps hashing cost bounded; no person types more.
inline constexpr std::size_t kPasswordMaxChars = 64;

// Every problem with the password, in Chinese, in a fixed order; empty when it is acceptable.
// Length is counted in Unicode characters. Classes: A–Z, a–z, 0–9, and "symbol" for any other
// character (ASCII punctuation, space, or a non-ASCII character such as a Chinese one).
// The login-name rule ignores ASCII letter case ("Zhangsan" equals "zhangsan") and is skipped for
// an empty login name. Malformed UTF-8 is one problem ("密码含有无效字符") and nothing else is checked.
std::vector<std::string> passwordProblems(std::string_view password, std::string_view loginName);

}  // namespace qinqing::domain
