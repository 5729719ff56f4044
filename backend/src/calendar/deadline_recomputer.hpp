// DeadlineRecomputer: what a change of the working-day calendar does to deadlines already set.
//
// Issue 3: "When a year changes, every open deadline is recomputed and each moved deadline is
// recorded in that petition's timeline with the reason." Deadlines live with the things that have
// them (petitions, issue 5), so each such aggregate registers one recomputer; CalendarService
// calls them all inside the transaction that writes the calendar change and its audit entry, so
// the calendar, the moved deadlines and their timeline entries commit or roll back together.
// Until an aggregate with deadlines exists the registry is empty and every change moves 0.
#pragma once

#include <SQLiteCpp/Database.h>

#include <memory>
#include <string>
#include <vector>

#include "audit/audit_entry.hpp"
#include "qinqing/calendar/holiday_calendar.hpp"

namespace qinqing::backend::calendar {

struct CalendarChange {
  const domain::HolidayCalendar& before;
  const domain::HolidayCalendar& after;
  // Days whose working / non-working status differs between before and after, ascending. A
  // deadline whose counted stretch (event date, due date] holds none of them cannot move.
  std::vector<domain::Date> changedDays;
  std::string reason;  // Chinese, for the timeline: "工作日历调整：2020-10-09 改为节假日（国庆节）"
  long long at = 0;    // Unix seconds
  audit::AuditActor actor;
};

class DeadlineRecomputer {
public:
  virtual ~DeadlineRecomputer() = default;
  // Runs on the change's connection, inside its transaction, after the new calendar is stored.
  // Recomputes every open deadline the change can move (with change.after), stores each moved one
  // and its timeline entry with change.reason, and returns how many moved. Throwing rolls back the
  // whole calendar change.
  virtual int recompute(SQLite::Database& db, const CalendarChange& change) = 0;
};

// The recomputers of every aggregate with deadlines. Filled while the server is built, before it
// serves; read-only afterwards, so concurrent recomputeAll calls need no lock.
class DeadlineRecomputers {
public:
  void add(std::unique_ptr<DeadlineRecomputer> recomputer);
  std::size_t size() const { return m_recomputers.size(); }

  // The sum of every recomputer's moved deadlines; 0 without calling any when no day changed its
  // working status (renaming a holiday moves nothing).
  int recomputeAll(SQLite::Database& db, const CalendarChange& change) const;

private:
  std::vector<std::unique_ptr<DeadlineRecomputer>> m_recomputers;
};

// The days of `year` whose working status differs between the two calendars, ascending.
std::vector<domain::Date> changedWorkingDays(const domain::HolidayCalendar& before,
                                             const domain::HolidayCalendar& after, int year);

}  // namespace qinqing::backend::calendar
