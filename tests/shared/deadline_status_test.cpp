#include <gtest/gtest.h>

#include "calendar_fixture.hpp"
#include "qinqing/calendar/deadline_status.hpp"

using namespace qinqing::domain;
using qinqing::test::D;
using qinqing::test::realCalendar;
using qinqing::test::T;

TEST(DeadlineStatus, NormalCountsWorkingDaysLeft) {
  // Due 2020-10-28; on 30 Sep the whole National Day break lies between.
  const DeadlineStatus s = deadlineStatus(realCalendar(), D("2020-10-28"), T("2020-09-30T10:00:00+08:00"));
  EXPECT_EQ(s.state, DeadlineState::Normal);
  EXPECT_EQ(s.workingDaysLeft, 15);
  EXPECT_EQ(s.workingDaysOverdue, 0);
  EXPECT_FALSE(s.provisional);
  EXPECT_EQ(deadlineStatusText(s), "剩余15个工作日");
  EXPECT_EQ(deadlineStatus(realCalendar(), D("2020-10-28"), T("2020-10-27T23:59:59+08:00")).workingDaysLeft, 1);
}

TEST(DeadlineStatus, DueTodayUntilTheLastSecond) {
  const DeadlineStatus morning = deadlineStatus(realCalendar(), D("2020-10-28"), T("2020-10-28T00:00:00+08:00"));
  EXPECT_EQ(morning.state, DeadlineState::DueToday);
  EXPECT_EQ(deadlineStatusText(morning), "今日到期");
  const DeadlineStatus last = deadlineStatus(realCalendar(), D("2020-10-28"), T("2020-10-28T15:59:59Z"));
  EXPECT_EQ(last.state, DeadlineState::DueToday);
  const DeadlineStatus after = deadlineStatus(realCalendar(), D("2020-10-28"), T("2020-10-28T16:00:00Z"));
  EXPECT_EQ(after.state, DeadlineState::Overdue);
  EXPECT_EQ(after.workingDaysOverdue, 1);  // 29 Oct, a Thursday, has begun
  EXPECT_EQ(deadlineStatusText(after), "已逾期1个工作日");
}

TEST(DeadlineStatus, OverdueCountsOnlyWorkingDays) {
  // Due Wednesday 30 Sep 2020; seen on 9 Oct the eight-day break does not add to the lateness.
  const DeadlineStatus s = deadlineStatus(realCalendar(), D("2020-09-30"), T("2020-10-09T09:00:00+08:00"));
  EXPECT_EQ(s.state, DeadlineState::Overdue);
  EXPECT_EQ(s.workingDaysOverdue, 1);
  const DeadlineStatus holiday = deadlineStatus(realCalendar(), D("2020-09-30"), T("2020-10-03T09:00:00+08:00"));
  EXPECT_EQ(holiday.state, DeadlineState::Overdue);
  EXPECT_EQ(holiday.workingDaysOverdue, 0);
  EXPECT_EQ(deadlineStatusText(holiday), "已逾期");
}

TEST(DeadlineStatus, ProvisionalWhenTheStretchReachesAnUnarrangedYear) {
  const DeadlineStatus s = deadlineStatus(realCalendar(), D("2027-01-06"), T("2026-12-30T12:00:00+08:00"));
  EXPECT_EQ(s.state, DeadlineState::Normal);
  EXPECT_EQ(s.workingDaysLeft, 5);
  EXPECT_TRUE(s.provisional);
  EXPECT_FALSE(deadlineStatus(realCalendar(), D("2026-12-31"), T("2026-12-30T12:00:00+08:00")).provisional);
}

TEST(DeadlineStatus, DueDateTurnedHolidayStaysTheDueDate) {
  HolidayCalendar cal = realCalendar();
  ASSERT_TRUE(cal.setHoliday(D("2020-10-28"), "临时休假").ok());
  const DeadlineStatus before = deadlineStatus(cal, D("2020-10-28"), T("2020-10-27T12:00:00+08:00"));
  EXPECT_EQ(before.state, DeadlineState::Normal);
  EXPECT_EQ(before.workingDaysLeft, 0);
  EXPECT_EQ(deadlineStatusText(before), "即将到期");
  EXPECT_EQ(deadlineStatus(cal, D("2020-10-28"), T("2020-10-28T12:00:00+08:00")).state, DeadlineState::DueToday);
}
