// 诉求办理考核 definitions (issue 12): the figure vocabulary, rate formatting and ranking, and the
// counts of hand-checked petitions around 国庆节 2020 and the September/October boundary.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "report_fixture.hpp"

using namespace qinqing::domain;
using qinqing::test::D;
using qinqing::test::dueIn;
using qinqing::test::holidayPetitions;
using qinqing::test::T;

namespace {

const ReportPeriod kSeptember = ReportPeriod::month(YearMonth{2020, 9});
const ReportPeriod kOctober = ReportPeriod::month(YearMonth{2020, 10});

const ScorecardRow& rowWithKey(const std::vector<ScorecardRow>& rows, std::int64_t key) {
  for (const auto& r : rows)
    if (!r.total && r.key == key) return r;
  ADD_FAILURE() << "no row " << key;
  return rows.back();
}

std::vector<std::int64_t> keysInOrder(const std::vector<ScorecardRow>& rows) {
  std::vector<std::int64_t> keys;
  for (const auto& r : rows) keys.push_back(r.total ? -1 : r.key);
  return keys;
}

}  // namespace

TEST(ReportFigure, EveryFigureHasOneKeyLabelAndFormula) {
  std::set<std::string_view> keys, labels;
  for (Figure f : kAllFigures) {
    EXPECT_FALSE(figureKey(f).empty());
    EXPECT_FALSE(figureLabel(f).empty());
    EXPECT_FALSE(formulaText(f).empty()) << figureKey(f);
    keys.insert(figureKey(f));
    labels.insert(figureLabel(f));
    EXPECT_EQ(figureFromKey(figureKey(f)), f);
  }
  EXPECT_EQ(keys.size(), kAllFigures.size());
  EXPECT_EQ(labels.size(), kAllFigures.size());
  EXPECT_EQ(figureFromKey("satisfaction"), std::nullopt);
  EXPECT_EQ(figureLabel(Figure::Received), "收到诉求");
  EXPECT_EQ(figureLabel(Figure::OverdueNow), "超期");
  EXPECT_EQ(figureLabel(Figure::SatisfactionRate), "满意率");
  for (std::size_t i = 0; i < kAllFigures.size(); ++i) EXPECT_EQ(figureIsRate(kAllFigures[i]), i >= kCountFigureCount);
  for (Rating r : kAllRatings) EXPECT_EQ(figureLabel(ratingFigure(r)), ratingLabel(r));
}

TEST(ReportFigure, FormulasSayWhatTheRatesDivide) {
  const std::string satisfaction(formulaText(Figure::SatisfactionRate));
  EXPECT_NE(satisfaction.find("基本满意"), std::string::npos);
  EXPECT_NE(satisfaction.find("已评价"), std::string::npos);
  EXPECT_NE(std::string(formulaText(Figure::Received)).find("提交的日期"), std::string::npos);
  EXPECT_NE(std::string(formulaText(Figure::Returned)).find("只计一次"), std::string::npos);
  EXPECT_NE(std::string(formulaText(Figure::SignOnTimeRate)).find("—"), std::string::npos);
}

TEST(ReportRate, FormatsOneDecimalRoundedHalfUp) {
  EXPECT_EQ(formatRate({27, 28}), "96.4%");
  EXPECT_EQ(formatRate({0, 0}), "—");
  EXPECT_EQ(formatRate({1, 3}), "33.3%");
  EXPECT_EQ(formatRate({2, 3}), "66.7%");
  EXPECT_EQ(formatRate({1, 8}), "12.5%");
  EXPECT_EQ(formatRate({1, 16}), "6.3%");  // 6.25
  EXPECT_EQ(formatRate({1, 2000}), "0.1%");  // 0.05
  EXPECT_EQ(formatRate({1, 1}), "100.0%");
  EXPECT_EQ(formatRate({0, 5}), "0.0%");
}

TEST(ReportRate, RanksExactlyAndUndefinedLast) {
  EXPECT_EQ(compareRateValues({1, 2}, {2, 4}), 0);
  EXPECT_EQ(compareRateValues({2, 3}, {3, 5}), 1);
  EXPECT_EQ(compareRateValues({3, 5}, {2, 3}), -1);
  EXPECT_TRUE(rateRanksBefore({2, 3}, {3, 5}, true));
  EXPECT_FALSE(rateRanksBefore({2, 3}, {3, 5}, false));
  EXPECT_FALSE(rateRanksBefore({1, 2}, {2, 4}, true));
  for (bool descending : {true, false}) {
    EXPECT_TRUE(rateRanksBefore({0, 9}, {0, 0}, descending));
    EXPECT_FALSE(rateRanksBefore({0, 0}, {0, 9}, descending));
    EXPECT_FALSE(rateRanksBefore({0, 0}, {0, 0}, descending));
  }
}

TEST(ReportFacts, DueDatesFollowTheHolidayCalendar) {
  const auto v = holidayPetitions();
  // 1 working day after 09-30 skips 10-01..10-08: a calendar-day count would call P1 late.
  EXPECT_EQ(localDate(*v[0].signDue), D("2020-10-09"));
  EXPECT_EQ(localDate(*v[0].finishDue), D("2020-10-29"));  // 10-10 调休 counts
  EXPECT_EQ(localDate(*v[1].signDue), D("2020-10-09"));
  EXPECT_EQ(localDate(*v[1].finishDue), D("2020-11-13"));
  EXPECT_EQ(localDate(*v[2].signDue), D("2020-09-28"));    // from 调休 Sunday 09-27
  EXPECT_EQ(localDate(*v[2].finishDue), D("2020-10-27"));
  EXPECT_EQ(localDate(*v[5].finishDue), D("2020-10-09"));  // 09-27 counts, the holiday does not
  EXPECT_EQ(localDate(*v[6].finishDue), D("2020-11-05"));
  EXPECT_EQ(localDate(v[1].receivedAt), D("2020-10-01"));  // 2020-09-30T16:30Z is October in China
}

TEST(ReportFacts, OverdueNowIsTheRunningClock) {
  ScoredPetition f;
  f.state = PetitionState::PendingSign;
  f.signDue = T("2020-10-09T23:59:59+08:00");
  EXPECT_FALSE(petitionOverdueAt(f, T("2020-10-09T23:59:59+08:00")));
  EXPECT_TRUE(petitionOverdueAt(f, T("2020-10-10T00:00:00+08:00")));
  f.signedAt = T("2020-10-10T08:00:00+08:00");
  f.state = PetitionState::Handling;
  f.finishDue = T("2020-10-30T23:59:59+08:00");
  EXPECT_FALSE(petitionOverdueAt(f, T("2020-10-20T00:00:00+08:00")));  // signed late, but that clock stopped
  EXPECT_TRUE(petitionOverdueAt(f, T("2020-10-31T00:00:00+08:00")));
  f.state = PetitionState::Closed;
  EXPECT_FALSE(petitionOverdueAt(f, T("2020-10-31T00:00:00+08:00")));
  const auto v = holidayPetitions();
  EXPECT_TRUE(v[3].overdueNow);
  EXPECT_FALSE(v[4].overdueNow);  // no sign clock before it is routed
  EXPECT_FALSE(v[6].overdueNow);
}

TEST(ReportScorecard, SeptemberCountsTheLastSecondAndNotTheNextDay) {
  const auto v = holidayPetitions();
  const Scorecard c = computeScorecard(v, kSeptember);
  EXPECT_EQ(c.count(Figure::Received), 5);  // P1 P3 P4 P5 P6; P2 (10-01 00:30 China time) is October
  EXPECT_EQ(c.count(Figure::SignedOnTime), 3);  // P1 P4 P6
  EXPECT_EQ(c.count(Figure::SignedLate), 1);    // P3
  EXPECT_EQ(c.count(Figure::Returned), 1);
  EXPECT_EQ(c.count(Figure::FinishedOnTime), 2);  // P1 P6
  EXPECT_EQ(c.count(Figure::FinishedLate), 1);    // P3
  EXPECT_EQ(c.count(Figure::OpenNow), 2);         // P4 P5
  EXPECT_EQ(c.count(Figure::OverdueNow), 1);      // P4
  EXPECT_EQ(c.count(Figure::Extended), 0);
  EXPECT_EQ(c.count(Figure::Rated), 1);           // P1; P3's rating was set aside
  EXPECT_EQ(c.count(Figure::RatedSatisfied), 1);
  EXPECT_EQ(c.count(Figure::RatedDissatisfied), 0);
  EXPECT_EQ(c.count(Figure::Unrated), 1);         // P6
  EXPECT_EQ(c.count(Figure::Rectified), 0);
  EXPECT_EQ(c.count(Figure::AppealUpheld), 1);
  EXPECT_EQ(c.rate(Figure::SignOnTimeRate), (Rate{3, 4}));
  EXPECT_EQ(formatRate(c.signOnTime), "75.0%");
  EXPECT_EQ(c.rate(Figure::FinishOnTimeRate), (Rate{2, 3}));
  EXPECT_EQ(formatRate(c.finishOnTime), "66.7%");
  EXPECT_EQ(c.rate(Figure::SatisfactionRate), (Rate{1, 1}));
  EXPECT_EQ(c.count(Figure::SatisfactionRate), 0);
  EXPECT_EQ(c.rate(Figure::Received), (Rate{}));
}

TEST(ReportScorecard, OctoberStartsAtChinaMidnight) {
  const auto v = holidayPetitions();
  const Scorecard c = computeScorecard(v, kOctober);
  EXPECT_EQ(c.count(Figure::Received), 2);  // P2 P7
  EXPECT_EQ(c.count(Figure::SignedOnTime), 1);
  EXPECT_EQ(c.count(Figure::SignedLate), 1);  // P2 signed on 调休 Saturday, after the due date
  EXPECT_EQ(c.count(Figure::FinishedOnTime), 2);  // P2 within its extension
  EXPECT_EQ(c.count(Figure::FinishedLate), 0);
  EXPECT_EQ(c.count(Figure::Extended), 1);
  EXPECT_EQ(c.count(Figure::Rectified), 1);
  EXPECT_EQ(c.count(Figure::RatedBasicallySatisfied), 1);  // the second rating stands
  EXPECT_EQ(c.count(Figure::RatedVeryDissatisfied), 0);
  EXPECT_EQ(c.count(Figure::Rated), 1);
  EXPECT_EQ(c.count(Figure::Unrated), 0);  // P7 is still within its rating period
  EXPECT_EQ(c.count(Figure::OpenNow), 1);
  EXPECT_EQ(formatRate(c.signOnTime), "50.0%");
  EXPECT_EQ(formatRate(c.finishOnTime), "100.0%");
  EXPECT_EQ(formatRate(c.satisfaction), "100.0%");
  EXPECT_EQ(computeScorecard(v, ReportPeriod::all()).count(Figure::Received), 7);
  EXPECT_EQ(computeScorecard(v, ReportPeriod::quarter(Quarter{2020, 4})).count(Figure::Received), 2);
}

TEST(ReportScorecard, EmptyPeriodHasNoRates) {
  const auto v = holidayPetitions();
  const Scorecard c = computeScorecard(v, ReportPeriod::month(YearMonth{2020, 12}));
  EXPECT_EQ(c, Scorecard{});
  EXPECT_EQ(formatRate(c.satisfaction), "—");
}

TEST(ReportGroups, ByUnitWithTheFinalHolderAndATotal) {
  const auto v = holidayPetitions();
  const auto rows = groupScorecards(v, GroupBy::Unit, ReportPeriod::all());
  EXPECT_EQ(keysInOrder(rows), (std::vector<std::int64_t>{0, 101, 102, -1}));
  const auto& u101 = rowWithKey(rows, 101).card;
  EXPECT_EQ(u101.count(Figure::Received), 3);  // P1 P2 P6
  EXPECT_EQ(u101.count(Figure::Returned), 0);  // P3 left 101 and counts under 102
  EXPECT_EQ(u101.signOnTime, (Rate{2, 3}));
  EXPECT_EQ(u101.finishOnTime, (Rate{3, 3}));
  EXPECT_EQ(u101.satisfaction, (Rate{2, 2}));
  const auto& u102 = rowWithKey(rows, 102).card;
  EXPECT_EQ(u102.count(Figure::Received), 3);  // P3 P4 P7
  EXPECT_EQ(u102.count(Figure::Returned), 1);
  EXPECT_EQ(u102.signOnTime, (Rate{2, 3}));
  EXPECT_EQ(u102.finishOnTime, (Rate{1, 2}));
  EXPECT_EQ(formatRate(u102.satisfaction), "—");
  EXPECT_EQ(rowWithKey(rows, 0).card.count(Figure::Received), 1);  // P5, not routed
  EXPECT_TRUE(rows.back().total);
  EXPECT_EQ(rows.back().card, computeScorecard(v, ReportPeriod::all()));
}

TEST(ReportGroups, OtherGroupingsSplitTheSamePetitions) {
  const auto v = holidayPetitions();
  const auto regions = groupScorecards(v, GroupBy::Region, kSeptember);
  EXPECT_EQ(keysInOrder(regions), (std::vector<std::int64_t>{0, 11, 12, -1}));
  EXPECT_EQ(rowWithKey(regions, 11).card.count(Figure::Received), 2);  // P1 P6
  EXPECT_EQ(rowWithKey(regions, 12).card.count(Figure::OverdueNow), 1);
  const auto cadres = groupScorecards(v, GroupBy::Cadre, ReportPeriod::all());
  EXPECT_EQ(keysInOrder(cadres), (std::vector<std::int64_t>{31, 32, 33, -1}));
  EXPECT_EQ(rowWithKey(cadres, 31).card.count(Figure::Received), 3);  // P1 P3 P5
  EXPECT_EQ(rowWithKey(cadres, 31).card.count(Figure::AppealUpheld), 1);
  const auto groups = groupScorecards(v, GroupBy::IndustryGroup, kOctober);
  EXPECT_EQ(keysInOrder(groups), (std::vector<std::int64_t>{21, -1}));
  EXPECT_EQ(groupByLabel(GroupBy::IndustryGroup), "行业组");
  EXPECT_EQ(groupByFromKey("region"), GroupBy::Region);
}

TEST(ReportGroups, SortByRateKeepsUndefinedAndTotalLast) {
  const auto v = holidayPetitions();
  auto rows = groupScorecards(v, GroupBy::Unit, ReportPeriod::all());
  sortRows(rows, Figure::FinishOnTimeRate, true);
  EXPECT_EQ(keysInOrder(rows), (std::vector<std::int64_t>{101, 102, 0, -1}));
  sortRows(rows, Figure::FinishOnTimeRate, false);
  EXPECT_EQ(keysInOrder(rows), (std::vector<std::int64_t>{102, 101, 0, -1}));
  sortRows(rows, Figure::Received, true);
  EXPECT_EQ(keysInOrder(rows), (std::vector<std::int64_t>{101, 102, 0, -1}));  // tie 3:3 by key
  sortRows(rows, Figure::Received, false);
  EXPECT_EQ(keysInOrder(rows), (std::vector<std::int64_t>{0, 101, 102, -1}));
  sortRows(rows, Figure::Returned, true);
  EXPECT_EQ(keysInOrder(rows), (std::vector<std::int64_t>{102, 0, 101, -1}));
}

TEST(ReportDrillDown, NamesThePetitionsOfACell) {
  const auto v = holidayPetitions();
  const auto all = ReportPeriod::all();
  EXPECT_EQ(drillDown(v, GroupBy::Unit, 101, Figure::SignedLate, all), (std::vector<std::int64_t>{2}));
  EXPECT_EQ(drillDown(v, GroupBy::Unit, 102, Figure::SignedOnTime, all), (std::vector<std::int64_t>{4, 7}));
  EXPECT_EQ(drillDown(v, GroupBy::Unit, std::nullopt, Figure::OpenNow, all), (std::vector<std::int64_t>{4, 5, 7}));
  EXPECT_EQ(drillDown(v, GroupBy::Region, 11, Figure::Received, kSeptember), (std::vector<std::int64_t>{1, 6}));
  EXPECT_EQ(drillDown(v, GroupBy::Unit, std::nullopt, Figure::SatisfactionRate, all),
            (std::vector<std::int64_t>{1, 2}));
}

TEST(ReportDrillDown, EveryCellMatchesItsCount) {
  const auto v = holidayPetitions();
  for (const ReportPeriod& period : {ReportPeriod::all(), kSeptember, kOctober}) {
    for (GroupBy by : kAllGroupBys) {
      for (const auto& row : groupScorecards(v, by, period)) {
        const std::optional<std::int64_t> key = row.total ? std::nullopt : std::optional(row.key);
        for (Figure f : kAllFigures) {
          const auto ids = drillDown(v, by, key, f, period);
          const int expected = figureIsRate(f) ? row.card.rate(f).numerator : row.card.count(f);
          EXPECT_EQ(static_cast<int>(ids.size()), expected)
              << groupByKey(by) << " " << row.key << " " << figureKey(f);
        }
      }
    }
  }
}

TEST(ReportStoredCounts, OverdueAfterIsTheRunningClocksDue) {
  ScoredPetition f;
  f.state = PetitionState::PendingSign;
  f.signDue = T("2020-10-09T23:59:59+08:00");
  EXPECT_EQ(overdueAfter(f), f.signDue);
  f.signedAt = T("2020-10-10T08:00:00+08:00");
  f.state = PetitionState::Handling;
  EXPECT_EQ(overdueAfter(f), std::nullopt);  // signed, no result clock yet
  f.finishDue = T("2020-10-30T23:59:59+08:00");
  EXPECT_EQ(overdueAfter(f), f.finishDue);
  f.finishedAt = T("2020-10-29T08:00:00+08:00");
  f.state = PetitionState::PendingRating;
  EXPECT_EQ(overdueAfter(f), std::nullopt);
}

// What the server stores per petition, summed as SQL sums it, with OverdueNow counted from
// overdueAfter() at query time, is the card computed from the facts themselves.
TEST(ReportStoredCounts, SummedPetitionCountsGiveTheSameCards) {
  const auto v = holidayPetitions();
  const Instant now = qinqing::test::reportNow();
  for (const ReportPeriod& period : {kSeptember, kOctober, ReportPeriod::all()}) {
    FigureCounts sums{};
    for (const auto& f : v) {
      if (!period.containsReceived(f)) continue;
      const FigureCounts one = petitionFigureCounts(f);
      EXPECT_EQ(one[static_cast<std::size_t>(Figure::OverdueNow)], 0);
      for (std::size_t i = 0; i < sums.size(); ++i) sums[i] += one[i];
      const auto after = overdueAfter(f);
      if (after && now > *after) ++sums[static_cast<std::size_t>(Figure::OverdueNow)];
    }
    EXPECT_EQ(scorecardFromCounts(sums), computeScorecard(v, period));
  }
}
