#include "qinqing/report/overview.hpp"

#include <algorithm>
#include <cstdio>

#include "qinqing/core/vocabulary.hpp"

namespace qinqing::domain {
namespace {

constexpr Vocabulary<ClockStanding, 4> kClockStandings = {{
    {ClockStanding::OnTime, "on_time", "未到期"},
    {ClockStanding::DueToday, "due_today", "今日到期"},
    {ClockStanding::Overdue, "overdue", "已超期"},
    {ClockStanding::NoLimit, "no_limit", "不限时"},
}};

std::string monthDay(Date day) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02u/%02u", day.month(), day.day());
  return buf;
}

}  // namespace

std::string_view clockStandingKey(ClockStanding standing) { return vocabularyKey(kClockStandings, standing); }
std::string_view clockStandingLabel(ClockStanding standing) { return vocabularyLabel(kClockStandings, standing); }
std::optional<ClockStanding> clockStandingFromKey(std::string_view key) {
  return vocabularyFromKey(kClockStandings, key);
}

ClockStanding clockStandingAt(std::optional<Instant> dueAt, Instant now) {
  if (!dueAt) return ClockStanding::NoLimit;
  if (now > *dueAt) return ClockStanding::Overdue;
  return localDate(*dueAt) == localDate(now) ? ClockStanding::DueToday : ClockStanding::OnTime;
}

DueRange dueRangeOf(ClockStanding standing, Instant now) {
  const Instant todayEnds = endOfLocalDay(localDate(now));
  switch (standing) {
    case ClockStanding::OnTime: return {todayEnds.plusSeconds(1), std::nullopt};
    case ClockStanding::DueToday: return {now, todayEnds};
    case ClockStanding::Overdue: return {std::nullopt, now.plusSeconds(-1)};
    case ClockStanding::NoLimit: return {};
  }
  return {};
}

std::vector<StageCount> emptyStageCounts() {
  std::vector<StageCount> stages;
  for (PetitionState s : kOverviewStages) stages.push_back({s, {}});
  return stages;
}

void addToStages(std::vector<StageCount>& stages, PetitionState state, ClockStanding standing) {
  for (StageCount& s : stages) {
    if (s.stage == state) {
      ++s.byStanding[static_cast<std::size_t>(standing)];
      return;
    }
  }
}

std::string responsiblePartyOf(const PetitionSummary& p) {
  switch (p.state) {
    case PetitionState::PendingReview: return p.cadre ? p.cadre->name + "（包联干部）" : "包联干部（未指定）";
    case PetitionState::PendingDispatch: return "双千办分办员";
    case PetitionState::PendingSign:
    case PetitionState::Handling:
    case PetitionState::Rectifying: return p.handler ? p.handler->name : "承办单位（未指定）";
    case PetitionState::ReturnedToEnterprise:
    case PetitionState::PendingRating:
    case PetitionState::PendingSecondRating: return p.enterprise.name + "（企业）";
    case PetitionState::Appealing: return "市双千办分办组";
    case PetitionState::Draft:
    case PetitionState::Withdrawn:
    case PetitionState::Closed: return "";
  }
  return "";
}

Date weekStartOf(Date day) {
  return day.plusDays(-(static_cast<int>(day.weekday()) - static_cast<int>(Weekday::Monday)));
}

std::vector<WeekCount> emptyWeeks(Date today, int weeks) {
  std::vector<WeekCount> out;
  const Date last = weekStartOf(today);
  for (int i = weeks - 1; i >= 0; --i) out.push_back({last.plusDays(-7 * i), 0, 0});
  return out;
}

void addToWeeks(std::vector<WeekCount>& weeks, Date day, bool finished, int count) {
  const Date start = weekStartOf(day);
  for (WeekCount& w : weeks) {
    if (w.weekStart == start) {
      (finished ? w.finished : w.received) += count;
      return;
    }
  }
}

std::string weekShortLabel(Date weekStart) { return monthDay(weekStart); }
std::string weekRangeLabel(Date weekStart) { return monthDay(weekStart) + "–" + monthDay(weekStart.plusDays(6)); }

std::vector<ScorecardRow> rankByRate(std::span<const ScorecardRow> rows, Figure rate) {
  std::vector<ScorecardRow> out;
  for (const ScorecardRow& r : rows) {
    if (!r.total && r.key != 0 && r.card.rate(rate).defined()) out.push_back(r);
  }
  std::stable_sort(out.begin(), out.end(), [rate](const ScorecardRow& a, const ScorecardRow& b) {
    const Rate x = a.card.rate(rate);
    const Rate y = b.card.rate(rate);
    if (const int c = compareRateValues(x, y); c != 0) return c > 0;
    if (x.denominator != y.denominator) return x.denominator > y.denominator;
    return a.key < b.key;
  });
  return out;
}

int niceAxisMax(int value) {
  long long step = 1;
  while (true) {
    for (long long m : {1LL, 2LL, 5LL}) {
      if (m * step >= value) return static_cast<int>(m * step);
    }
    step *= 10;
  }
}

std::vector<double> sharesOf(std::span<const int> parts) {
  long long whole = 0;
  for (int p : parts) whole += p;
  std::vector<double> out;
  for (int p : parts) out.push_back(whole > 0 ? static_cast<double>(p) / static_cast<double>(whole) : 0.0);
  return out;
}

}  // namespace qinqing::domain
