// One-time passwords handed to a person (qinqing init's administrators, 安全管理员's 临时密码): 12
// characters from an alphabet without look-alikes (no 0/O, 1/l/I), with every class the policy counts,
// drawn from libsodium's CSPRNG. The holder must replace it at the next login.
#pragma once

#include <string>
#include <string_view>

namespace qinqing::backend::auth {

// A password that passes domain::passwordProblems for `loginName`.
std::string generateOneTimePassword(std::string_view loginName);

}  // namespace qinqing::backend::auth
