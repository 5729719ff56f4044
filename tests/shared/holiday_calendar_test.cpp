#include <gtest/gtest.h>

#include "calendar_fixture.hpp"
#include "cn_holiday_periods.hpp"
#include "qinqing/calendar/holiday_calendar.hpp"

using namespace qinqing::domain;
using qinqing::test::D;
using qinqing::test::realCalendar;

namespace {
// A small arrangement: a three-day break Thu–Sat and the Sunday after it worked.
HolidayCalendar smallCalendar() {
  HolidayCalendar cal;
  YearArrangement a{2030, {{"测试节", D("2030-05-02"), D("2030-05-04")}}, {D("2030-05-05")}};
  EXPECT_TRUE(cal.setYear(a).ok());
  return cal;
}
}  // namespace

TEST(HolidayCalendar, EmptyCalendarIsProvisionalWeekendsOnly) {
  HolidayCalendar cal;
  EXPECT_TRUE(cal.isProvisional(2020));
  EXPECT_TRUE(cal.isWorkingDay(D("2020-10-01")));  // Thursday: nothing loaded, so a working day
  EXPECT_FALSE(cal.isWorkingDay(D("2020-10-03")));
  const DayInfo info = cal.describe(D("2020-10-03"));
  EXPECT_EQ(info.kind, DayKind::Weekend);
  EXPECT_TRUE(info.provisional);
  EXPECT_TRUE(cal.arrangedYears().empty());
}

TEST(HolidayCalendar, ExchangedWorkdayBeatsWeekendAndHolidayBeatsWeekday) {
  HolidayCalendar cal = smallCalendar();
  EXPECT_FALSE(cal.isProvisional(2030));
  EXPECT_FALSE(cal.isWorkingDay(D("2030-05-02")));  // Thursday in the break
  EXPECT_EQ(cal.describe(D("2030-05-02")).holidayName, "测试节");
  EXPECT_EQ(cal.describe(D("2030-05-04")).kind, DayKind::Holiday);  // Saturday in the break
  EXPECT_TRUE(cal.isWorkingDay(D("2030-05-05")));                   // Sunday worked
  EXPECT_EQ(cal.describe(D("2030-05-05")).kind, DayKind::ExchangedWorkday);
  EXPECT_EQ(cal.describe(D("2030-05-06")).kind, DayKind::Workday);
  EXPECT_EQ(cal.describe(D("2030-05-11")).kind, DayKind::Weekend);
}

TEST(HolidayCalendar, ArrangementRoundTrips) {
  HolidayCalendar cal = smallCalendar();
  YearArrangement a = cal.arrangement(2030);
  EXPECT_EQ(a, (YearArrangement{2030, {{"测试节", D("2030-05-02"), D("2030-05-04")}}, {D("2030-05-05")}}));
  EXPECT_EQ(cal.arrangement(2031), (YearArrangement{2031, {}, {}}));
}

TEST(HolidayCalendar, SetYearReportsEveryProblem) {
  HolidayCalendar cal;
  YearArrangement bad{2030,
                      {{"", D("2030-01-01"), D("2030-01-01")},
                       {"跨年", D("2029-12-31"), D("2030-01-02")},
                       {"倒序", D("2030-03-05"), D("2030-03-01")},
                       {"甲", D("2030-06-01"), D("2030-06-03")},
                       {"乙", D("2030-06-03"), D("2030-06-04")}},
                      {D("2030-06-02"), D("2030-06-05"), D("2031-01-04")}};
  Status s = cal.setYear(bad);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code, ErrorCode::InvalidInput);
  ASSERT_EQ(s.error().fields.size(), 7u);
  EXPECT_EQ(s.error().fields[0].message, "节假日（2030-01-01）：请填写节假日名称");
  EXPECT_EQ(s.error().fields[1].message, "跨年（2029-12-31）：日期不在2030年内");
  EXPECT_EQ(s.error().fields[2].message, "倒序（2030-03-05）：结束日期早于开始日期");
  EXPECT_EQ(s.error().fields[3].message, "乙（2030-06-03）：与其他假期重叠");
  EXPECT_EQ(s.error().fields[4].message, "调休上班日 2030-06-02：该日已在假期内");
  EXPECT_EQ(s.error().fields[5].message, "调休上班日 2030-06-05：调休上班日应为周六或周日");
  EXPECT_EQ(s.error().fields[6].message, "调休上班日 2031-01-04：日期不在2030年内");
  EXPECT_TRUE(cal.isProvisional(2030));  // nothing half-loaded
}

TEST(HolidayCalendar, SingleDayEditsMidYear) {
  HolidayCalendar cal = smallCalendar();
  ASSERT_TRUE(cal.setHoliday(D("2030-05-06"), "临时调整").ok());
  EXPECT_FALSE(cal.isWorkingDay(D("2030-05-06")));
  EXPECT_EQ(cal.describe(D("2030-05-06")).holidayName, "临时调整");

  ASSERT_TRUE(cal.setWorkday(D("2030-05-04")).ok());  // a Saturday in the break, now worked
  EXPECT_EQ(cal.describe(D("2030-05-04")).kind, DayKind::ExchangedWorkday);
  ASSERT_TRUE(cal.setWorkday(D("2030-05-03")).ok());  // a Friday in the break: a plain weekday again
  EXPECT_EQ(cal.describe(D("2030-05-03")).kind, DayKind::Workday);

  ASSERT_TRUE(cal.clearDay(D("2030-05-05")).ok());    // the exchanged Sunday is a Sunday again
  EXPECT_EQ(cal.describe(D("2030-05-05")).kind, DayKind::Weekend);
  ASSERT_TRUE(cal.setHoliday(D("2030-05-05"), "测试节").ok());

  const YearArrangement a = cal.arrangement(2030);
  ASSERT_EQ(a.holidays.size(), 3u);
  EXPECT_EQ(a.holidays[0], (HolidayPeriod{"测试节", D("2030-05-02"), D("2030-05-02")}));
  EXPECT_EQ(a.holidays[1], (HolidayPeriod{"测试节", D("2030-05-05"), D("2030-05-05")}));
  EXPECT_EQ(a.holidays[2], (HolidayPeriod{"临时调整", D("2030-05-06"), D("2030-05-06")}));
  EXPECT_EQ(a.workdays, std::vector<Date>{D("2030-05-04")});
}

TEST(HolidayCalendar, EditsRefuseProvisionalYearsAndBadNames) {
  HolidayCalendar cal = smallCalendar();
  Status s = cal.setHoliday(D("2027-10-01"), "国庆节");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().fields.at(0).field, "date");
  EXPECT_EQ(s.error().fields.at(0).message, "2027年的节假日安排尚未载入，请先导入全年安排");
  EXPECT_FALSE(cal.setWorkday(D("2027-10-09")).ok());
  EXPECT_FALSE(cal.clearDay(D("2027-10-09")).ok());
  EXPECT_TRUE(cal.isProvisional(2027));

  Status blank = cal.setHoliday(D("2030-07-01"), "　");
  ASSERT_FALSE(blank.ok());
  EXPECT_EQ(blank.error().fields.at(0).message, "请填写节假日名称");
  Status longName = cal.setHoliday(D("2030-07-01"), "一二三四五六七八九十一二三四五六七八九十一");
  ASSERT_FALSE(longName.ok());
  EXPECT_EQ(longName.error().fields.at(0).message, "节假日名称不能超过20个字");
  EXPECT_TRUE(cal.setHoliday(D("2030-07-01"), "一二三四五六七八九十一二三四五六七八九十").ok());
}

TEST(HolidayCalendar, RemoveYearMakesItProvisional) {
  HolidayCalendar cal = smallCalendar();
  cal.removeYear(2030);
  EXPECT_TRUE(cal.isProvisional(2030));
  EXPECT_TRUE(cal.isWorkingDay(D("2030-05-02")));
}

TEST(HolidayCalendar, RealDataCovers2019To2026Only) {
  const HolidayCalendar& cal = realCalendar();
  EXPECT_EQ(cal.arrangedYears(), (std::vector<int>{2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026}));
  EXPECT_TRUE(cal.isProvisional(2018));
  EXPECT_TRUE(cal.isProvisional(2027));
}

TEST(HolidayCalendar, RealDataHasEveryNoticePeriodWithItsName) {
  const HolidayCalendar& cal = realCalendar();
  std::vector<HolidayPeriod> all;
  for (int y : cal.arrangedYears()) {
    for (const auto& p : cal.arrangement(y).holidays) all.push_back(p);
  }
  ASSERT_EQ(all.size(), qinqing::test::kNoticePeriods.size());
  for (std::size_t i = 0; i < all.size(); ++i) {
    const auto& want = qinqing::test::kNoticePeriods[i];
    EXPECT_EQ(all[i], (HolidayPeriod{want.name, D(want.first), D(want.last)})) << want.first;
  }
}

TEST(HolidayCalendar, RealDataExchangedWorkdays) {
  const HolidayCalendar& cal = realCalendar();
  EXPECT_EQ(cal.describe(D("2020-09-27")).kind, DayKind::ExchangedWorkday);
  EXPECT_EQ(cal.describe(D("2020-10-10")).kind, DayKind::ExchangedWorkday);
  EXPECT_EQ(cal.describe(D("2020-02-01")).kind, DayKind::Holiday);  // extended 2020 春节: no longer worked
  EXPECT_EQ(cal.arrangement(2024).workdays.size(), 8u);
  EXPECT_EQ(cal.describe(D("2024-06-08")).holidayName, "端午节");
}

TEST(HolidayCalendar, ConventionalNamesOutsideTheData) {
  EXPECT_EQ(conventionalHolidayName(D("2015-09-03"), D("2015-09-05")), "节假日");  // 抗战胜利纪念日
  EXPECT_EQ(conventionalHolidayName(D("2018-12-30"), D("2019-01-01")), "元旦");
  EXPECT_EQ(conventionalHolidayName(D("2027-02-05"), D("2027-02-11")), "春节");
  EXPECT_EQ(conventionalHolidayName(D("2030-08-01"), D("2030-08-01")), "节假日");
}
