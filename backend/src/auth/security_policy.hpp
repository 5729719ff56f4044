// The login and session rules of issue 4, as pure functions of the stored state and "now"
// (Unix seconds), so they are tested without a database or a clock.
//
//  - 5 failed logins within 15 minutes lock the account for 30 minutes. The window starts at the
//    first failure; a failure after the window has passed starts a new window.
//  - A session ends after 30 minutes without a request, and 12 hours after login at the latest.
//  - last_seen_at is written at most once a minute per session: a write per request would put
//    every authenticated GET behind the single SQLite writer (and an fsync, synchronous=FULL),
//    while a minute is far below the 30-minute idle limit.
#pragma once

#include <chrono>
#include <optional>

namespace qinqing::backend::auth {

inline constexpr int kMaxFailedLogins = 5;
inline constexpr std::chrono::seconds kFailureWindow = std::chrono::minutes(15);
inline constexpr std::chrono::seconds kLockDuration = std::chrono::minutes(30);
inline constexpr std::chrono::seconds kSessionIdleTimeout = std::chrono::minutes(30);
inline constexpr std::chrono::seconds kSessionMaxAge = std::chrono::hours(12);
inline constexpr std::chrono::seconds kSessionTouchInterval = std::chrono::minutes(1);

// What a locked account is told (login, password change); an SMS code unlocks it sooner.
inline constexpr const char* kAccountLockedMessage = "账号已锁定，请 30 分钟后再试或通过短信验证码解锁";

struct FailureState {
  int failedCount = 0;                     // failures in the current window
  std::optional<long long> windowStart;    // time of the window's first failure
  std::optional<long long> lockedUntil;    // set while (and after) a lock; compared with now
  bool operator==(const FailureState&) const = default;
};

// True while a lock is in force (lockedUntil in the future).
bool isLocked(const FailureState& state, long long now);

// The state after one more failed login at now. The failure that reaches kMaxFailedLogins within
// the window sets lockedUntil = now + kLockDuration and clears the counter, so after the lock
// the holder again has five attempts.
FailureState afterFailedLogin(const FailureState& state, long long now);

enum class SessionVerdict {
  Valid,             // use it as is
  ValidButStale,     // use it, and write now as last_seen_at (kSessionTouchInterval passed)
  Expired,           // idle too long or older than the maximum age: delete it, ask to log in
};

SessionVerdict judgeSession(long long createdAt, long long lastSeenAt, long long now);

}  // namespace qinqing::backend::auth
