// HolidayCalendar: which days are working days in mainland China, year by year.
//
// Each year is either *arranged* (the State Council's notice for that year has been loaded:
// holiday periods such as 国庆节 and exchanged workdays 调休上班) or *provisional* (nothing loaded:
// Monday–Friday are working days, Saturday and Sunday are not). Deadlines that reach into a
// provisional year are flagged, because the notice for a year usually appears only in November
// or December of the year before.
//
// Rule: a day is a working day when it is an exchanged workday; otherwise when it falls on
// Monday–Friday and is not a holiday.
//
// The calendar is plain data built by the caller (from the wire decoder of cn_calendar.json or from
// the database); it does no I/O. A per-year bitset of working days is kept up to date on every
// change so that deadline scans cost one bit test per day. Not thread-safe for concurrent edits;
// concurrent const use is safe.
#pragma once

#include <bitset>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "qinqing/core/result.hpp"
#include "qinqing/time/date.hpp"

namespace qinqing::domain {

// Consecutive days off sharing one name, e.g. 国庆节 2020-10-01..2020-10-08. Both ends inclusive.
struct HolidayPeriod {
  std::string name;
  Date first;
  Date last;
  bool operator==(const HolidayPeriod&) const = default;
};

// One year's arrangement as the State Council publishes it.
struct YearArrangement {
  int year = 0;
  std::vector<HolidayPeriod> holidays;  // sorted by date, not overlapping
  std::vector<Date> workdays;           // exchanged workdays (调休上班), sorted; each a Saturday or Sunday
  bool operator==(const YearArrangement&) const = default;
};

enum class DayKind : std::uint8_t {
  Workday,           // Monday–Friday, not a holiday
  Weekend,           // Saturday or Sunday, not an exchanged workday
  Holiday,           // inside a holiday period (whatever the weekday)
  ExchangedWorkday,  // a Saturday or Sunday worked instead of a holiday day (调休上班)
};

constexpr bool isWorkingKind(DayKind k) { return k == DayKind::Workday || k == DayKind::ExchangedWorkday; }

struct DayInfo {
  DayKind kind = DayKind::Workday;
  std::string_view holidayName;  // set for Holiday only; valid until the calendar changes
  bool provisional = false;      // the day's year has no loaded arrangement
};

class HolidayCalendar {
private:
  struct Year {
    std::bitset<366> holiday;
    std::bitset<366> exchanged;
    std::bitset<366> working;  // derived: exchanged | (weekday & !holiday)
    std::map<std::uint16_t, std::string> names;  // day index → name, for holiday days
  };

public:
  // An empty calendar: every year provisional.
  HolidayCalendar() = default;

  // Loads (or replaces) one year's arrangement; the year stops being provisional.
  // An arrangement with no periods and no workdays is allowed ("this year has no holidays left").
  // Errors: InvalidInput with one FieldError per problem (field "holidays" or "workdays"):
  // a date outside the year, a period ending before it starts, overlapping periods, an empty name,
  // an exchanged workday that is Monday–Friday or inside a holiday period, a year outside 1..9999.
  Status setYear(const YearArrangement& arrangement);

  // Forgets a year's arrangement: the year becomes provisional again. No-op if it was.
  void removeYear(int year);

  // Single-day edits, for an administrator correcting a year in the middle of it.
  // They apply only to arranged years: editing a provisional year is an InvalidInput error
  // ("2027年的节假日安排尚未载入，请先导入全年安排") because one edited day would otherwise make
  // the whole year look arranged.
  //
  // setHoliday: the day becomes a holiday called `name` (1..20 characters, else InvalidInput on
  // field "name"); an exchanged-workday mark on it is dropped.
  Status setHoliday(Date day, std::string_view name);
  // setWorkday: the day becomes a working day. A holiday mark is dropped; a Saturday or Sunday is
  // marked as exchanged workday; a plain Monday–Friday stays as it is.
  Status setWorkday(Date day);
  // clearDay: drops any mark, so the day is a plain weekday or weekend day again.
  Status clearDay(Date day);

  bool isProvisional(int year) const;
  bool isWorkingDay(Date day) const;
  DayInfo describe(Date day) const;

  // The year as periods and workdays (consecutive holiday days with the same name form a period).
  // A provisional year gives an empty arrangement with the year set.
  YearArrangement arrangement(int year) const;
  // Arranged years, ascending.
  std::vector<int> arrangedYears() const;

  // A cheap handle on one year for day-by-day scans (the deadline engine). Valid until the
  // calendar changes or is destroyed; index days with Date::dayNumber() - firstDay().dayNumber().
  class YearView {
  public:
    int year() const { return m_yearNumber; }
    bool provisional() const { return m_year == nullptr; }
    Date firstDay() const { return m_first; }
    int length() const { return m_length; }  // 365 or 366
    // Requires 0 <= index < length().
    bool isWorking(int index) const {
      return m_year ? m_year->working[static_cast<std::size_t>(index)] : !m_first.plusDays(index).isWeekend();
    }
    DayInfo describe(int index) const;

  private:
    friend class HolidayCalendar;
    const Year* m_year = nullptr;
    int m_yearNumber = 0;
    Date m_first;
    int m_length = 365;
  };
  YearView view(int year) const;

private:
  Year* editableYear(Date day, std::vector<FieldError>& errors);
  Status unmarkHoliday(Date day, bool exchanged);
  static void refreshWorking(Year& y, int year);

  std::map<int, Year> m_years;
};

// The conventional name of a holiday period, guessed from its dates alone, for data that lists
// days without names (cn_calendar.json): 元旦, 春节, 清明节, 劳动节, 端午节, 中秋节, 国庆节, and
// "国庆节、中秋节" / "中秋节、国庆节" for the joint eight-day October breaks; "节假日" for anything
// else (e.g. the one-off 2015 抗战胜利纪念日). The guess uses Gregorian windows wide enough for
// where the lunar festivals fall; a period's true name can always be set with setHoliday.
std::string_view conventionalHolidayName(Date first, Date last);

}  // namespace qinqing::domain
