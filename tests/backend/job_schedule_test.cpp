#include "jobs/job_schedule.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

#include "test_support.hpp"

using namespace qinqing::backend::jobs;
using qinqing::backend::testsupport::kTestEpoch;  // 2026-03-02 09:00:00 CST

namespace {
constexpr long long kMinute = 60;
constexpr long long kHour = 3600;
constexpr long long kJobScheduleMidnight = kTestEpoch - 9 * kHour;  // 2026-03-02 00:00:00 CST
}  // namespace

TEST(JobSchedule, DescribesItselfInChinese) {
  EXPECT_EQ(describeSchedule(JobSchedule::everyMinutes(5)), "每 5 分钟");
  EXPECT_EQ(describeSchedule(JobSchedule::everyMinutes(60)), "每小时");
  EXPECT_EQ(describeSchedule(JobSchedule::everyMinutes(120)), "每 2 小时");
  EXPECT_EQ(describeSchedule(JobSchedule::dailyAt(8, 30)), "每天 08:30");
  EXPECT_EQ(describeSchedule(JobSchedule::dailyAt(0, 0)), "每天 00:00");
}

TEST(JobSchedule, EveryNMinutesRunsOnTheChinaClocksMultiples) {
  const auto every5 = JobSchedule::everyMinutes(5);
  EXPECT_EQ(nextRunAfter(every5, kTestEpoch), kTestEpoch + 5 * kMinute);  // strictly after 09:00:00
  EXPECT_EQ(nextRunAfter(every5, kTestEpoch - 1), kTestEpoch);
  EXPECT_EQ(nextRunAfter(every5, kTestEpoch + 2 * kMinute + 17), kTestEpoch + 5 * kMinute);
  EXPECT_EQ(nextRunAfter(every5, kJobScheduleMidnight - 1), kJobScheduleMidnight);  // 23:59:59 → 00:00
  // 7 minutes does not divide a day: the last slot (23:55) is followed by midnight, not 00:02.
  const auto every7 = JobSchedule::everyMinutes(7);
  EXPECT_EQ(nextRunAfter(every7, kJobScheduleMidnight - 5 * kMinute + 1), kJobScheduleMidnight);
  EXPECT_EQ(nextRunAfter(every7, kJobScheduleMidnight), kJobScheduleMidnight + 7 * kMinute);
  EXPECT_EQ(nextRunAfter(JobSchedule::everyMinutes(1440), kTestEpoch), kJobScheduleMidnight + 24 * kHour);
}

TEST(JobSchedule, DailyRunsAtTheChinaTimeOfDay) {
  const auto at0900 = JobSchedule::dailyAt(9, 0);
  EXPECT_EQ(nextRunAfter(at0900, kTestEpoch - 1), kTestEpoch);
  EXPECT_EQ(nextRunAfter(at0900, kTestEpoch), kTestEpoch + 24 * kHour);  // strictly after
  EXPECT_EQ(nextRunAfter(at0900, kJobScheduleMidnight - 1), kTestEpoch);
  // 00:30 CST is 16:30 UTC the day before: the day is China's, not UTC's.
  EXPECT_EQ(nextRunAfter(JobSchedule::dailyAt(0, 30), kTestEpoch), kJobScheduleMidnight + 24 * kHour + 30 * kMinute);
}

TEST(JobSchedule, RefusesImpossibleSchedules) {
  EXPECT_THROW(JobSchedule::everyMinutes(0), std::invalid_argument);
  EXPECT_THROW(JobSchedule::everyMinutes(1441), std::invalid_argument);
  EXPECT_THROW(JobSchedule::dailyAt(24, 0), std::invalid_argument);
  EXPECT_THROW(JobSchedule::dailyAt(8, 60), std::invalid_argument);
}
