// Moves the due dates of running petition steps when the working-day calendar changes (issue 3:
// "every open deadline is recomputed and each moved deadline is recorded in that petition's
// timeline with the reason"). A due date an approved extension set is the dispatcher's decision
// and stays; clocks with no limit have no due date to move.
#pragma once

#include "calendar/deadline_recomputer.hpp"
#include "repositories/petition_queries.hpp"

namespace qinqing::backend::petition {

class PetitionDeadlineRecomputer : public calendar::DeadlineRecomputer {
public:
  explicit PetitionDeadlineRecomputer(PetitionCountCache& counts) : m_counts(counts) {}
  int recompute(SQLite::Database& db, const calendar::CalendarChange& change) override;

private:
  PetitionCountCache& m_counts;
};

}  // namespace qinqing::backend::petition
