#include "repositories/overview_repository.hpp"

#include <SQLiteCpp/Statement.h>

#include <string>

namespace qinqing::backend::report {
namespace d = qinqing::domain;
namespace {

std::optional<d::Instant> dueInstantOf(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return d::Instant::fromUnixSeconds(c.getInt64());
}

// " state IN ('pending_review', …)" over the stages of the overview.
std::string overviewStagesSql() {
  std::string sql = "state IN (";
  for (std::size_t i = 0; i < d::kOverviewStages.size(); ++i) {
    if (i > 0) sql += ", ";
    sql += "'" + std::string(d::petitionStateKey(d::kOverviewStages[i])) + "'";
  }
  return sql + ")";
}

}  // namespace

std::vector<d::StageCount> OverviewRepository::stageCounts(d::Instant now) {
  std::vector<d::StageCount> stages = d::emptyStageCounts();
  SQLite::Statement s(m_db, "SELECT state, due_at FROM petitions INDEXED BY petitions_by_state_due WHERE " +
                                overviewStagesSql());
  while (s.executeStep()) {
    const auto state = d::petitionStateFromKey(s.getColumn(0).getString());
    if (state) d::addToStages(stages, *state, d::clockStandingAt(dueInstantOf(s.getColumn(1)), now));
  }
  return stages;
}

std::vector<long long> OverviewRepository::overdueIds(d::Instant now, int limit) {
  SQLite::Statement s(m_db, "SELECT id FROM petitions WHERE due_at IS NOT NULL AND due_at < ? AND " + overviewStagesSql() +
                                " ORDER BY due_at, id LIMIT ?");
  s.bind(1, static_cast<int64_t>(now.unixSeconds()));
  s.bind(2, limit);
  std::vector<long long> ids;
  while (s.executeStep()) ids.push_back(s.getColumn(0).getInt64());
  return ids;
}

void OverviewRepository::countWeeks(std::vector<d::WeekCount>& weeks) {
  if (weeks.empty()) return;
  const d::Date first = weeks.front().weekStart;
  const d::Date last = weeks.back().weekStart.plusDays(6);
  SQLite::Statement received(m_db,
                             "SELECT received_day, count(*) FROM petition_report_facts INDEXED BY petition_report_facts_by_day "
                             "WHERE received_day BETWEEN ? AND ? GROUP BY received_day");
  received.bind(1, first.dayNumber());
  received.bind(2, last.dayNumber());
  while (received.executeStep()) {
    const d::Date day = d::Date::fromDayNumber(received.getColumn(0).getInt());
    d::addToWeeks(weeks, day, false, received.getColumn(1).getInt());
  }
  // 办结: a result submitted; a petition rectified later has one result (the rectification is its own clock).
  SQLite::Statement finished(m_db,
                             "SELECT finished_at FROM petition_clocks INDEXED BY petition_clocks_results_finished "
                             "WHERE kind = 'result' AND finished_at IS NOT NULL AND finished_at BETWEEN ? AND ?");
  finished.bind(1, static_cast<int64_t>(d::startOfLocalDay(first).unixSeconds()));
  finished.bind(2, static_cast<int64_t>(d::endOfLocalDay(last).unixSeconds()));
  while (finished.executeStep())
    d::addToWeeks(weeks, d::localDate(d::Instant::fromUnixSeconds(finished.getColumn(0).getInt64())), true);
}

std::pair<std::vector<long long>, long long> OverviewRepository::stagePetitions(d::PetitionState stage,
                                                                                d::ClockStanding standing,
                                                                                const d::PageRequest& page,
                                                                                d::Instant now) {
  const d::DueRange range = d::dueRangeOf(standing, now);
  std::string where = " WHERE state = ?";
  std::vector<long long> bounds;
  if (standing == d::ClockStanding::NoLimit) {
    where += " AND due_at IS NULL";
  } else {
    where += " AND due_at IS NOT NULL";
    if (range.from) {
      where += " AND due_at >= ?";
      bounds.push_back(range.from->unixSeconds());
    }
    if (range.to) {
      where += " AND due_at <= ?";
      bounds.push_back(range.to->unixSeconds());
    }
  }
  const auto bind = [&](SQLite::Statement& s) {
    s.bind(1, std::string(d::petitionStateKey(stage)));
    int i = 2;
    for (long long b : bounds) s.bind(i++, static_cast<int64_t>(b));
    return i;
  };
  SQLite::Statement count(m_db, "SELECT count(*) FROM petitions INDEXED BY petitions_by_state_due" + where);
  bind(count);
  count.executeStep();
  const long long total = count.getColumn(0).getInt64();
  SQLite::Statement s(m_db, "SELECT id FROM petitions INDEXED BY petitions_by_state_due" + where +
                                " ORDER BY due_at, id LIMIT ? OFFSET ?");
  int i = bind(s);
  s.bind(i++, page.pageSize);
  s.bind(i, static_cast<int64_t>(d::pageOffset(page)));
  std::vector<long long> ids;
  while (s.executeStep()) ids.push_back(s.getColumn(0).getInt64());
  return {ids, total};
}

}  // namespace qinqing::backend::report
