#include "petition/petition_deadline_recomputer.hpp"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <string>
#include <vector>

#include "qinqing/calendar/due_date.hpp"
#include "qinqing/petition/petition_state.hpp"
#include "qinqing/time/instant.hpp"

namespace qinqing::backend::petition {
namespace {
namespace d = qinqing::domain;

struct RunningClock {
  long long id = 0;
  long long petitionId = 0;
  std::string kind;
  long long startedAt = 0;
  int workingDays = 0;
  std::string dueDate;
  std::string state;
};

}  // namespace

int PetitionDeadlineRecomputer::recompute(SQLite::Database& db, const calendar::CalendarChange& change) {
  if (change.changedDays.empty()) return 0;
  std::vector<RunningClock> clocks;
  {
    SQLite::Statement s(db,
                        "SELECT k.id, k.petition_id, k.kind, k.started_at, k.working_days, k.due_date, p.state "
                        "FROM petition_clocks k JOIN petitions p ON p.id = k.petition_id "
                        "WHERE k.finished_at IS NULL AND k.due_date IS NOT NULL AND k.extended_due_date IS NULL");
    while (s.executeStep()) {
      clocks.push_back({s.getColumn(0).getInt64(), s.getColumn(1).getInt64(), s.getColumn(2).getString(),
                        s.getColumn(3).getInt64(), s.getColumn(4).getInt(), s.getColumn(5).getString(),
                        s.getColumn(6).getString()});
    }
  }
  int moved = 0;
  for (const auto& clock : clocks) {
    if (clock.workingDays <= 0) continue;
    const d::Date from = d::localDate(d::Instant::fromUnixSeconds(clock.startedAt));
    // Recomputing is cheap; comparing the result is simpler and surer than reasoning about which
    // changed days fall inside the stretch.
    const auto sum = d::addWorkingDays(change.after, from, clock.workingDays);
    const std::string newDue = sum.date.toIso();
    if (newDue == clock.dueDate) continue;
    const long long newDueAt = d::endOfLocalDay(sum.date).unixSeconds();
    SQLite::Statement updateClock(db, "UPDATE petition_clocks SET due_date = ?, due_at = ? WHERE id = ?");
    updateClock.bind(1, newDue);
    updateClock.bind(2, static_cast<int64_t>(newDueAt));
    updateClock.bind(3, static_cast<int64_t>(clock.id));
    updateClock.exec();
    SQLite::Statement updatePetition(db, "UPDATE petitions SET due_at = ?, revision = revision + 1 WHERE id = ?");
    updatePetition.bind(1, static_cast<int64_t>(newDueAt));
    updatePetition.bind(2, static_cast<int64_t>(clock.petitionId));
    updatePetition.exec();
    const auto kind = d::clockKindFromKey(clock.kind);
    const std::string label = kind ? std::string(d::clockKindLabel(*kind)) : clock.kind;
    SQLite::Statement event(db,
                            "INSERT INTO petition_events (petition_id, at, action, actor_id, actor_label, actor_role, "
                            "from_state, to_state, note, detail) VALUES (?, ?, 'deadline_moved', ?, ?, ?, ?, ?, ?, ?)");
    event.bind(1, static_cast<int64_t>(clock.petitionId));
    event.bind(2, static_cast<int64_t>(change.at));
    if (change.actor.accountId) event.bind(3, static_cast<int64_t>(*change.actor.accountId));
    else event.bind(3);
    event.bind(4, change.actor.label.empty() ? std::string("系统") : change.actor.label);
    event.bind(5, change.actor.role);
    event.bind(6, clock.state);
    event.bind(7, clock.state);
    event.bind(8, change.reason + "；" + label + "时限由" + clock.dueDate + "调整为" + newDue);
    event.bind(9, std::string("{\"clock_id\":") + std::to_string(clock.id) + ",\"from\":\"" + clock.dueDate +
                      "\",\"to\":\"" + newDue + "\"}");
    event.exec();
    ++moved;
  }
  // Any change of working days changes the days-left texts of cached list pages, moved or not.
  m_counts.invalidate();
  return moved;
}

}  // namespace qinqing::backend::petition
