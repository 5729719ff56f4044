#include "qinqing/time/instant.hpp"

#include <cstdio>

namespace qinqing::domain {
namespace {

constexpr const char* kBadInstant = "时间格式应为 2020-09-30T16:30:00+08:00";

DomainError badInstant() { return DomainError::of(ErrorCode::InvalidInput, kBadInstant); }

// A tiny cursor over the text; every read either consumes what it expects or reports false.
class Cursor {
public:
  explicit Cursor(std::string_view text) : m_text(text) {}
  bool atEnd() const { return m_pos == m_text.size(); }
  char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
  bool take(char c) {
    if (peek() != c) return false;
    ++m_pos;
    return true;
  }
  // Exactly `count` digits.
  bool number(std::size_t count, int& out) {
    if (m_text.size() - m_pos < count) return false;
    int v = 0;
    for (std::size_t i = 0; i < count; ++i) {
      const char c = m_text[m_pos + i];
      if (c < '0' || c > '9') return false;
      v = v * 10 + (c - '0');
    }
    m_pos += count;
    out = v;
    return true;
  }
  void skipDigits() {
    while (peek() >= '0' && peek() <= '9') ++m_pos;
  }

private:
  std::string_view m_text;
  std::size_t m_pos = 0;
};

// Reads "Z", "+08:00", "+0800", "+08" or nothing (CST). Sets the offset in seconds east of UTC.
bool readOffset(Cursor& c, std::int64_t& offset) {
  if (c.atEnd()) {
    offset = kChinaUtcOffsetSeconds;
    return true;
  }
  if (c.take('Z') || c.take('z')) {
    offset = 0;
    return c.atEnd();
  }
  int sign = 0;
  if (c.take('+')) sign = 1;
  else if (c.take('-')) sign = -1;
  else return false;
  int hh = 0;
  int mm = 0;
  if (!c.number(2, hh)) return false;
  if (!c.atEnd()) {
    c.take(':');
    if (!c.number(2, mm)) return false;
  }
  if (!c.atEnd() || hh > 14 || mm > 59 || hh * 60 + mm > 14 * 60) return false;
  offset = sign * (hh * 3600 + mm * 60);
  return true;
}

std::string format(Instant t, std::int64_t offset, const char* suffix) {
  const Instant shifted = t.plusSeconds(offset - kChinaUtcOffsetSeconds);
  const Date day = localDate(shifted);
  const int s = secondsIntoLocalDay(shifted);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%sT%02d:%02d:%02d%s", day.toIso().c_str(), s / 3600, s / 60 % 60, s % 60,
                suffix);
  return buf;
}

}  // namespace

Result<Instant> parseInstant(std::string_view text) {
  if (text.size() < 10) return badInstant();
  auto date = Date::parseIso(text.substr(0, 10));
  if (!date) return badInstant();
  Cursor c(text.substr(10));
  if (c.atEnd()) return startOfLocalDay(date.value());

  if (!(c.take('T') || c.take('t') || c.take(' '))) return badInstant();
  int hh = 0;
  int mm = 0;
  int ss = 0;
  if (!c.number(2, hh) || !c.take(':') || !c.number(2, mm)) return badInstant();
  if (c.take(':')) {
    if (!c.number(2, ss)) return badInstant();
    if (c.take('.') || c.take(',')) {
      if (!(c.peek() >= '0' && c.peek() <= '9')) return badInstant();
      c.skipDigits();
    }
  }
  // 23:59:60 (a leap second) is folded into 23:59:59: Instant counts no leap seconds.
  if (hh > 23 || mm > 59 || ss > 60) return badInstant();
  if (ss == 60) ss = 59;
  std::int64_t offset = 0;
  if (!readOffset(c, offset)) return badInstant();
  const std::int64_t wall = std::int64_t{date.value().dayNumber()} * kSecondsPerDay + hh * 3600 + mm * 60 + ss;
  return Instant::fromUnixSeconds(wall - offset);
}

std::string formatChinaTime(Instant t) { return format(t, kChinaUtcOffsetSeconds, "+08:00"); }

std::string formatUtc(Instant t) { return format(t, 0, "Z"); }

}  // namespace qinqing::domain
