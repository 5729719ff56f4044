#include "petition/petition_facts.hpp"

#include <string>

#include "qinqing/calendar/deadline_status.hpp"
#include "qinqing/petition/petition_machine.hpp"
#include "qinqing/time/instant.hpp"

namespace qinqing::backend::petition {
namespace d = qinqing::domain;

FactsAndClock factsOf(PetitionRepository& repo, const PetitionRow& row, const d::HolidayCalendar& calendar,
                      long long now) {
  const auto instantOf = [](long long s) { return d::Instant::fromUnixSeconds(s); };
  FactsAndClock out;
  d::PetitionFacts& f = out.facts;
  f.state = row.state;
  f.outcome = row.outcome;
  f.ratingRound = row.ratingRound;
  f.lastRatingBad = row.lastRatingBad;
  f.appealedLastRating = row.appealedLastRating;
  f.extensionPending = repo.pendingExtensionId(row.id).has_value();
  out.clock = repo.openClock(row.id);
  if (out.clock && out.clock->dueDate) {
    auto due = d::Date::parseIso(*out.clock->dueDate);
    if (due.ok()) f.runningClock = d::deadlineStatus(calendar, due.value(), instantOf(now)).state;
  }
  const long long todayStart = d::startOfLocalDay(d::localDate(instantOf(now))).unixSeconds();
  f.urgedToday =
      repo.hasEventSince(row.id, std::string(d::petitionActionKey(d::PetitionAction::Urge)), todayStart);
  // A unit may appeal a closing bad rating within kAppealWindowWorkingDays of the close.
  if (row.state == d::PetitionState::Closed && row.outcome == d::PetitionOutcome::Unsatisfied && row.closedAt) {
    f.appealWindowOpen =
        d::appealWindowOpen(calendar, d::localDate(instantOf(*row.closedAt)), d::localDate(instantOf(now)));
  }
  return out;
}

}  // namespace qinqing::backend::petition
