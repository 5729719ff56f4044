// The 驾驶舱's definitions in shared/report/overview: the clock standing agrees with the due range
// a query uses at every second around the day's end, stages keep the flow order and cover every
// open state, the responsible party of each stage, Monday weeks across a year's end, the 三率
// rankings (ties, undefined rates, the 合计 and unrouted rows left out), chart scales and shares,
// and the overview's wire round trip.
#include <gtest/gtest.h>

#include <set>

#include "qinqing/report/overview.hpp"
#include "qinqing/wire/overview_json.hpp"

namespace d = qinqing::domain;
namespace w = qinqing::wire;

namespace {

d::Instant at(const char* iso) { return d::parseInstant(iso).value(); }
d::Date day(int y, int m, int dd) { return d::Date::fromCivil(y, m, dd).value(); }

bool inRange(const d::DueRange& r, d::Instant due) {
  return (!r.from || *r.from <= due) && (!r.to || due <= *r.to);
}

d::ScorecardRow row(long long key, int onTime, int late, bool total = false) {
  d::FigureCounts counts{};
  counts[static_cast<std::size_t>(d::Figure::Received)] = onTime + late;
  counts[static_cast<std::size_t>(d::Figure::FinishedOnTime)] = onTime;
  counts[static_cast<std::size_t>(d::Figure::FinishedLate)] = late;
  return {key, total, d::scorecardFromCounts(counts), "单位" + std::to_string(key)};
}

}  // namespace

TEST(OverviewClockStanding, DueDayEndsAt235959ChinaTime) {
  const d::Instant due = at("2026-12-07T23:59:59+08:00");
  EXPECT_EQ(d::clockStandingAt(due, at("2026-12-06T23:59:59+08:00")), d::ClockStanding::OnTime);
  EXPECT_EQ(d::clockStandingAt(due, at("2026-12-07T00:00:00+08:00")), d::ClockStanding::DueToday);
  EXPECT_EQ(d::clockStandingAt(due, at("2026-12-07T23:59:59+08:00")), d::ClockStanding::DueToday);
  EXPECT_EQ(d::clockStandingAt(due, at("2026-12-08T00:00:00+08:00")), d::ClockStanding::Overdue);
  EXPECT_EQ(d::clockStandingAt(std::nullopt, due), d::ClockStanding::NoLimit);
}

TEST(OverviewClockStanding, DueRangeHoldsExactlyTheDueInstantsOfItsStanding) {
  // Every due instant from two days before now to two days after, at 7-minute steps and at the
  // day boundaries: exactly one range holds it, the one clockStandingAt names.
  const d::Instant now = at("2026-12-07T10:30:00+08:00");
  std::vector<d::Instant> dues;
  for (long long s = -2 * 86400; s <= 2 * 86400; s += 420) dues.push_back(now.plusSeconds(s));
  for (const char* iso : {"2026-12-07T23:59:59+08:00", "2026-12-08T00:00:00+08:00", "2026-12-07T10:30:00+08:00",
                          "2026-12-07T10:29:59+08:00", "2026-12-06T23:59:59+08:00"})
    dues.push_back(at(iso));
  for (d::Instant due : dues) {
    int holding = 0;
    for (d::ClockStanding s : {d::ClockStanding::OnTime, d::ClockStanding::DueToday, d::ClockStanding::Overdue}) {
      if (inRange(d::dueRangeOf(s, now), due)) {
        ++holding;
        EXPECT_EQ(s, d::clockStandingAt(due, now)) << due.unixSeconds();
      }
    }
    EXPECT_EQ(holding, 1) << due.unixSeconds();
  }
}

TEST(OverviewClockStanding, KeysAndLabelsAreUniqueAndRoundTrip) {
  std::set<std::string_view> keys, labels;
  for (d::ClockStanding s : d::kAllClockStandings) {
    keys.insert(d::clockStandingKey(s));
    labels.insert(d::clockStandingLabel(s));
    EXPECT_EQ(d::clockStandingFromKey(d::clockStandingKey(s)), s);
  }
  EXPECT_EQ(keys.size(), d::kAllClockStandings.size());
  EXPECT_EQ(labels.size(), d::kAllClockStandings.size());
  EXPECT_FALSE(d::clockStandingFromKey("late").has_value());
}

TEST(OverviewStages, EveryOpenStateButTheDraftInFlowOrder) {
  std::set<d::PetitionState> stages(d::kOverviewStages.begin(), d::kOverviewStages.end());
  for (d::PetitionState s : d::kAllPetitionStates) {
    const bool expected = d::petitionIsOpen(s) && s != d::PetitionState::Draft;
    EXPECT_EQ(stages.count(s) == 1, expected) << d::petitionStateKey(s);
  }
  EXPECT_EQ(d::kOverviewStages.front(), d::PetitionState::PendingReview);
  EXPECT_EQ(d::kOverviewStages.back(), d::PetitionState::Appealing);
}

TEST(OverviewStages, CountsGoToTheirStageAndStanding) {
  auto stages = d::emptyStageCounts();
  ASSERT_EQ(stages.size(), d::kOverviewStages.size());
  d::addToStages(stages, d::PetitionState::Handling, d::ClockStanding::Overdue);
  d::addToStages(stages, d::PetitionState::Handling, d::ClockStanding::Overdue);
  d::addToStages(stages, d::PetitionState::Handling, d::ClockStanding::OnTime);
  d::addToStages(stages, d::PetitionState::PendingDispatch, d::ClockStanding::NoLimit);
  d::addToStages(stages, d::PetitionState::Closed, d::ClockStanding::Overdue);  // not a stage: ignored
  int total = 0;
  for (const auto& s : stages) total += s.total();
  EXPECT_EQ(total, 4);
  EXPECT_EQ(stages[4].stage, d::PetitionState::Handling);
  EXPECT_EQ(stages[4].count(d::ClockStanding::Overdue), 2);
  EXPECT_EQ(stages[4].count(d::ClockStanding::OnTime), 1);
  EXPECT_EQ(stages[2].count(d::ClockStanding::NoLimit), 1);
}

TEST(OverviewResponsible, EachStageNamesWhoMustActNow) {
  d::PetitionSummary p;
  p.enterprise = {1, "十堰市鑫源汽车零部件有限公司"};
  p.cadre = d::NamedRef{2, "张伟"};
  p.handler = d::NamedRef{3, "十堰市经信局"};
  const auto party = [&](d::PetitionState s) {
    p.state = s;
    return d::responsiblePartyOf(p);
  };
  EXPECT_EQ(party(d::PetitionState::PendingReview), "张伟（包联干部）");
  EXPECT_EQ(party(d::PetitionState::PendingDispatch), "双千办分办员");
  EXPECT_EQ(party(d::PetitionState::PendingSign), "十堰市经信局");
  EXPECT_EQ(party(d::PetitionState::Handling), "十堰市经信局");
  EXPECT_EQ(party(d::PetitionState::Rectifying), "十堰市经信局");
  EXPECT_EQ(party(d::PetitionState::PendingRating), "十堰市鑫源汽车零部件有限公司（企业）");
  EXPECT_EQ(party(d::PetitionState::ReturnedToEnterprise), "十堰市鑫源汽车零部件有限公司（企业）");
  EXPECT_EQ(party(d::PetitionState::Appealing), "市双千办分办组");
  EXPECT_EQ(party(d::PetitionState::Closed), "");
  p.handler.reset();
  EXPECT_EQ(party(d::PetitionState::Handling), "承办单位（未指定）");
  for (d::PetitionState s : d::kOverviewStages) EXPECT_FALSE(party(s).empty()) << d::petitionStateKey(s);
}

TEST(OverviewWeeks, MondayWeeksAcrossTheYearsEnd) {
  EXPECT_EQ(d::weekStartOf(day(2026, 12, 7)), day(2026, 12, 7));   // a Monday
  EXPECT_EQ(d::weekStartOf(day(2026, 12, 13)), day(2026, 12, 7));  // its Sunday
  EXPECT_EQ(d::weekStartOf(day(2027, 1, 1)), day(2026, 12, 28));   // a Friday
  auto weeks = d::emptyWeeks(day(2027, 1, 6), 3);
  ASSERT_EQ(weeks.size(), 3u);
  EXPECT_EQ(weeks[0].weekStart, day(2026, 12, 21));
  EXPECT_EQ(weeks[2].weekStart, day(2027, 1, 4));
  d::addToWeeks(weeks, day(2027, 1, 1), false, 5);
  d::addToWeeks(weeks, day(2027, 1, 3), true);
  d::addToWeeks(weeks, day(2027, 1, 4), true);
  d::addToWeeks(weeks, day(2026, 12, 20), false, 9);  // before the first week: ignored
  d::addToWeeks(weeks, day(2027, 1, 11), true);       // after the last: ignored
  EXPECT_EQ(weeks[1].received, 5);
  EXPECT_EQ(weeks[1].finished, 1);
  EXPECT_EQ(weeks[2].finished, 1);
  EXPECT_EQ(weeks[0].received + weeks[2].received, 0);
  EXPECT_EQ(d::weekShortLabel(day(2026, 12, 28)), "12/28");
  EXPECT_EQ(d::weekRangeLabel(day(2026, 12, 28)), "12/28–01/03");
}

TEST(OverviewRanking, BestRateFirstTiesByMorePetitionsThenKey) {
  const std::vector<d::ScorecardRow> rows = {row(0, 5, 5), row(1, 9, 1), row(2, 18, 2), row(3, 1, 0),
                                             row(4, 0, 0), row(5, 9, 1), row(6, 3, 7), row(99, 45, 16, true)};
  const auto ranked = d::rankByRate(rows, d::Figure::FinishOnTimeRate);
  std::vector<long long> keys;
  for (const auto& r : ranked) keys.push_back(r.key);
  // 3: 100 %; 2: 90 % of 20; 1 and 5: 90 % of 10 by key; 6: 30 %. 4 has no rate; 0 and 合计 are left out.
  EXPECT_EQ(keys, (std::vector<long long>{3, 2, 1, 5, 6}));
}

TEST(OverviewChartScale, NiceMaximaAndShares) {
  EXPECT_EQ(d::niceAxisMax(0), 1);
  EXPECT_EQ(d::niceAxisMax(1), 1);
  EXPECT_EQ(d::niceAxisMax(3), 5);
  EXPECT_EQ(d::niceAxisMax(11), 20);
  EXPECT_EQ(d::niceAxisMax(50), 50);
  EXPECT_EQ(d::niceAxisMax(501), 1000);
  EXPECT_EQ(d::niceAxisMax(123456), 200000);
  const std::vector<int> parts = {3, 1, 0, 4};
  const auto shares = d::sharesOf(parts);
  EXPECT_DOUBLE_EQ(shares[0], 0.375);
  EXPECT_DOUBLE_EQ(shares[2], 0.0);
  EXPECT_DOUBLE_EQ(shares[0] + shares[1] + shares[2] + shares[3], 1.0);
  const std::vector<int> none = {0, 0};
  EXPECT_EQ(d::sharesOf(none), (std::vector<double>{0.0, 0.0}));
}

TEST(OverviewJson, RoundTripsEveryPart) {
  w::DashboardOverview o;
  o.generatedAt = "2026-12-07 10:30";
  o.today = day(2026, 12, 7);
  o.rankFrom = day(2026, 1, 1);
  o.rankTo = o.today;
  o.stages = d::emptyStageCounts();
  d::addToStages(o.stages, d::PetitionState::PendingSign, d::ClockStanding::DueToday);
  o.overdueTotal = 1;
  d::PetitionSummary p;
  p.id = 12;
  p.number = "SQ202612010012";
  p.title = "用电报装";
  p.state = d::PetitionState::Handling;
  p.enterprise = {4, "十堰东风零部件"};
  p.handler = d::NamedRef{3, "十堰市供电公司"};
  p.handlerKind = d::HandlerKind::Unit;
  p.updatedAt = "2026-12-01 09:00";
  o.overdue.push_back(p);
  o.units = {row(1, 9, 1), row(0, 9, 1, true)};
  o.regions = {row(7, 2, 2)};
  o.weeks = d::emptyWeeks(o.today, 2);
  o.weeks[1].received = 3;
  o.weeks[0].finished = 2;
  o.survey.quarter = d::Quarter{2026, 4};
  o.survey.answerCount = 2;
  for (std::size_t i = 0; i < 4; ++i) o.survey.duties[i] = {d::kAllCadreDuties[i], {2, 0, 0}};
  auto back = w::dashboardOverviewFromJson(w::dashboardOverviewToJson(o));
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(back.value(), o);
  EXPECT_EQ(w::dashboardOverviewToJson(o)["overdue"][0]["responsible"], "十堰市供电公司");
  EXPECT_FALSE(w::dashboardOverviewFromJson(nlohmann::json::array()));
}
