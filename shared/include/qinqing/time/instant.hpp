// Instant: a point in time as whole seconds since 1970-01-01T00:00:00Z (UTC, no leap seconds),
// and its reading in China Standard Time (CST, fixed UTC+8, no daylight saving since 1991).
// Every conversion here uses that fixed offset and never the host's time zone, so the server,
// a browser in any zone and the tests agree on which day an event belongs to.
// Nothing here reads the clock: callers pass `now` in.
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "qinqing/core/result.hpp"
#include "qinqing/time/date.hpp"

namespace qinqing::domain {

inline constexpr std::int64_t kSecondsPerDay = 86400;
inline constexpr std::int64_t kChinaUtcOffsetSeconds = 8 * 3600;

class Instant {
public:
  // 1970-01-01T00:00:00Z.
  constexpr Instant() = default;
  static constexpr Instant fromUnixSeconds(std::int64_t seconds) { return Instant(seconds); }
  constexpr std::int64_t unixSeconds() const { return m_seconds; }
  constexpr Instant plusSeconds(std::int64_t s) const { return Instant(m_seconds + s); }

  friend constexpr auto operator<=>(const Instant&, const Instant&) = default;

private:
  constexpr explicit Instant(std::int64_t seconds) : m_seconds(seconds) {}
  std::int64_t m_seconds = 0;
};

// The CST calendar day the instant falls on: 2020-09-30T16:30:00Z is 2020-10-01 in China.
constexpr Date localDate(Instant t) {
  const std::int64_t local = t.unixSeconds() + kChinaUtcOffsetSeconds;
  // Floor division, so instants before 1970 land on the right day too.
  const std::int64_t day = local >= 0 ? local / kSecondsPerDay : (local - kSecondsPerDay + 1) / kSecondsPerDay;
  return Date::fromDayNumber(static_cast<std::int32_t>(day));
}

// Seconds since local (CST) midnight: 0..86399.
constexpr int secondsIntoLocalDay(Instant t) {
  const std::int64_t local = t.unixSeconds() + kChinaUtcOffsetSeconds;
  const std::int64_t r = local % kSecondsPerDay;
  return static_cast<int>(r < 0 ? r + kSecondsPerDay : r);
}

// 00:00:00 CST of the date.
constexpr Instant startOfLocalDay(Date d) {
  return Instant::fromUnixSeconds(std::int64_t{d.dayNumber()} * kSecondsPerDay - kChinaUtcOffsetSeconds);
}

// 23:59:59 CST of the date: the last second on which something due that day is still on time.
constexpr Instant endOfLocalDay(Date d) { return startOfLocalDay(d).plusSeconds(kSecondsPerDay - 1); }

// Parses ISO 8601 text into an instant. Accepted forms:
//   "2020-09-30T16:30:00Z"        UTC ('z' and a space instead of 'T' are accepted too)
//   "2020-10-01T00:30:00+08:00"   any offset from -14:00 to +14:00 ("+0800" and "+08" too)
//   "2020-10-01T00:30"            no offset: read as China Standard Time
//   "2020-10-01"                  a plain date: 00:00:00 CST of that day
// A fraction of a second (".123") is accepted and dropped. Seconds may be omitted.
// Errors: InvalidInput ("时间格式应为 2020-09-30T16:30:00+08:00") for anything else, including
// impossible dates and times (24:00, 2023-02-29, minute 60).
Result<Instant> parseInstant(std::string_view text);

// "2020-10-28T23:59:59+08:00": the instant read in China Standard Time.
std::string formatChinaTime(Instant t);

// "2020-10-28T15:59:59Z": the instant in UTC.
std::string formatUtc(Instant t);

}  // namespace qinqing::domain
