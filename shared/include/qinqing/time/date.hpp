// Date: a day of the proleptic Gregorian calendar, with no time of day and no time zone.
// It is stored as a day number (days since 1970-01-01), so adding days and comparing are integer
// operations; year/month/day are derived on demand (Howard Hinnant's civil-from-days algorithm).
// Dates between 0001-01-01 and 9999-12-31 can be built, parsed and formatted; day arithmetic
// beyond that range is the caller's business. This type never reads the clock: "today" is always
// passed in by the caller (the server from its clock, the client from the server).
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "qinqing/core/result.hpp"

namespace qinqing::domain {

// ISO 8601 numbering: Monday is 1, Sunday is 7.
enum class Weekday { Monday = 1, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday };

// Days from 1970-01-01 to y-m-d (negative before). Requires a valid civil date.
constexpr std::int32_t daysFromCivil(int y, unsigned m, unsigned d) {
  y -= m <= 2 ? 1 : 0;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int32_t>(doe) - 719468;
}

constexpr bool isLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// 28..31; 0 for a month outside 1..12.
constexpr unsigned daysInMonth(int y, unsigned m) {
  constexpr unsigned char kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && isLeapYear(y) ? 29 : kDays[m - 1];
}

class Date {
public:
  static constexpr int kMinYear = 1;
  static constexpr int kMaxYear = 9999;

  // 1970-01-01.
  constexpr Date() = default;

  // The date `days` days after 1970-01-01 (negative: before). Never fails.
  static constexpr Date fromDayNumber(std::int32_t days) { return Date(days); }

  // Builds y-m-d. Errors: InvalidInput ("日期不存在") when the month or day does not exist
  // (2023-02-29, 2020-13-01) or the year is outside 1..9999.
  static Result<Date> fromCivil(int year, int month, int day);

  // Parses exactly "YYYY-MM-DD" (four-digit year, two-digit month and day, nothing around it).
  // Errors: InvalidInput ("日期格式应为 2020-09-30" / "日期不存在").
  static Result<Date> parseIso(std::string_view text);

  constexpr std::int32_t dayNumber() const { return m_days; }
  int year() const;
  unsigned month() const;  // 1..12
  unsigned day() const;    // 1..31
  // 0 for 1 January .. 365 for 31 December of a leap year.
  int dayOfYear() const;

  constexpr Weekday weekday() const {
    // 1970-01-01 was a Thursday (ISO 4).
    const std::int32_t r = ((m_days % 7) + 7 + 3) % 7;  // 0 = Monday
    return static_cast<Weekday>(r + 1);
  }
  constexpr bool isWeekend() const { return weekday() >= Weekday::Saturday; }

  constexpr Date plusDays(std::int32_t n) const { return Date(m_days + n); }

  // "2020-09-30". Years outside 1..9999 are written with as many digits as they need.
  std::string toIso() const;

  friend constexpr auto operator<=>(const Date&, const Date&) = default;

private:
  constexpr explicit Date(std::int32_t days) : m_days(days) {}
  std::int32_t m_days = 0;
};

// b - a in days (positive when b is later).
constexpr std::int32_t daysBetween(Date a, Date b) { return b.dayNumber() - a.dayNumber(); }

}  // namespace qinqing::domain
