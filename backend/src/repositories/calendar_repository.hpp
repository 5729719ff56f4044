// CalendarRepository: the working-day calendar as stored (calendar_years, calendar_days; see
// migration 3). A stored year is an arranged year; its rows are its holiday days with their names
// and its exchanged workdays. Throws SQLite::Exception on database errors; no method opens a
// transaction itself (writeYear's callers wrap it together with its audit entry).
#pragma once

#include <SQLiteCpp/Database.h>

#include <string>
#include <vector>

#include "qinqing/calendar/holiday_calendar.hpp"

namespace qinqing::backend {

enum class CalendarSource {
  Shipped,  // assets/calendar/cn_calendar.json, loaded on first start
  Import,   // loaded or replaced by an administrator (PUT /api/calendar/years/{year})
  DayEdit,  // a single day edited (PUT /api/calendar/days/{date}): the year keeps its source
};

struct CalendarYearInfo {
  int year = 0;
  std::string source;  // "shipped" | "import"
  long long loadedAt = 0;
  long long changedAt = 0;
  bool operator==(const CalendarYearInfo&) const = default;
};

class CalendarRepository {
public:
  explicit CalendarRepository(SQLite::Database& db) : m_db(db) {}

  // True when no year is stored (a new database: the shipped file is loaded into it).
  bool empty();

  // Stores the arrangement as the whole of its year, replacing the year's previous days.
  // Shipped / Import (re)set the year's source and loaded_at; DayEdit requires the year to be
  // stored already (std::logic_error otherwise: the calendar refuses edits of provisional years)
  // and keeps them. changed_at = now in every case.
  void writeYear(const domain::YearArrangement& arrangement, CalendarSource source, long long now);

  // The calendar of every stored year. Throws std::runtime_error naming the year when stored rows
  // break the calendar's rules (only possible when the database was edited by hand).
  domain::HolidayCalendar load();

  std::vector<CalendarYearInfo> years();

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend
