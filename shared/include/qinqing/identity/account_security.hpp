// What a user does to keep their own account safe (我的资料: 重置密码, 个人信息, binding a mobile by
// SMS code, notice §1, §2, §7, §8, §15), how a locked-out holder unlocks with an SMS code, and what
// 安全管理员 sees of sessions and lockouts (issue 4 "Logging in, as the notice describes, made
// safe"). Plain data and the checks that need no database: the same calls run in the browser form
// and in the server, whose verdict is final (it alone knows the current password, the password
// history and the codes it sent).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "qinqing/core/result.hpp"
#include "qinqing/identity/role.hpp"

namespace qinqing::domain {

// A new password must differ from this many of the account's most recent ones (the current one
// included): "不能与最近5次使用的密码相同".
inline constexpr int kPasswordHistoryDepth = 5;

// SMS verification codes (§1, §7): 6 random digits, valid 10 minutes, single use, at most one
// sent per account per minute, burnt after 5 wrong tries.
inline constexpr int kVerificationCodeDigits = 6;
inline constexpr int kVerificationCodeLifetimeSeconds = 600;
inline constexpr int kVerificationCodeResendSeconds = 60;
inline constexpr int kVerificationCodeMaxAttempts = 5;

// The messages the server gives for the rules only it can check (listed here so that the client
// and the tests spell them the same way).
inline constexpr std::string_view kWrongCurrentPassword = "当前密码不正确";
inline constexpr std::string_view kPasswordRecentlyUsed = "不能与最近5次使用的密码相同";
inline constexpr std::string_view kCodeWrongOrExpired = "验证码不正确或已过期";
inline constexpr std::string_view kCodeResendTooSoon = "请 60 秒后再获取验证码";

// The SMS that carries a verification code (any purpose).
std::string verificationCodeSms(std::string_view code);

// POST /api/me/password.
struct PasswordChange {
  std::string currentPassword;
  std::string newPassword;
  bool operator==(const PasswordChange&) const = default;
};
// current_password: "请输入当前密码"; new_password: every passwordProblems() entry (the login
// name is the account's). The history rule and the current password are the server's to check.
Status validatePasswordChange(const PasswordChange& change, std::string_view loginName);

// POST /api/me/mobile/code: send a code to this number.
struct MobileCodeRequest {
  std::string mobile;
  bool operator==(const MobileCodeRequest&) const = default;
};
// mobile: "请填写手机号" / "手机号应为11位手机号码".
Status validateMobileCodeRequest(const MobileCodeRequest& request);

// POST /api/me/mobile: bind the number the code was sent to.
struct MobileBinding {
  std::string mobile;
  std::string code;
  bool operator==(const MobileBinding&) const = default;
};
// mobile as above; code: "请输入验证码" / "验证码应为6位数字".
Status validateMobileBinding(const MobileBinding& binding);

// PUT /api/me (staff): 职务 and 邮箱. Both may be left empty.
struct ProfileUpdate {
  std::string title;
  std::string email;
  // Cadres only (§2 工作单位): another unit asks for a move the new unit's administrator confirms
  // (qinqing/org/cadre_transfer.hpp); none or the current unit changes nothing.
  std::optional<long long> unitId;
  bool operator==(const ProfileUpdate&) const = default;
};
inline constexpr std::size_t kTitleMaxChars = 50;
// title: at most kTitleMaxChars characters; email: isValidEmail ("邮箱格式不正确").
Status validateProfileUpdate(const ProfileUpdate& update);

// POST /api/unlock/code and POST /api/unlock: the account is named as at the login form.
struct UnlockRequest {
  Role role = Role::Enterprise;
  std::string loginName;
  std::optional<long long> unitId;  // cadres
  std::string code;                 // POST /api/unlock only
  bool operator==(const UnlockRequest&) const = default;
};
// unit_id (cadres) and login_name as validateLoginRequest; with requireCode also the code as in
// validateMobileBinding.
Status validateUnlockRequest(const UnlockRequest& request, bool requireCode);

// 安全管理员's view of one signed-in session. id is a short opaque handle (never the token or its
// stored hash) that DELETE /api/security/sessions/{id} accepts.
struct OnlineSession {
  std::string id;
  long long accountId = 0;
  std::string loginName;
  Role role = Role::Enterprise;
  std::string createdAt;   // ISO 8601, +08:00
  std::string lastSeenAt;  // written at most once a minute
  std::string address;     // the client's IP address at login
  bool operator==(const OnlineSession&) const = default;
};

struct OnlineSessionPage {
  int page = 1;
  int pageSize = 0;
  long long total = 0;
  std::vector<OnlineSession> sessions;  // most recent activity first
  bool operator==(const OnlineSessionPage&) const = default;
};

// An account locked now (5 failed logins within 15 minutes).
struct LockedAccount {
  long long accountId = 0;
  Role role = Role::Enterprise;
  std::string loginName;
  std::string lockedUntil;  // ISO 8601, +08:00
  int failedCount = 0;      // failed or refused logins since the window that led to the lock opened
  bool operator==(const LockedAccount&) const = default;
};

}  // namespace qinqing::domain
