// 驾驶舱 (issue 12, §23): what the inspector and the city dispatch group see first — open petitions
// by stage and clock standing, who answers for the overdue ones, the units and counties ranked by
// 三率, the weekly trend of received and finished, and the chart scales. Pure; `now` is passed in.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "qinqing/petition/petition_state.hpp"
#include "qinqing/petition/petition_view.hpp"
#include "qinqing/report/scorecard.hpp"
#include "qinqing/time/date.hpp"
#include "qinqing/time/instant.hpp"

namespace qinqing::domain {

// Where an open petition's running clock stands at `now`, the same split as the list's traffic
// light (deadlineStatus): the due instant is the end (23:59:59 CST) of the due day.
enum class ClockStanding {
  OnTime,    // 未到期: the due day has not begun
  DueToday,  // 今日到期
  Overdue,   // 已超期: the due day has ended
  NoLimit,   // 不限时: the step has no limit (dispatch by default, an appeal's decision)
};
inline constexpr std::array<ClockStanding, 4> kAllClockStandings = {ClockStanding::OnTime, ClockStanding::DueToday,
                                                                     ClockStanding::Overdue, ClockStanding::NoLimit};
std::string_view clockStandingKey(ClockStanding standing);    // "on_time" | "due_today" | "overdue" | "no_limit"
std::string_view clockStandingLabel(ClockStanding standing);  // 未到期 | 今日到期 | 已超期 | 不限时
std::optional<ClockStanding> clockStandingFromKey(std::string_view key);
ClockStanding clockStandingAt(std::optional<Instant> dueAt, Instant now);

// The due instants (inclusive bounds) a standing covers at `now`, for a query over stored due
// instants; NoLimit has neither bound and means "no due instant". Agrees with clockStandingAt.
struct DueRange {
  std::optional<Instant> from;
  std::optional<Instant> to;
};
DueRange dueRangeOf(ClockStanding standing, Instant now);

// The stages a petition waits in, in the order of the flow: every open state but the draft.
inline constexpr std::array<PetitionState, 9> kOverviewStages = {
    PetitionState::PendingReview, PetitionState::ReturnedToEnterprise, PetitionState::PendingDispatch,
    PetitionState::PendingSign,   PetitionState::Handling,             PetitionState::PendingRating,
    PetitionState::Rectifying,    PetitionState::PendingSecondRating,  PetitionState::Appealing,
};

struct StageCount {
  PetitionState stage = PetitionState::PendingReview;
  std::array<int, 4> byStanding{};  // indexed like kAllClockStandings
  int total() const { return byStanding[0] + byStanding[1] + byStanding[2] + byStanding[3]; }
  int count(ClockStanding standing) const { return byStanding[static_cast<std::size_t>(standing)]; }
  bool operator==(const StageCount&) const = default;
};
// One row per stage of kOverviewStages, zeros included, so the chart keeps its shape.
std::vector<StageCount> emptyStageCounts();
// Adds one open petition; a state outside kOverviewStages is ignored.
void addToStages(std::vector<StageCount>& stages, PetitionState state, ClockStanding standing);

// Who has to act now, as the overdue list names them: the liaison cadre (审核), the dispatch group
// (分办), the handling unit or county (签收, 办理, 整改), the enterprise (评价, 修改), the city
// dispatch group (申诉). "" for a closed, withdrawn or draft petition.
std::string responsiblePartyOf(const PetitionSummary& petition);

// Weeks run Monday to Sunday (China's working week).
Date weekStartOf(Date day);
struct WeekCount {
  Date weekStart;
  int received = 0;  // petitions received (submitted) that week
  int finished = 0;  // results submitted (办结) that week
  bool operator==(const WeekCount&) const = default;
};
// The `weeks` weeks up to and including the one of `today`, oldest first, with zero counts.
std::vector<WeekCount> emptyWeeks(Date today, int weeks);
// Counts one event on its day into the week that holds it; days outside the weeks are ignored.
void addToWeeks(std::vector<WeekCount>& weeks, Date day, bool finished, int count = 1);
// "11/30" — the week's Monday as the axis reads it; "11/30–12/06" for the hover text.
std::string weekShortLabel(Date weekStart);
std::string weekRangeLabel(Date weekStart);

// A ranking of units or counties by one of the 三率: the groups with a defined rate, best first
// (ties: more petitions in the denominator first, then key ascending); the 合计 row and the
// unrouted row (key 0) are left out. `rate` must be a rate figure.
std::vector<ScorecardRow> rankByRate(std::span<const ScorecardRow> rows, Figure rate);

// The axis maximum of a chart: the smallest of 1, 2, 5 × 10^k at or above `value` (at least 1).
int niceAxisMax(int value);
// Each part's share of the whole, for a donut; all zeros when the whole is 0.
std::vector<double> sharesOf(std::span<const int> parts);

}  // namespace qinqing::domain
