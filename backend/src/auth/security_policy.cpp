#include "auth/security_policy.hpp"

namespace qinqing::backend::auth {

bool isLocked(const FailureState& state, long long now) { return state.lockedUntil && *state.lockedUntil > now; }

FailureState afterFailedLogin(const FailureState& state, long long now) {
  FailureState next = state;
  next.lockedUntil.reset();  // an expired lock is history; an active one never reaches here
  const bool windowOpen = state.windowStart && now - *state.windowStart < kFailureWindow.count();
  if (windowOpen) {
    next.failedCount = state.failedCount + 1;
  } else {
    next.failedCount = 1;
    next.windowStart = now;
  }
  if (next.failedCount >= kMaxFailedLogins) {
    next.failedCount = 0;
    next.windowStart.reset();
    next.lockedUntil = now + kLockDuration.count();
  }
  return next;
}

SessionVerdict judgeSession(long long createdAt, long long lastSeenAt, long long now) {
  if (now - lastSeenAt >= kSessionIdleTimeout.count()) return SessionVerdict::Expired;
  if (now - createdAt >= kSessionMaxAge.count()) return SessionVerdict::Expired;
  if (now - lastSeenAt >= kSessionTouchInterval.count()) return SessionVerdict::ValidButStale;
  return SessionVerdict::Valid;
}

}  // namespace qinqing::backend::auth
