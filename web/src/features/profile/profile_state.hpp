// 个人信息, 重置密码 and the mobile binding of the signed-in account (profile feature).
#pragma once

#include <string>
#include <vector>
#include "qinqing/core/result.hpp"
#include "qinqing/time/instant.hpp"

namespace qinqing::web {

struct ProfileState {
  bool loading = false;
  std::string error;
  // 个人信息 editing (§2: 工作单位、职务、邮箱; the mobile is re-verified by SMS)
  bool editing = false;
  bool changingMobile = false;
  std::string title;
  std::string email;
  long long regionId = 0;  // cadres: 工作单位 chosen region → unit, as at login
  long long unitId = 0;
  std::vector<domain::FieldError> fieldErrors;
  std::string formError;
  std::string message;
  bool saving = false;
  bool withdrawing = false;  // 撤回申请 of a pending move
};

// 重置密码 (§2, §8, §15), also the second step of the first login.
struct PasswordForm {
  std::string current;
  std::string next;
  std::string confirm;
  std::vector<domain::FieldError> fieldErrors;
  std::string formError;
  std::string message;
  bool saving = false;
};

// Binding the mobile number with an SMS code (§1, §7): at the first login and when it changes.
struct MobileForm {
  std::string mobile;
  std::string code;
  std::vector<domain::FieldError> fieldErrors;
  std::string message;
  bool sending = false;
  bool saving = false;
  domain::Instant resendAfter;  // the send button waits 60 s between codes
};

}  // namespace qinqing::web
