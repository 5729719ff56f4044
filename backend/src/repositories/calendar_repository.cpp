#include "repositories/calendar_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include <map>
#include <stdexcept>

namespace qinqing::backend {
namespace {

std::string_view sourceKey(CalendarSource source) { return source == CalendarSource::Shipped ? "shipped" : "import"; }

// Rows of one year as read, turned back into periods: consecutive holiday days with one name.
struct StoredYear {
  domain::YearArrangement arrangement;
  void addHoliday(domain::Date day, std::string name) {
    auto& periods = arrangement.holidays;
    if (!periods.empty() && periods.back().last.plusDays(1) == day && periods.back().name == name) {
      periods.back().last = day;
    } else {
      periods.push_back({std::move(name), day, day});
    }
  }
};

}  // namespace

bool CalendarRepository::empty() {
  return m_db.execAndGet("SELECT NOT EXISTS (SELECT 1 FROM calendar_years)").getInt() != 0;
}

void CalendarRepository::writeYear(const domain::YearArrangement& a, CalendarSource source, long long now) {
  if (source == CalendarSource::DayEdit) {
    SQLite::Statement touch(m_db, "UPDATE calendar_years SET changed_at = ? WHERE year = ?");
    touch.bind(1, static_cast<int64_t>(now));
    touch.bind(2, a.year);
    if (touch.exec() != 1) throw std::logic_error("day edit of a year that is not stored: " + std::to_string(a.year));
  } else {
    SQLite::Statement upsert(m_db,
                             "INSERT INTO calendar_years (year, source, loaded_at, changed_at) VALUES (?, ?, ?, ?) "
                             "ON CONFLICT (year) DO UPDATE SET source = excluded.source, "
                             "loaded_at = excluded.loaded_at, changed_at = excluded.changed_at");
    upsert.bind(1, a.year);
    upsert.bind(2, std::string(sourceKey(source)));
    upsert.bind(3, static_cast<int64_t>(now));
    upsert.bind(4, static_cast<int64_t>(now));
    upsert.exec();
  }
  SQLite::Statement clear(m_db, "DELETE FROM calendar_days WHERE year = ?");
  clear.bind(1, a.year);
  clear.exec();
  SQLite::Statement insert(m_db, "INSERT INTO calendar_days (date, year, kind, name) VALUES (?, ?, ?, ?)");
  auto add = [&](domain::Date day, const char* kind, const std::string& name) {
    insert.bind(1, day.toIso());
    insert.bind(2, a.year);
    insert.bind(3, kind);
    insert.bind(4, name);
    insert.exec();
    insert.reset();
  };
  for (const auto& p : a.holidays) {
    for (domain::Date d = p.first; d <= p.last; d = d.plusDays(1)) add(d, "holiday", p.name);
  }
  for (domain::Date w : a.workdays) add(w, "workday", "");
}

domain::HolidayCalendar CalendarRepository::load() {
  std::map<int, StoredYear> years;
  {
    SQLite::Statement stmt(m_db, "SELECT year FROM calendar_years ORDER BY year");
    while (stmt.executeStep()) {
      const int year = stmt.getColumn(0).getInt();
      years[year].arrangement.year = year;
    }
  }
  SQLite::Statement stmt(m_db, "SELECT date, year, kind, name FROM calendar_days ORDER BY date");
  while (stmt.executeStep()) {
    const std::string text = stmt.getColumn(0).getString();
    auto day = domain::Date::parseIso(text);
    if (!day) throw std::runtime_error("calendar_days holds an impossible date: " + text);
    StoredYear& y = years[stmt.getColumn(1).getInt()];
    if (stmt.getColumn(2).getString() == "holiday") {
      y.addHoliday(day.value(), stmt.getColumn(3).getString());
    } else {
      y.arrangement.workdays.push_back(day.value());
    }
  }
  domain::HolidayCalendar calendar;
  for (const auto& [year, stored] : years) {
    if (auto status = calendar.setYear(stored.arrangement); !status) {
      const auto& e = status.error();
      throw std::runtime_error("stored calendar year " + std::to_string(year) + " is invalid: " +
                               (e.fields.empty() ? e.message : e.fields.front().message));
    }
  }
  return calendar;
}

std::vector<CalendarYearInfo> CalendarRepository::years() {
  std::vector<CalendarYearInfo> out;
  SQLite::Statement stmt(m_db, "SELECT year, source, loaded_at, changed_at FROM calendar_years ORDER BY year");
  while (stmt.executeStep()) {
    out.push_back({stmt.getColumn(0).getInt(), stmt.getColumn(1).getString(), stmt.getColumn(2).getInt64(),
                   stmt.getColumn(3).getInt64()});
  }
  return out;
}

}  // namespace qinqing::backend
