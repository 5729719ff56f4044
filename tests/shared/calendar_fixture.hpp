// Test helpers: dates from literals, and the real State Council calendar read from
// assets/calendar/cn_calendar.json (path from $QINQING_CALENDAR_FILE, else the compile definition).
// File reading happens here, in the tests, never in shared/.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "qinqing/calendar/holiday_calendar.hpp"
#include "qinqing/time/date.hpp"
#include "qinqing/time/instant.hpp"
#include "qinqing/wire/calendar_json.hpp"

namespace qinqing::test {

// "2020-09-30" → Date; a malformed literal is a test bug and fails the test.
inline domain::Date D(const char* iso) {
  auto d = domain::Date::parseIso(iso);
  EXPECT_TRUE(d.ok()) << iso;
  return d.ok() ? d.value() : domain::Date();
}

// ISO 8601 text → Instant (see parseInstant).
inline domain::Instant T(const char* iso) {
  auto t = domain::parseInstant(iso);
  EXPECT_TRUE(t.ok()) << iso;
  return t.ok() ? t.value() : domain::Instant();
}

inline std::string calendarFilePath() {
  if (const char* env = std::getenv("QINQING_CALENDAR_FILE"); env && *env) return env;
  return QINQING_CALENDAR_FILE;
}

inline std::string readCalendarFile() {
  std::ifstream in(calendarFilePath(), std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The real calendar, decoded once per test binary. Fails the calling test if it cannot be loaded.
inline const domain::HolidayCalendar& realCalendar() {
  static const domain::HolidayCalendar calendar = [] {
    auto decoded = wire::parseCalendar(readCalendarFile());
    return decoded.ok() ? std::move(decoded).value() : domain::HolidayCalendar();
  }();
  EXPECT_FALSE(calendar.arrangedYears().empty()) << "could not load " << calendarFilePath();
  return calendar;
}

}  // namespace qinqing::test
