// 单位考核's definitions in shared/report/unit_assessment: hand-checked scores of three units under
// the default weights (every part measured, parts left out and the total scaled over the rest, the
// city's best 简报 per cadre as the yardstick), shared ranks, the months a period owes, the weights'
// rules, sorting with unmeasured parts last, and the report's wire round trip.
#include <gtest/gtest.h>

#include "qinqing/report/unit_assessment.hpp"
#include "qinqing/wire/assessment_json.hpp"

namespace d = qinqing::domain;
namespace w = qinqing::wire;

namespace {

d::Date day(int y, int m, int dd) { return d::Date::fromCivil(y, m, dd).value(); }

// A: 2 cadres serving 4 enterprises; B: 4 cadres serving 8; C: a handling unit without cadres.
std::vector<d::UnitAssessmentFacts> threeUnits() {
  d::UnitAssessmentFacts a;
  a.unitId = 11;
  a.unitName = "市经信局";
  a.cadres = 2;
  a.enterprises = 4;
  a.received = 10;
  a.signOnTime = {9, 10};
  a.finishOnTime = {8, 10};
  a.satisfaction = {7, 10};
  a.contactsLogged = 15;
  a.contactedMonths = 10;
  a.operatingReported = 12;
  a.enterpriseMonthsOwed = 12;  // 4 enterprises × 3 months
  a.bulletinsSubmitted = 3;
  a.bulletinsAdopted = 2;  // 1 per cadre: the city's best
  d::UnitAssessmentFacts b;
  b.unitId = 12;
  b.unitName = "市商务局";
  b.cadres = 4;
  b.enterprises = 8;
  b.received = 10;
  b.signOnTime = {10, 10};
  b.finishOnTime = {10, 10};
  b.satisfaction = {10, 10};
  b.contactsLogged = 6;
  b.contactedMonths = 6;
  b.operatingReported = 12;
  b.enterpriseMonthsOwed = 24;
  b.bulletinsSubmitted = 2;
  b.bulletinsAdopted = 2;  // 0.5 per cadre
  d::UnitAssessmentFacts c;
  c.unitId = 13;
  c.unitName = "市税务局";
  c.received = 2;
  c.signOnTime = {1, 2};  // nothing finished or rated yet, no cadres, no enterprises
  return {a, b, c};
}

}  // namespace

TEST(UnitAssessment, ScoresEveryPartUnderTheDefaultWeights) {
  const auto units = threeUnits();
  const auto rows = d::assessUnits(units, d::defaultAssessmentWeights());
  ASSERT_EQ(rows.size(), 3u);
  // A: 0.9×20 + 0.8×25 + 0.7×25 + (10/12)×15 + 1×10 + 1×5 = 18 + 20 + 17.5 + 12.5 + 10 + 5 = 83.
  const auto& a = rows[0];
  EXPECT_DOUBLE_EQ(*a.part(d::AssessmentPart::SignOnTime).ratio, 0.9);
  EXPECT_DOUBLE_EQ(a.part(d::AssessmentPart::Satisfaction).points, 17.5);
  EXPECT_DOUBLE_EQ(a.part(d::AssessmentPart::ContactCoverage).points, 12.5);
  EXPECT_DOUBLE_EQ(*a.part(d::AssessmentPart::BulletinsAdopted).ratio, 1.0);
  EXPECT_EQ(a.scoreHundredths, 8300);
  // B: 20 + 25 + 25 + 0.25×15 + 0.5×10 + (0.5 ÷ 1)×5 = 81.25.
  const auto& b = rows[1];
  EXPECT_DOUBLE_EQ(*b.part(d::AssessmentPart::BulletinsAdopted).ratio, 0.5);
  EXPECT_EQ(b.scoreHundredths, 8125);
  // C: only 按时签收率 is measured (1 of 2): 0.5 × 20 scaled over 20 points = 50.
  const auto& c = rows[2];
  EXPECT_FALSE(c.part(d::AssessmentPart::FinishOnTime).ratio.has_value());
  EXPECT_FALSE(c.part(d::AssessmentPart::ContactCoverage).ratio.has_value());
  EXPECT_FALSE(c.part(d::AssessmentPart::BulletinsAdopted).ratio.has_value());
  EXPECT_EQ(c.part(d::AssessmentPart::FinishOnTime).points, 0);
  EXPECT_EQ(c.scoreHundredths, 5000);
  EXPECT_EQ(a.rank, 1);
  EXPECT_EQ(b.rank, 2);
  EXPECT_EQ(c.rank, 3);
  EXPECT_EQ(d::formatAssessmentScore(b.scoreHundredths), "81.25");
  EXPECT_EQ(d::formatAssessmentScore(std::nullopt), "—");
}

TEST(UnitAssessment, TheBulletinYardstickIsTheCitysBestPerCadre) {
  auto units = threeUnits();
  units[0].bulletinsAdopted = 0;  // now B (0.5 per cadre) is the best
  const auto rows = d::assessUnits(units, d::defaultAssessmentWeights());
  EXPECT_DOUBLE_EQ(*rows[0].part(d::AssessmentPart::BulletinsAdopted).ratio, 0.0);
  EXPECT_DOUBLE_EQ(*rows[1].part(d::AssessmentPart::BulletinsAdopted).ratio, 1.0);
  for (auto& u : units) u.bulletinsAdopted = 0;  // nobody adopted: the part is left out everywhere
  for (const auto& row : d::assessUnits(units, d::defaultAssessmentWeights()))
    EXPECT_FALSE(row.part(d::AssessmentPart::BulletinsAdopted).ratio.has_value()) << row.facts.unitName;
  // B without bulletins measured: (20 + 25 + 25 + 3.75 + 5) / 95 × 100 = 82.894… → 82.89.
  EXPECT_EQ(d::assessUnits(units, d::defaultAssessmentWeights())[1].scoreHundredths, 8289);
}

TEST(UnitAssessment, WeightsChangeTheScoreAndEqualScoresShareARank) {
  auto units = threeUnits();
  d::AssessmentWeights onlySatisfaction;
  onlySatisfaction.set(d::AssessmentPart::Satisfaction, 100);
  ASSERT_TRUE(d::validateAssessmentWeights(onlySatisfaction).ok());
  units[0].satisfaction = {10, 10};
  const auto rows = d::assessUnits(units, onlySatisfaction);
  EXPECT_EQ(rows[0].scoreHundredths, 10000);
  EXPECT_EQ(rows[1].scoreHundredths, 10000);
  EXPECT_EQ(rows[0].rank, 1);
  EXPECT_EQ(rows[1].rank, 1);
  // C has no rating: with every measured part weighing 0 it has no score and no rank.
  EXPECT_FALSE(rows[2].scoreHundredths.has_value());
  EXPECT_EQ(rows[2].rank, 0);
}

TEST(UnitAssessment, WeightsAreZeroToHundredAndAddUpToHundred) {
  const auto defaults = d::defaultAssessmentWeights();
  EXPECT_TRUE(d::validateAssessmentWeights(defaults).ok());
  int total = 0;
  for (auto p : d::kAllAssessmentParts) total += defaults.of(p);
  EXPECT_EQ(total, 100);
  auto w = defaults;
  w.set(d::AssessmentPart::BulletinsAdopted, 6);
  auto bad = d::validateAssessmentWeights(w);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields.at(0).field, "total");
  EXPECT_EQ(bad.error().fields.at(0).message, "各项权重之和应为 100，现为 101");
  w.set(d::AssessmentPart::BulletinsAdopted, -1);
  bad = d::validateAssessmentWeights(w);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields.at(0).field, "bulletins_adopted");
}

TEST(UnitAssessment, OnlyWholeEndedMonthsInsideThePeriodAreOwed) {
  // January starts before the period; April has not ended on 10 April.
  auto owed = d::assessmentMonthsOwed(day(2026, 1, 15), day(2026, 4, 30), day(2026, 4, 10));
  ASSERT_EQ(owed.size(), 2u);
  EXPECT_EQ(owed[0].key(), "2026-02");
  EXPECT_EQ(owed[1].key(), "2026-03");
  // Across a year's end, the whole year asked on 2 May: January to April.
  owed = d::assessmentMonthsOwed(day(2025, 12, 1), day(2026, 12, 31), day(2026, 5, 2));
  ASSERT_EQ(owed.size(), 5u);
  EXPECT_EQ(owed.front().key(), "2025-12");
  EXPECT_EQ(owed.back().key(), "2026-04");
  // 本月 owes nothing yet.
  EXPECT_TRUE(d::assessmentMonthsOwed(day(2026, 5, 1), day(2026, 5, 2), day(2026, 5, 2)).empty());
}

TEST(UnitAssessment, SortsByAnyColumnWithUnmeasuredPartsLast) {
  const auto units = threeUnits();
  auto rows = d::assessUnits(units, d::defaultAssessmentWeights());
  const auto ids = [&] {
    std::vector<long long> out;
    for (const auto& r : rows) out.push_back(r.facts.unitId);
    return out;
  };
  d::sortAssessments(rows, d::AssessmentSort::ContactCoverage, false);
  EXPECT_EQ(ids(), (std::vector<long long>{12, 11, 13}));
  d::sortAssessments(rows, d::AssessmentSort::ContactCoverage, true);
  EXPECT_EQ(ids(), (std::vector<long long>{11, 12, 13}));
  d::sortAssessments(rows, d::AssessmentSort::Score, false);
  EXPECT_EQ(ids(), (std::vector<long long>{13, 12, 11}));
  d::sortAssessments(rows, d::AssessmentSort::ContactsLogged, true);
  EXPECT_EQ(ids(), (std::vector<long long>{11, 12, 13}));
  for (auto s : d::kAllAssessmentSorts) EXPECT_EQ(d::assessmentSortFromKey(d::assessmentSortKey(s)), s);
  for (auto p : d::kAllAssessmentParts) {
    EXPECT_EQ(d::assessmentPartFromKey(d::assessmentPartKey(p)), p);
    EXPECT_FALSE(d::assessmentPartFormula(p).empty());
  }
}

TEST(UnitAssessment, ReportAndQueryRoundTripOnTheWire) {
  const auto units = threeUnits();
  w::UnitAssessmentReport report;
  report.from = day(2026, 1, 1);
  report.to = day(2026, 6, 30);
  report.generatedAt = "2026-07-01 09:00";
  report.monthsOwed = 6;
  report.weights = d::defaultAssessmentWeights();
  report.rows.items = d::assessUnits(units, report.weights);
  report.rows.total = 3;
  report.rows.page = 1;
  report.rows.pageSize = 20;
  const auto back = w::unitAssessmentReportFromJson(w::unitAssessmentReportToJson(report));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), report);

  d::UnitAssessmentQuery q;
  q.from = day(2026, 1, 1);
  q.to = day(2026, 6, 30);
  q.regionId = 4;
  q.search = "经信";
  q.sortBy = d::AssessmentSort::Satisfaction;
  q.descending = false;
  q.page = 2;
  q.pageSize = 10;
  std::map<std::string, std::string> params;
  const std::string text = w::unitAssessmentQueryString(q);
  EXPECT_NE(text.find("q=%E7%BB%8F%E4%BF%A1"), std::string::npos) << text;
  params = {{"from", "2026-01-01"}, {"to", "2026-06-30"}, {"region_id", "4"}, {"q", "经信"},
            {"sort", "satisfaction"}, {"desc", "0"}, {"page", "2"}, {"page_size", "10"}};
  const auto parsed = w::unitAssessmentQueryFromParams(params, day(2026, 7, 1));
  ASSERT_TRUE(parsed.ok());
  EXPECT_EQ(parsed.value(), q);
  const auto bad = w::unitAssessmentQueryFromParams({{"sort", "nope"}, {"page_size", "500"}}, day(2026, 7, 1));
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().fields.at(0).field, "sort");
  const auto weights = w::assessmentWeightsFromJson(nlohmann::json{{"sign_on_time", 50}});
  ASSERT_FALSE(weights.ok());
  EXPECT_EQ(weights.error().fields.size(), 5u);  // the five parts missing
}
