#include "qinqing/time/date.hpp"

#include <cstdio>

namespace qinqing::domain {
namespace {

struct Civil {
  int y;
  unsigned m;
  unsigned d;
};

// Inverse of daysFromCivil (Howard Hinnant, "chrono-Compatible Low-Level Date Algorithms").
Civil civilFromDays(std::int32_t z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {m <= 2 ? y + 1 : y, m, d};
}

DomainError badDate(const char* message) { return DomainError::of(ErrorCode::InvalidInput, message); }

// Reads `count` ASCII digits at text[pos]; -1 if any is not a digit.
int digitsAt(std::string_view text, std::size_t pos, std::size_t count) {
  int value = 0;
  for (std::size_t i = pos; i < pos + count; ++i) {
    const char c = text[i];
    if (c < '0' || c > '9') return -1;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

Result<Date> Date::fromCivil(int year, int month, int day) {
  if (year < kMinYear || year > kMaxYear || month < 1 || month > 12 || day < 1 ||
      static_cast<unsigned>(day) > daysInMonth(year, static_cast<unsigned>(month))) {
    return badDate("日期不存在");
  }
  return Date(daysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)));
}

Result<Date> Date::parseIso(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return badDate("日期格式应为 2020-09-30");
  const int y = digitsAt(text, 0, 4);
  const int m = digitsAt(text, 5, 2);
  const int d = digitsAt(text, 8, 2);
  if (y < 0 || m < 0 || d < 0) return badDate("日期格式应为 2020-09-30");
  return fromCivil(y, m, d);
}

int Date::year() const { return civilFromDays(m_days).y; }
unsigned Date::month() const { return civilFromDays(m_days).m; }
unsigned Date::day() const { return civilFromDays(m_days).d; }

int Date::dayOfYear() const { return m_days - daysFromCivil(year(), 1, 1); }

std::string Date::toIso() const {
  const Civil c = civilFromDays(m_days);
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", c.y, c.m, c.d);
  return buf;
}

}  // namespace qinqing::domain
