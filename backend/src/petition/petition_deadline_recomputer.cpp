#include "petition/petition_deadline_recomputer.hpp"

#include <nlohmann/json.hpp>

#include <string>

#include "report/report_facts.hpp"
#include "repositories/petition_repository.hpp"

#include "qinqing/calendar/due_date.hpp"
#include "qinqing/petition/petition_state.hpp"
#include "qinqing/time/instant.hpp"

namespace qinqing::backend::petition {
namespace d = qinqing::domain;

int PetitionDeadlineRecomputer::recompute(SQLite::Database& db, const calendar::CalendarChange& change) {
  if (change.changedDays.empty()) return 0;
  PetitionRepository repo(db);
  int moved = 0;
  for (const auto& clock : repo.runningClocksWithOwnDueDate()) {
    if (clock.workingDays <= 0) continue;
    const d::Date from = d::localDate(d::Instant::fromUnixSeconds(clock.startedAt));
    // Recomputing is cheap; comparing the result is simpler and surer than reasoning about which
    // changed days fall inside the stretch.
    const auto sum = d::addWorkingDays(change.after, from, clock.workingDays);
    const std::string newDue = sum.date.toIso();
    if (newDue == clock.dueDate) continue;
    repo.moveClockDue(clock.id, clock.petitionId, newDue, d::endOfLocalDay(sum.date).unixSeconds());
    const auto kind = d::clockKindFromKey(clock.kind);
    const std::string label = kind ? std::string(d::clockKindLabel(*kind)) : clock.kind;
    NewEvent event;
    event.petitionId = clock.petitionId;
    event.at = change.at;
    event.action = std::string(d::petitionEventKindKey(d::PetitionEventKind::DeadlineMoved));
    event.actorId = change.actor.accountId;
    event.actorLabel = change.actor.label.empty() ? std::string("系统") : change.actor.label;
    event.actorRole = change.actor.role;
    event.from = clock.state;
    event.to = clock.state;
    event.note = change.reason + "；" + label + "时限由" + clock.dueDate + "调整为" + newDue;
    event.detailJson = nlohmann::json{{"clock_id", clock.id}, {"from", clock.dueDate}, {"to", newDue}}.dump();
    repo.insertEvent(event);
    report::refreshReportFacts(db, clock.petitionId);
    ++moved;
  }
  // Any change of working days changes the days-left texts of cached list pages, moved or not.
  m_counts.invalidate();
  return moved;
}

}  // namespace qinqing::backend::petition
