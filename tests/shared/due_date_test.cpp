#include <gtest/gtest.h>

#include "calendar_fixture.hpp"
#include "qinqing/calendar/due_date.hpp"

using namespace qinqing::domain;
using qinqing::test::D;
using qinqing::test::realCalendar;
using qinqing::test::T;

TEST(WorkingDayCalendar, DeadlineSkipsNationalDay) {
  const DueDate due = dueAfterWorkingDays(realCalendar(), D("2020-09-30"), 15);
  EXPECT_EQ(due.from, D("2020-09-30"));
  EXPECT_EQ(due.workingDays, 15);
  EXPECT_EQ(due.dueDate, D("2020-10-28"));
  EXPECT_EQ(formatChinaTime(due.dueAt), "2020-10-28T23:59:59+08:00");
  EXPECT_EQ(formatUtc(due.dueAt), "2020-10-28T15:59:59Z");
  EXPECT_FALSE(due.provisional);
}

TEST(WorkingDayCalendar, TrailExplainsEveryDay) {
  const DueDate due = dueAfterWorkingDays(realCalendar(), D("2020-09-30"), 15);
  ASSERT_EQ(due.trail.size(), 29u);  // 2020-09-30 .. 2020-10-28 inclusive
  for (std::size_t i = 0; i < due.trail.size(); ++i) {
    EXPECT_EQ(due.trail[i].date, D("2020-09-30").plusDays(static_cast<int>(i)));
  }
  EXPECT_EQ(due.trail[0], (TrailDay{D("2020-09-30"), false, DayKind::Workday, "事件当日不计"}));
  EXPECT_EQ(due.trail[1], (TrailDay{D("2020-10-01"), false, DayKind::Holiday, "国庆节、中秋节"}));
  EXPECT_EQ(due.trail[8], (TrailDay{D("2020-10-08"), false, DayKind::Holiday, "国庆节、中秋节"}));
  EXPECT_EQ(due.trail[9], (TrailDay{D("2020-10-09"), true, DayKind::Workday, "工作日 第1天"}));
  EXPECT_EQ(due.trail[10], (TrailDay{D("2020-10-10"), true, DayKind::ExchangedWorkday, "调休上班 第2天"}));
  EXPECT_EQ(due.trail[11], (TrailDay{D("2020-10-11"), false, DayKind::Weekend, "周末"}));
  EXPECT_EQ(due.trail[12], (TrailDay{D("2020-10-12"), true, DayKind::Workday, "工作日 第3天"}));
  EXPECT_EQ(due.trail.back(), (TrailDay{D("2020-10-28"), true, DayKind::Workday, "工作日 第15天"}));
  int counted = 0;
  for (const TrailDay& t : due.trail) counted += t.counted ? 1 : 0;
  EXPECT_EQ(counted, 15);
}

TEST(WorkingDayCalendar, EventLateInUtcCountsFromChinaDate) {
  // 2020-09-30T16:30:00Z is 2020-10-01 00:30 in China: the event day is the holiday, not 30 Sep.
  const DueDate due = dueAfterWorkingDays(realCalendar(), T("2020-09-30T16:30:00Z"), 15);
  EXPECT_EQ(due.from, D("2020-10-01"));
  EXPECT_EQ(due.dueDate, D("2020-10-28"));  // 1 Oct is no working day, so the result is unchanged
  EXPECT_EQ(due.trail.size(), 28u);
  EXPECT_EQ(due.trail[0], (TrailDay{D("2020-10-01"), false, DayKind::Holiday, "事件当日不计"}));
}

TEST(WorkingDayCalendar, LocalMidnightDecidesTheEventDay) {
  // 23:59:59 CST on Tuesday 29 Sep: one working day later is Wednesday 30 Sep.
  EXPECT_EQ(dueAfterWorkingDays(realCalendar(), T("2020-09-29T15:59:59Z"), 1).dueDate, D("2020-09-30"));
  EXPECT_EQ(dueAfterWorkingDays(realCalendar(), T("2020-09-29T23:59:00+08:00"), 1).dueDate, D("2020-09-30"));
  // 00:00:00 CST on Wednesday 30 Sep: the next working day is after the whole break.
  EXPECT_EQ(dueAfterWorkingDays(realCalendar(), T("2020-09-29T16:00:00Z"), 1).dueDate, D("2020-10-09"));
  EXPECT_EQ(dueAfterWorkingDays(realCalendar(), T("2020-09-30T00:00:00+08:00"), 1).dueDate, D("2020-10-09"));
}

TEST(WorkingDayCalendar, EventOnExchangedWorkdayDoesNotCountItself) {
  // Sunday 27 Sep 2020 was worked; an event on it still starts counting the day after.
  const DueDate a = dueAfterWorkingDays(realCalendar(), D("2020-09-27"), 1);
  EXPECT_EQ(a.dueDate, D("2020-09-28"));
  EXPECT_EQ(a.trail[0].kind, DayKind::ExchangedWorkday);
  EXPECT_FALSE(a.trail[0].counted);
  EXPECT_EQ(dueAfterWorkingDays(realCalendar(), D("2020-10-10"), 1).dueDate, D("2020-10-12"));
}

TEST(WorkingDayCalendar, ExchangedWorkdayCanBeTheDueDay) {
  const DueDate due = dueAfterWorkingDays(realCalendar(), D("2020-10-09"), 1);
  EXPECT_EQ(due.dueDate, D("2020-10-10"));  // a Saturday, worked by the notice
  EXPECT_EQ(due.trail.back().reason, "调休上班 第1天");
  EXPECT_EQ(dueAfterWorkingDays(realCalendar(), D("2020-10-09"), 2).dueDate, D("2020-10-12"));
}

TEST(WorkingDayCalendar, DeadlinesAcrossYearEnds) {
  // 2022-12-31 (Sat) opens the 2023 元旦 break that runs to Monday 2 Jan.
  const DueDate a = dueAfterWorkingDays(realCalendar(), D("2022-12-30"), 1);
  EXPECT_EQ(a.dueDate, D("2023-01-03"));
  EXPECT_EQ(a.trail[1].reason, "元旦");
  EXPECT_EQ(a.trail[2].reason, "元旦");
  EXPECT_EQ(dueAfterWorkingDays(realCalendar(), D("2023-12-29"), 1).dueDate, D("2024-01-02"));
  EXPECT_EQ(dueAfterWorkingDays(realCalendar(), D("2019-12-31"), 1).dueDate, D("2020-01-02"));
  EXPECT_EQ(dueAfterWorkingDays(realCalendar(), D("2024-12-31"), 1).dueDate, D("2025-01-02"));
  EXPECT_EQ(dueAfterWorkingDays(realCalendar(), D("2019-01-01"), 15).dueDate, D("2019-01-22"));
}

TEST(WorkingDayCalendar, ProvisionalYearCountsWeekendsOnlyAndSaysSo) {
  const DueDate inside = dueAfterWorkingDays(realCalendar(), D("2026-12-30"), 1);
  EXPECT_EQ(inside.dueDate, D("2026-12-31"));
  EXPECT_FALSE(inside.provisional);

  const DueDate across = dueAfterWorkingDays(realCalendar(), D("2026-12-30"), 5);
  EXPECT_EQ(across.dueDate, D("2027-01-06"));  // 1 Jan 2027 counted: no arrangement loaded yet
  EXPECT_TRUE(across.provisional);
  EXPECT_EQ(across.trail[2].reason, "工作日 第2天（当年安排未公布）");
  EXPECT_EQ(across.trail[3].reason, "周末（当年安排未公布）");

  EXPECT_EQ(dueAfterWorkingDays(realCalendar(), D("2026-12-25"), 15).dueDate, D("2027-01-15"));
  const DueDate far = dueAfterWorkingDays(realCalendar(), D("2027-09-30"), 15);
  EXPECT_TRUE(far.provisional);
  EXPECT_EQ(far.dueDate, D("2027-10-21"));  // 2027 National Day not known: only weekends skipped
}

TEST(WorkingDayCalendar, EventDayInProvisionalYearAloneIsNotProvisional) {
  // Only the days after the event decide the deadline.
  EXPECT_FALSE(dueAfterWorkingDays(realCalendar(), D("2018-12-31"), 1).provisional);
  EXPECT_EQ(dueAfterWorkingDays(realCalendar(), D("2018-12-31"), 1).dueDate, D("2019-01-02"));
}

TEST(WorkingDayCalendar, EditedCalendarMovesTheDeadline) {
  HolidayCalendar cal = realCalendar();
  ASSERT_TRUE(cal.setHoliday(D("2020-10-09"), "临时休假").ok());
  const DueDate due = dueAfterWorkingDays(cal, D("2020-09-30"), 15);
  EXPECT_EQ(due.dueDate, D("2020-10-29"));
  EXPECT_EQ(due.trail[9].reason, "临时休假");
  ASSERT_TRUE(cal.setWorkday(D("2020-10-11")).ok());  // and the Sunday after is worked instead
  EXPECT_EQ(dueAfterWorkingDays(cal, D("2020-09-30"), 15).dueDate, D("2020-10-28"));
  ASSERT_TRUE(cal.clearDay(D("2020-10-10")).ok());    // the exchanged Saturday is a Saturday again
  EXPECT_EQ(dueAfterWorkingDays(cal, D("2020-09-30"), 15).dueDate, D("2020-10-29"));
  // The real calendar itself is untouched.
  EXPECT_EQ(dueAfterWorkingDays(realCalendar(), D("2020-09-30"), 15).dueDate, D("2020-10-28"));
}

TEST(WorkingDayCalendar, BareSumAgreesWithTheTrailVersion) {
  const HolidayCalendar& cal = realCalendar();
  for (Date d = D("2019-01-01"); d <= D("2027-03-01"); d = d.plusDays(3)) {
    for (int n : {1, 5, 15}) {
      const DueDate full = dueAfterWorkingDays(cal, d, n);
      const WorkingDaySum bare = addWorkingDays(cal, d, n);
      ASSERT_EQ(bare.date, full.dueDate) << d.toIso() << " +" << n;
      ASSERT_EQ(bare.provisional, full.provisional) << d.toIso();
      ASSERT_EQ(countWorkingDays(cal, d, full.dueDate).days, n) << d.toIso();
    }
  }
}

TEST(WorkingDayCalendar, CountWorkingDaysBetweenDates) {
  const HolidayCalendar& cal = realCalendar();
  EXPECT_EQ(countWorkingDays(cal, D("2020-09-30"), D("2020-10-28")).days, 15);
  EXPECT_EQ(countWorkingDays(cal, D("2020-10-28"), D("2020-09-30")).days, 0);
  EXPECT_EQ(countWorkingDays(cal, D("2020-10-01"), D("2020-10-08")).days, 0);
  EXPECT_EQ(countWorkingDays(cal, D("2019-12-31"), D("2020-12-31")).days, 249);  // 2020 had 249
  const WorkingDayCount across = countWorkingDays(cal, D("2026-12-31"), D("2027-01-04"));
  EXPECT_EQ(across.days, 2);
  EXPECT_TRUE(across.provisional);
}

TEST(WorkingDayCalendar, LongPeriodsCrossSeveralYears) {
  const DueDate due = dueAfterWorkingDays(realCalendar(), D("2019-01-01"), 1000);
  EXPECT_EQ(countWorkingDays(realCalendar(), D("2019-01-01"), due.dueDate).days, 1000);
  EXPECT_TRUE(realCalendar().isWorkingDay(due.dueDate));
  EXPECT_EQ(due.trail.size(), static_cast<std::size_t>(daysBetween(D("2019-01-01"), due.dueDate) + 1));
}
