#include "calendar/deadline_recomputer.hpp"

namespace qinqing::backend::calendar {

void DeadlineRecomputers::add(std::unique_ptr<DeadlineRecomputer> recomputer) {
  m_recomputers.push_back(std::move(recomputer));
}

int DeadlineRecomputers::recomputeAll(SQLite::Database& db, const CalendarChange& change) const {
  if (change.changedDays.empty()) return 0;
  int moved = 0;
  for (const auto& r : m_recomputers) moved += r->recompute(db, change);
  return moved;
}

std::vector<domain::Date> changedWorkingDays(const domain::HolidayCalendar& before,
                                             const domain::HolidayCalendar& after, int year) {
  std::vector<domain::Date> days;
  const auto a = before.view(year);
  const auto b = after.view(year);
  for (int i = 0; i < a.length(); ++i) {
    if (a.isWorking(i) != b.isWorking(i)) days.push_back(a.firstDay().plusDays(i));
  }
  return days;
}

}  // namespace qinqing::backend::calendar
