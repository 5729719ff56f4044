// OverviewRepository: the 驾驶舱's counts (issue 12) from index ranges — open petitions by stage and
// clock standing (petitions_by_state_due), the longest overdue (petitions_by_due), received per
// day (the report facts' received days) and results submitted per day (the finished result
// clocks). The inspector and the city dispatch group see the whole city, so nothing is scoped.
#pragma once

#include <SQLiteCpp/Database.h>

#include <utility>
#include <vector>

#include "qinqing/org/paging.hpp"
#include "qinqing/report/overview.hpp"

namespace qinqing::backend::report {

class OverviewRepository {
public:
  explicit OverviewRepository(SQLite::Database& db) : m_db(db) {}

  // Every stage of kOverviewStages with its petitions by clock standing at now.
  std::vector<domain::StageCount> stageCounts(domain::Instant now);
  // Open petitions past their due instant: the longest overdue first, at most `limit`.
  std::vector<long long> overdueIds(domain::Instant now, int limit);
  // Adds the petitions received and the results submitted on the weeks' days.
  void countWeeks(std::vector<domain::WeekCount>& weeks);
  // The petitions of one stage and standing, soonest due first: the page's ids and the total.
  std::pair<std::vector<long long>, long long> stagePetitions(domain::PetitionState stage,
                                                              domain::ClockStanding standing,
                                                              const domain::PageRequest& page, domain::Instant now);

private:
  SQLite::Database& m_db;
};

}  // namespace qinqing::backend::report
