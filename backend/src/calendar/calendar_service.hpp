// CalendarService: the working-day calendar the server computes every deadline with.
//
// The database is the record (CalendarRepository); this service keeps the same calendar in memory
// as a domain::HolidayCalendar so that a due-date question costs no query. Readers run
// concurrently under a shared lock and use the live calendar in place (read(fn), no copy). A
// change is made on a copy, validated by the calendar's own rules (all field errors returned),
// then written in one transaction together with its audit entry and the recomputation of open
// deadlines (DeadlineRecomputers); the in-memory calendar is then rebuilt from the database and
// swapped in under the exclusive lock. Changes are serialised among themselves, so two
// administrators editing at once cannot overwrite each other's day.
#pragma once

#include <filesystem>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <type_traits>
#include <utility>
#include <vector>

#include "audit/audit_entry.hpp"
#include "calendar/deadline_recomputer.hpp"
#include "db/database.hpp"
#include "qinqing/calendar/holiday_calendar.hpp"
#include "qinqing/core/result.hpp"
#include "qinqing/wire/calendar_api_json.hpp"
#include "repositories/calendar_repository.hpp"
#include "util/clock.hpp"

namespace qinqing::backend::calendar {

struct StartReport {
  bool loadedShippedFile = false;  // the database had no calendar and got the shipped file
  std::filesystem::path file;      // that file, when loaded
  std::vector<int> years;          // arranged years after start
};

struct ChangeOutcome {
  int year = 0;
  int deadlinesMoved = 0;
};

class CalendarService {
public:
  CalendarService(db::Database& database, const DeadlineRecomputers& recomputers, Clock clock);

  // Loads the calendar from the database. A database without any calendar year first gets the
  // file shippedFile (every year in one transaction with a calendar.loaded audit entry by the
  // system); the file is not read otherwise. Throws StartupError (exit 1) when the file is needed
  // but not given, unreadable or invalid, or when the stored calendar is invalid.
  StartReport start(const std::optional<std::filesystem::path>& shippedFile);

  // Runs fn(const HolidayCalendar&) under the shared lock and returns its result. fn must not
  // keep references into the calendar (YearView, DayInfo::holidayName) beyond the call.
  template <typename Fn>
  auto read(Fn&& fn) const -> std::invoke_result_t<Fn, const domain::HolidayCalendar&> {
    std::shared_lock lock(m_mutex);
    return std::forward<Fn>(fn)(m_calendar);
  }

  // Replaces (or loads for the first time) one year's arrangement. Errors: InvalidInput with the
  // calendar's field errors ("holidays", "workdays", "year").
  domain::Result<ChangeOutcome> replaceYear(const domain::YearArrangement& arrangement, const audit::AuditActor& actor);

  // Edits one day (setHoliday / setWorkday / clearDay). Errors: InvalidInput — the day's year is
  // provisional (field "date", "2027年的节假日安排尚未载入，请先导入全年安排") or the holiday name
  // is missing or too long (field "name").
  domain::Result<ChangeOutcome> editDay(domain::Date day, const wire::DayEdit& edit, const audit::AuditActor& actor);

  // The provisional years and the November warning as of the clock's current CST date.
  wire::CalendarStatus status() const;

private:
  struct PendingChange {
    domain::HolidayCalendar next;
    int year = 0;
    CalendarSource source;
    audit::AuditEntry entry;
    std::string reason;
  };
  ChangeOutcome commit(PendingChange change);
  long long nowUnix() const;

  db::Database& m_db;
  const DeadlineRecomputers& m_recomputers;
  Clock m_clock;
  std::mutex m_editMutex;            // one change at a time, from copy to swap
  mutable std::shared_mutex m_mutex;  // guards m_calendar: shared for readers, exclusive for the swap
  domain::HolidayCalendar m_calendar;
};

// The status of `calendar` seen on `today` (CST): today's year and the next, each while it has no
// arrangement; the warning from 1 November while next year has none.
wire::CalendarStatus calendarStatus(const domain::HolidayCalendar& calendar, domain::Date today);

}  // namespace qinqing::backend::calendar
