#include <gtest/gtest.h>

#include "calendar_fixture.hpp"
#include "qinqing/calendar/month_working_days.hpp"
#include "qinqing/time/period.hpp"

using namespace qinqing::domain;
using qinqing::test::D;
using qinqing::test::realCalendar;

TEST(YearMonth, StepsAcrossYearEnds) {
  EXPECT_EQ((YearMonth{2026, 1}).previous(), (YearMonth{2025, 12}));
  EXPECT_EQ((YearMonth{2025, 12}).next(), (YearMonth{2026, 1}));
  EXPECT_EQ((YearMonth{2026, 2}).minusMonths(3), (YearMonth{2025, 11}));
  EXPECT_EQ((YearMonth{2026, 12}).minusMonths(11), (YearMonth{2026, 1}));
  EXPECT_EQ((YearMonth{2026, 12}).minusMonths(-1), (YearMonth{2027, 1}));
  EXPECT_EQ(monthsBetween({2025, 11}, {2026, 2}), 3);
}

TEST(YearMonth, ParsesOnlyTheKeyForm) {
  EXPECT_EQ(YearMonth::parse("2026-11").value(), (YearMonth{2026, 11}));
  EXPECT_EQ(YearMonth::parse("2026-13").error().fields[0].message, "月份不存在");
  EXPECT_EQ(YearMonth::parse("2026-1").error().fields[0].message, "月份格式应为 2026-11");
  EXPECT_FALSE(YearMonth::parse("2026/11").ok());
  EXPECT_EQ((YearMonth{2026, 3}).key(), "2026-03");
  EXPECT_EQ((YearMonth{2026, 3}).label(), "2026年3月");
}

TEST(YearMonth, KnowsItsFirstAndLastDay) {
  EXPECT_EQ((YearMonth{2024, 2}).lastDay(), D("2024-02-29"));
  EXPECT_EQ((YearMonth{2026, 2}).lastDay(), D("2026-02-28"));
  EXPECT_EQ(YearMonth::of(D("2026-12-03")), (YearMonth{2026, 12}));
}

TEST(Quarter, CoversThreeMonths) {
  const Quarter q = Quarter::of(D("2026-12-03"));
  EXPECT_EQ(q, (Quarter{2026, 4}));
  EXPECT_EQ(q.firstDay(), D("2026-10-01"));
  EXPECT_EQ(q.lastDay(), D("2026-12-31"));
  EXPECT_TRUE(q.contains(D("2026-10-01")));
  EXPECT_FALSE(q.contains(D("2027-01-01")));
  EXPECT_EQ(q.previous(), (Quarter{2026, 3}));
  EXPECT_EQ((Quarter{2026, 1}).previous(), (Quarter{2025, 4}));
  EXPECT_EQ(q.key(), "2026-Q4");
  EXPECT_EQ(q.label(), "2026年第四季度");
  EXPECT_EQ(Quarter::parse("2026-Q4").value(), q);
  EXPECT_FALSE(Quarter::parse("2026-Q5").ok());
}

TEST(MonthWorkingDays, FifthWorkingDayMovesWithNationalDay) {
  // October 2026: 1–7 off, Saturday the 10th worked (调休).
  EXPECT_EQ(nthWorkingDayOfMonth(realCalendar(), {2026, 10}, 1), D("2026-10-08"));
  EXPECT_EQ(nthWorkingDayOfMonth(realCalendar(), {2026, 10}, 3), D("2026-10-10"));
  EXPECT_EQ(nthWorkingDayOfMonth(realCalendar(), {2026, 10}, 5), D("2026-10-13"));
  EXPECT_EQ(nthWorkingDayOfMonth(realCalendar(), {2026, 11}, 5), D("2026-11-06"));
  EXPECT_EQ(nthWorkingDayOfMonth(realCalendar(), {2026, 11}, 40), std::nullopt);
  EXPECT_EQ(workingDayIndexInMonth(realCalendar(), D("2026-10-13")), 5);
  EXPECT_EQ(workingDayIndexInMonth(realCalendar(), D("2026-10-11")), std::nullopt);
}

TEST(MonthWorkingDays, LastWorkingDaysCountExchangedSaturdays) {
  // February 2026 ends on Saturday the 28th, a worked Saturday.
  EXPECT_EQ(nthLastWorkingDayOfMonth(realCalendar(), {2026, 2}, 1), D("2026-02-28"));
  EXPECT_EQ(nthLastWorkingDayOfMonth(realCalendar(), {2026, 2}, 5), D("2026-02-24"));
  EXPECT_EQ(nthLastWorkingDayOfMonth(realCalendar(), {2026, 11}, 5), D("2026-11-24"));
}
