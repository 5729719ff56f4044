#include "auth/security_policy.hpp"

#include <gtest/gtest.h>

using namespace qinqing::backend::auth;

namespace {
constexpr long long kSecurityPolicyMinute = 60;

FailureState failTimes(int n, long long start, long long step) {
  FailureState s;
  for (int i = 0; i < n; ++i) s = afterFailedLogin(s, start + i * step);
  return s;
}
}  // namespace

TEST(LoginLockout, FourFailuresDoNotLock) {
  auto s = failTimes(4, 1000, kSecurityPolicyMinute);
  EXPECT_EQ(s.failedCount, 4);
  EXPECT_FALSE(isLocked(s, 1000 + 4 * kSecurityPolicyMinute));
}

TEST(LoginLockout, FifthFailureWithinFifteenMinutesLocksForThirtyMinutes) {
  auto s = failTimes(5, 1000, 3 * kSecurityPolicyMinute);  // the fifth at 1000 + 12 min
  const long long fifth = 1000 + 12 * kSecurityPolicyMinute;
  EXPECT_TRUE(isLocked(s, fifth));
  EXPECT_EQ(s.lockedUntil, fifth + 30 * kSecurityPolicyMinute);
  EXPECT_TRUE(isLocked(s, fifth + 30 * kSecurityPolicyMinute - 1));
  EXPECT_FALSE(isLocked(s, fifth + 30 * kSecurityPolicyMinute));
  EXPECT_EQ(s.failedCount, 0);  // after the lock the holder has five attempts again
}

TEST(LoginLockout, FailuresSpreadBeyondFifteenMinutesStartANewWindow) {
  auto s = failTimes(4, 1000, kSecurityPolicyMinute);
  s = afterFailedLogin(s, 1000 + 15 * kSecurityPolicyMinute);  // the window opened at 1000 has closed
  EXPECT_FALSE(isLocked(s, 1000 + 15 * kSecurityPolicyMinute));
  EXPECT_EQ(s.failedCount, 1);
  EXPECT_EQ(s.windowStart, 1000 + 15 * kSecurityPolicyMinute);
}

TEST(LoginLockout, FailureAfterAnExpiredLockCountsFromOne) {
  auto s = failTimes(5, 1000, 1);
  s = afterFailedLogin(s, 1000 + 60 * kSecurityPolicyMinute);
  EXPECT_FALSE(s.lockedUntil.has_value());
  EXPECT_EQ(s.failedCount, 1);
}

TEST(SessionExpiry, FreshSessionIsValid) {
  EXPECT_EQ(judgeSession(1000, 1000, 1000 + 59), SessionVerdict::Valid);
}

TEST(SessionExpiry, LastSeenIsRefreshedAtMostOnceAMinute) {
  EXPECT_EQ(judgeSession(1000, 1000, 1000 + kSecurityPolicyMinute), SessionVerdict::ValidButStale);
}

TEST(SessionExpiry, ThirtyIdleMinutesEndTheSession) {
  EXPECT_EQ(judgeSession(1000, 1000, 1000 + 30 * kSecurityPolicyMinute - 1), SessionVerdict::ValidButStale);
  EXPECT_EQ(judgeSession(1000, 1000, 1000 + 30 * kSecurityPolicyMinute), SessionVerdict::Expired);
}

TEST(SessionExpiry, TwelveHoursEndTheSessionEvenWhenActive) {
  const long long twelveHours = 12 * 60 * kSecurityPolicyMinute;
  EXPECT_EQ(judgeSession(1000, 1000 + twelveHours - 10, 1000 + twelveHours - 1), SessionVerdict::Valid);
  EXPECT_EQ(judgeSession(1000, 1000 + twelveHours - 10, 1000 + twelveHours), SessionVerdict::Expired);
}
