#include <gtest/gtest.h>

#include "calendar_fixture.hpp"
#include "qinqing/time/instant.hpp"

using namespace qinqing::domain;
using qinqing::test::D;
using qinqing::test::T;

TEST(Instant, UtcEveningIsNextDayInChina) {
  const Instant t = T("2020-09-30T16:30:00Z");
  EXPECT_EQ(t.unixSeconds(), 1601483400);
  EXPECT_EQ(localDate(t), D("2020-10-01"));
  EXPECT_EQ(formatChinaTime(t), "2020-10-01T00:30:00+08:00");
  EXPECT_EQ(formatUtc(t), "2020-09-30T16:30:00Z");
}

TEST(Instant, LocalMidnightBoundaries) {
  EXPECT_EQ(localDate(T("2020-09-29T15:59:59Z")), D("2020-09-29"));  // 23:59:59 CST
  EXPECT_EQ(localDate(T("2020-09-29T16:00:00Z")), D("2020-09-30"));  // 00:00:00 CST
  EXPECT_EQ(secondsIntoLocalDay(T("2020-09-29T15:59:59Z")), 86399);
  EXPECT_EQ(secondsIntoLocalDay(T("2020-09-29T16:00:00Z")), 0);
}

TEST(Instant, OffsetsAndPlainDates) {
  const Instant utc = T("2020-09-30T16:30:00Z");
  EXPECT_EQ(T("2020-10-01T00:30:00+08:00"), utc);
  EXPECT_EQ(T("2020-10-01T00:30:00+0800"), utc);
  EXPECT_EQ(T("2020-10-01T00:30:00+08"), utc);
  EXPECT_EQ(T("2020-09-30T11:30:00-05:00"), utc);
  EXPECT_EQ(T("2020-10-01T00:30:00"), utc);  // no offset: China time
  EXPECT_EQ(T("2020-10-01T00:30"), utc);
  EXPECT_EQ(T("2020-09-30 16:30:00z"), utc);
  EXPECT_EQ(T("2020-09-30T16:30:00.987Z"), utc);  // fraction dropped
  EXPECT_EQ(T("2020-10-01"), startOfLocalDay(D("2020-10-01")));
  EXPECT_EQ(formatChinaTime(T("2020-10-01")), "2020-10-01T00:00:00+08:00");
}

TEST(Instant, EndOfLocalDayIsLastSecondInChina) {
  const Instant end = endOfLocalDay(D("2020-10-28"));
  EXPECT_EQ(formatChinaTime(end), "2020-10-28T23:59:59+08:00");
  EXPECT_EQ(formatUtc(end), "2020-10-28T15:59:59Z");
  EXPECT_EQ(localDate(end), D("2020-10-28"));
  EXPECT_EQ(localDate(end.plusSeconds(1)), D("2020-10-29"));
}

TEST(Instant, BeforeEpochFloorsToTheRightDay) {
  const Instant t = Instant::fromUnixSeconds(-1);  // 1970-01-01T07:59:59+08:00
  EXPECT_EQ(localDate(t), D("1970-01-01"));
  EXPECT_EQ(localDate(Instant::fromUnixSeconds(-8 * 3600 - 1)), D("1969-12-31"));
  EXPECT_EQ(formatChinaTime(Instant::fromUnixSeconds(-8 * 3600 - 1)), "1969-12-31T23:59:59+08:00");
}

TEST(Instant, FormatParseRoundTrip) {
  for (std::int64_t s = 1546272000; s < 1798761600; s += 86400 * 37 + 3617) {  // 2019..2027
    const Instant t = Instant::fromUnixSeconds(s);
    EXPECT_EQ(T(formatChinaTime(t).c_str()), t);
    EXPECT_EQ(T(formatUtc(t).c_str()), t);
  }
}

TEST(Instant, RejectsMalformedText) {
  for (const char* bad : {"", "2020-09-30T", "2020-09-30T24:00:00Z", "2020-09-30T23:60:00Z", "2020-09-30T1:00:00Z",
                          "2020-09-30T16:30:00+15:00", "2020-09-30T16:30:00+08:0", "2020-09-30T16:30:00ZZ",
                          "2020-09-30T16:30:00 +08:00", "2023-02-29T00:00:00Z", "2020-09-30X16:30:00Z",
                          "2020-09-30T16:30:00.", "yesterday"}) {
    auto r = parseInstant(bad);
    EXPECT_FALSE(r.ok()) << bad;
    if (!r.ok()) EXPECT_EQ(r.error().message, "时间格式应为 2020-09-30T16:30:00+08:00");
  }
}

TEST(Instant, IgnoresHostTimeZone) {
  // The conversion is arithmetic on a fixed +8 h offset; TZ of the test process plays no part.
  EXPECT_EQ(kChinaUtcOffsetSeconds, 28800);
  EXPECT_EQ(startOfLocalDay(D("2020-10-01")).unixSeconds(), 1601481600);
}
