#include "qinqing/time/period.hpp"

#include <array>
#include <charconv>

namespace qinqing::domain {
namespace {

bool digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

int parseNumber(std::string_view s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

std::string twoDigits(unsigned v) { return (v < 10 ? "0" : "") + std::to_string(v); }

}  // namespace

YearMonth YearMonth::of(Date day) { return {day.year(), day.month()}; }

Result<YearMonth> YearMonth::parse(std::string_view text) {
  if (text.size() != 7 || text[4] != '-' || !digits(text.substr(0, 4)) || !digits(text.substr(5, 2)))
    return DomainError::invalid({{"month", "月份格式应为 2026-11"}});
  const int year = parseNumber(text.substr(0, 4));
  const int month = parseNumber(text.substr(5, 2));
  if (year < 1 || month < 1 || month > 12) return DomainError::invalid({{"month", "月份不存在"}});
  return YearMonth{year, static_cast<unsigned>(month)};
}

YearMonth YearMonth::previous() const { return month == 1 ? YearMonth{year - 1, 12} : YearMonth{year, month - 1}; }
YearMonth YearMonth::next() const { return month == 12 ? YearMonth{year + 1, 1} : YearMonth{year, month + 1}; }

YearMonth YearMonth::minusMonths(int n) const {
  const int index = year * 12 + static_cast<int>(month) - 1 - n;
  const int y = index >= 0 ? index / 12 : (index - 11) / 12;
  return {y, static_cast<unsigned>(index - y * 12 + 1)};
}

Date YearMonth::firstDay() const { return Date::fromDayNumber(daysFromCivil(year, month, 1)); }
Date YearMonth::lastDay() const { return Date::fromDayNumber(daysFromCivil(year, month, daysInMonth(year, month))); }
std::string YearMonth::key() const { return std::to_string(year) + "-" + twoDigits(month); }
std::string YearMonth::label() const { return std::to_string(year) + "年" + std::to_string(month) + "月"; }

int monthsBetween(YearMonth a, YearMonth b) {
  return (b.year - a.year) * 12 + static_cast<int>(b.month) - static_cast<int>(a.month);
}

Quarter Quarter::of(Date day) { return {day.year(), (day.month() - 1) / 3 + 1}; }

Result<Quarter> Quarter::parse(std::string_view text) {
  if (text.size() != 7 || text[4] != '-' || text[5] != 'Q' || !digits(text.substr(0, 4)) || text[6] < '1' ||
      text[6] > '4')
    return DomainError::invalid({{"quarter", "季度格式应为 2026-Q4"}});
  const int year = parseNumber(text.substr(0, 4));
  if (year < 1) return DomainError::invalid({{"quarter", "季度格式应为 2026-Q4"}});
  return Quarter{year, static_cast<unsigned>(text[6] - '0')};
}

Quarter Quarter::previous() const { return number == 1 ? Quarter{year - 1, 4} : Quarter{year, number - 1}; }
Date Quarter::firstDay() const { return YearMonth{year, number * 3 - 2}.firstDay(); }
Date Quarter::lastDay() const { return YearMonth{year, number * 3}.lastDay(); }
std::string Quarter::key() const { return std::to_string(year) + "-Q" + std::to_string(number); }

std::string Quarter::label() const {
  static constexpr std::array<std::string_view, 4> kNames = {"一", "二", "三", "四"};
  return std::to_string(year) + "年第" + std::string(kNames[number - 1]) + "季度";
}

}  // namespace qinqing::domain
