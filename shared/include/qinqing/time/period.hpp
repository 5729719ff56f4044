// Calendar periods the platform reports by: a month (经营状况 is monthly, §3) and a quarter (干部测评 is
// quarterly, §6). Plain values: no clock, no time zone; callers pass "today" in.
#pragma once

#include <compare>
#include <string>
#include <string_view>

#include "qinqing/core/result.hpp"
#include "qinqing/time/date.hpp"

namespace qinqing::domain {

struct YearMonth {
  int year = 1970;
  unsigned month = 1;  // 1..12

  static YearMonth of(Date day);
  // Exactly "YYYY-MM". Errors: InvalidInput "月份格式应为 2026-11" / "月份不存在".
  static Result<YearMonth> parse(std::string_view text);

  YearMonth previous() const;
  YearMonth next() const;
  YearMonth minusMonths(int n) const;
  Date firstDay() const;
  Date lastDay() const;
  std::string key() const;    // "2026-11"
  std::string label() const;  // "2026年11月"

  friend auto operator<=>(const YearMonth&, const YearMonth&) = default;
};

// Months from a to b (b - a; negative when b is earlier).
int monthsBetween(YearMonth a, YearMonth b);

struct Quarter {
  int year = 1970;
  unsigned number = 1;  // 1..4

  static Quarter of(Date day);
  // Exactly "YYYY-Qn". Errors: InvalidInput "季度格式应为 2026-Q4".
  static Result<Quarter> parse(std::string_view text);

  Quarter previous() const;
  Date firstDay() const;
  Date lastDay() const;
  bool contains(Date day) const { return firstDay() <= day && day <= lastDay(); }
  std::string key() const;    // "2026-Q4"
  std::string label() const;  // "2026年第四季度"

  friend auto operator<=>(const Quarter&, const Quarter&) = default;
};

}  // namespace qinqing::domain
