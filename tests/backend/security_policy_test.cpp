#include "auth/security_policy.hpp"

#include <gtest/gtest.h>

using namespace qinqing::backend::auth;

namespace {
constexpr long long kMinute = 60;

FailureState failTimes(int n, long long start, long long step) {
  FailureState s;
  for (int i = 0; i < n; ++i) s = afterFailedLogin(s, start + i * step);
  return s;
}
}  // namespace

TEST(LoginLockout, FourFailuresDoNotLock) {
  auto s = failTimes(4, 1000, kMinute);
  EXPECT_EQ(s.failedCount, 4);
  EXPECT_FALSE(isLocked(s, 1000 + 4 * kMinute));
}

TEST(LoginLockout, FifthFailureWithinFifteenMinutesLocksForThirtyMinutes) {
  auto s = failTimes(5, 1000, 3 * kMinute);  // the fifth at 1000 + 12 min
  const long long fifth = 1000 + 12 * kMinute;
  EXPECT_TRUE(isLocked(s, fifth));
  EXPECT_EQ(s.lockedUntil, fifth + 30 * kMinute);
  EXPECT_TRUE(isLocked(s, fifth + 30 * kMinute - 1));
  EXPECT_FALSE(isLocked(s, fifth + 30 * kMinute));
  EXPECT_EQ(s.failedCount, 0);  // after the lock the holder has five attempts again
}

TEST(LoginLockout, FailuresSpreadBeyondFifteenMinutesStartANewWindow) {
  auto s = failTimes(4, 1000, kMinute);
  s = afterFailedLogin(s, 1000 + 15 * kMinute);  // the window opened at 1000 has closed
  EXPECT_FALSE(isLocked(s, 1000 + 15 * kMinute));
  EXPECT_EQ(s.failedCount, 1);
  EXPECT_EQ(s.windowStart, 1000 + 15 * kMinute);
}

TEST(LoginLockout, FailureAfterAnExpiredLockCountsFromOne) {
  auto s = failTimes(5, 1000, 1);
  s = afterFailedLogin(s, 1000 + 60 * kMinute);
  EXPECT_FALSE(s.lockedUntil.has_value());
  EXPECT_EQ(s.failedCount, 1);
}

TEST(SessionExpiry, FreshSessionIsValid) {
  EXPECT_EQ(judgeSession(1000, 1000, 1000 + 59), SessionVerdict::Valid);
}

TEST(SessionExpiry, LastSeenIsRefreshedAtMostOnceAMinute) {
  EXPECT_EQ(judgeSession(1000, 1000, 1000 + kMinute), SessionVerdict::ValidButStale);
}

TEST(SessionExpiry, ThirtyIdleMinutesEndTheSession) {
  EXPECT_EQ(judgeSession(1000, 1000, 1000 + 30 * kMinute - 1), SessionVerdict::ValidButStale);
  EXPECT_EQ(judgeSession(1000, 1000, 1000 + 30 * kMinute), SessionVerdict::Expired);
}

TEST(SessionExpiry, TwelveHoursEndTheSessionEvenWhenActive) {
  const long long twelveHours = 12 * 60 * kMinute;
  EXPECT_EQ(judgeSession(1000, 1000 + twelveHours - 10, 1000 + twelveHours - 1), SessionVerdict::Valid);
  EXPECT_EQ(judgeSession(1000, 1000 + twelveHours - 10, 1000 + twelveHours), SessionVerdict::Expired);
}
