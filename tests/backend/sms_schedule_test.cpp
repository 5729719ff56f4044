#include "sms/sms_schedule.hpp"

#include <gtest/gtest.h>

#include "test_support.hpp"

using namespace qinqing::backend::sms;
using qinqing::backend::testsupport::kTestEpoch;

namespace {
// kTestEpoch is 2026-03-02 09:00:00 +08:00; this is hh:mm:ss CST that day.
constexpr long long at(int hour, int minute = 0, int second = 0) {
  return kTestEpoch + (hour - 9) * 3600LL + minute * 60LL + second;
}
}  // namespace

TEST(SmsSchedule, QuietHoursRunFromTenAtNightToSevenInTheMorningChinaTime) {
  EXPECT_FALSE(inQuietHours(at(9)));
  EXPECT_FALSE(inQuietHours(at(21, 59, 59)));
  EXPECT_TRUE(inQuietHours(at(22)));
  EXPECT_TRUE(inQuietHours(at(23, 59, 59)));
  EXPECT_TRUE(inQuietHours(at(24)));           // midnight
  EXPECT_TRUE(inQuietHours(at(30, 59, 59)));   // 06:59:59 the next day
  EXPECT_FALSE(inQuietHours(at(31)));          // 07:00 the next day
  // China time, whatever the server's zone: 1969-12-31T23:00Z is 07:00 CST, 22:00Z is 06:00 CST.
  EXPECT_FALSE(inQuietHours(-3600));
  EXPECT_TRUE(inQuietHours(-7200));
}

TEST(SmsSchedule, NoticesWaitUntilSevenButCodesNeverWait) {
  EXPECT_EQ(earliestSendTime(SmsKind::Notice, at(9, 30)), at(9, 30));
  EXPECT_EQ(earliestSendTime(SmsKind::Notice, at(22)), at(31));          // next morning 07:00
  EXPECT_EQ(earliestSendTime(SmsKind::Notice, at(23, 45, 10)), at(31));
  EXPECT_EQ(earliestSendTime(SmsKind::Notice, at(27, 15)), at(31));      // 03:15 → 07:00 the same morning
  EXPECT_EQ(earliestSendTime(SmsKind::Notice, at(31)), at(31));
  EXPECT_EQ(earliestSendTime(SmsKind::Code, at(23, 45, 10)), at(23, 45, 10));
  EXPECT_EQ(earliestSendTime(SmsKind::Code, at(27, 15)), at(27, 15));
}

TEST(SmsSchedule, BackOffDoublesFromThirtySecondsUpToAnHourThenGivesUp) {
  const long long expected[] = {30, 60, 120, 240, 480, 960, 1920, 3600, 3600};
  for (int attempts = 1; attempts < kMaxSmsAttempts; ++attempts) {
    EXPECT_EQ(retryDelaySeconds(attempts), expected[attempts - 1]) << attempts;
  }
  EXPECT_FALSE(retryDelaySeconds(kMaxSmsAttempts).has_value());
  EXPECT_FALSE(retryDelaySeconds(kMaxSmsAttempts + 5).has_value());
  EXPECT_EQ(retryDelaySeconds(0), 30);
}

TEST(SmsSchedule, QuietHoursCanBeSwitchedOffForTestServers) {
  ASSERT_TRUE(quietHoursEnabled());
  setQuietHoursEnabled(false);
  EXPECT_FALSE(inQuietHours(at(23)));
  EXPECT_EQ(earliestSendTime(SmsKind::Notice, at(23)), at(23));
  setQuietHoursEnabled(true);
  EXPECT_TRUE(inQuietHours(at(23)));
  EXPECT_EQ(earliestSendTime(SmsKind::Notice, at(23)), at(31));
}
