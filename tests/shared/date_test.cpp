#include <gtest/gtest.h>

#include "calendar_fixture.hpp"
#include "qinqing/time/date.hpp"

using namespace qinqing::domain;
using qinqing::test::D;

TEST(Date, EpochIsDayZeroAndThursday) {
  EXPECT_EQ(Date().dayNumber(), 0);
  EXPECT_EQ(Date().toIso(), "1970-01-01");
  EXPECT_EQ(Date().weekday(), Weekday::Thursday);
}

TEST(Date, DayNumbersMatchKnownValues) {
  EXPECT_EQ(D("2000-03-01").dayNumber(), 11017);
  EXPECT_EQ(D("2020-09-30").dayNumber(), 18535);
  EXPECT_EQ(D("1969-12-31").dayNumber(), -1);
  EXPECT_EQ(D("0001-01-01").dayNumber(), -719162);
  EXPECT_EQ(D("9999-12-31").dayNumber(), 2932896);
}

TEST(Date, CivilRoundTripsOverFourCenturies) {
  // Every day from 1900 to 2300: day number → y/m/d → day number, and ISO text round trip.
  for (std::int32_t n = daysFromCivil(1900, 1, 1); n <= daysFromCivil(2300, 12, 31); ++n) {
    const Date d = Date::fromDayNumber(n);
    auto back = Date::fromCivil(d.year(), static_cast<int>(d.month()), static_cast<int>(d.day()));
    ASSERT_TRUE(back.ok()) << n;
    ASSERT_EQ(back.value().dayNumber(), n);
    if (n % 97 == 0) {
      auto parsed = Date::parseIso(d.toIso());
      ASSERT_TRUE(parsed.ok());
      ASSERT_EQ(parsed.value(), d);
    }
  }
}

TEST(Date, WeekdaysOfKnownDates) {
  EXPECT_EQ(D("2020-09-30").weekday(), Weekday::Wednesday);
  EXPECT_EQ(D("2020-10-10").weekday(), Weekday::Saturday);
  EXPECT_EQ(D("2027-01-03").weekday(), Weekday::Sunday);
  EXPECT_EQ(D("1969-12-29").weekday(), Weekday::Monday);
  EXPECT_TRUE(D("2020-10-11").isWeekend());
  EXPECT_FALSE(D("2020-10-12").isWeekend());
}

TEST(Date, LeapYearsAndDayOfYear) {
  EXPECT_TRUE(isLeapYear(2000));
  EXPECT_FALSE(isLeapYear(1900));
  EXPECT_TRUE(isLeapYear(2024));
  EXPECT_EQ(daysInMonth(2024, 2), 29u);
  EXPECT_EQ(daysInMonth(2023, 2), 28u);
  EXPECT_EQ(daysInMonth(2023, 13), 0u);
  EXPECT_EQ(D("2024-12-31").dayOfYear(), 365);
  EXPECT_EQ(D("2023-12-31").dayOfYear(), 364);
  EXPECT_EQ(D("2023-01-01").dayOfYear(), 0);
}

TEST(Date, ArithmeticAcrossMonthsAndYears) {
  EXPECT_EQ(D("2020-09-30").plusDays(1), D("2020-10-01"));
  EXPECT_EQ(D("2024-02-28").plusDays(1), D("2024-02-29"));
  EXPECT_EQ(D("2023-12-31").plusDays(1), D("2024-01-01"));
  EXPECT_EQ(D("2024-01-01").plusDays(-1), D("2023-12-31"));
  EXPECT_EQ(daysBetween(D("2020-09-30"), D("2020-10-28")), 28);
  EXPECT_LT(D("2020-09-30"), D("2020-10-01"));
}

TEST(Date, ParseRejectsMalformedAndImpossibleDates) {
  for (const char* bad : {"", "2020-9-30", "2020/09/30", "2020-09-30 ", " 2020-09-30", "20200930", "2020-09-3a",
                          "2023-02-29", "2020-13-01", "2020-00-10", "2020-04-31", "0000-01-01", "2020-09-30T00:00"}) {
    auto r = Date::parseIso(bad);
    EXPECT_FALSE(r.ok()) << bad;
    if (!r.ok()) EXPECT_EQ(r.error().code, ErrorCode::InvalidInput);
  }
  EXPECT_TRUE(Date::parseIso("2024-02-29").ok());
}

TEST(Date, FromCivilReportsInChinese) {
  auto r = Date::fromCivil(2023, 2, 29);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "日期不存在");
  EXPECT_FALSE(Date::fromCivil(10000, 1, 1).ok());
}
