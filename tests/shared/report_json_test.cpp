// Round trips of the 诉求办理考核 wire mapping and refusals of malformed bodies.
#include <gtest/gtest.h>

#include "report_fixture.hpp"
#include "qinqing/wire/report_json.hpp"

namespace d = qinqing::domain;
namespace w = qinqing::wire;
using nlohmann::json;

TEST(ReportJson, ScorecardRoundTrips) {
  const auto v = qinqing::test::holidayPetitions();
  const d::Scorecard card = d::computeScorecard(v, d::ReportPeriod::month(d::YearMonth{2020, 9}));
  const json j = w::scorecardToJson(card);
  EXPECT_EQ(j["received"], 5);
  EXPECT_EQ(j["appeal_upheld"], 1);
  EXPECT_EQ(j["sign_on_time_rate"]["numerator"], 3);
  EXPECT_EQ(j["sign_on_time_rate"]["denominator"], 4);
  EXPECT_EQ(j["sign_on_time_rate"]["text"], "75.0%");
  auto back = w::scorecardFromJson(json::parse(j.dump()));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), card);
}

TEST(ReportJson, RowsRoundTripWithTheTotal) {
  const auto v = qinqing::test::holidayPetitions();
  const auto rows = d::groupScorecards(v, d::GroupBy::Unit, d::ReportPeriod::all());
  const json j = w::scorecardRowsToJson(rows);
  ASSERT_EQ(j["rows"].size(), 4u);
  EXPECT_EQ(j["rows"][3]["total"], true);
  EXPECT_EQ(j["rows"][2]["card"]["satisfaction_rate"]["text"], "—");
  auto back = w::scorecardRowsFromJson(json::parse(j.dump()));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), rows);
}

TEST(ReportJson, RefusesMalformedCards) {
  EXPECT_FALSE(w::scorecardFromJson(json::array()).ok());
  EXPECT_FALSE(w::scorecardFromJson(json{{"received", -1}}).ok());
  EXPECT_FALSE(w::scorecardFromJson(json{{"received", "5"}}).ok());
  EXPECT_FALSE(w::scorecardFromJson(json{{"satisfaction_rate", {{"numerator", 3}, {"denominator", 2}}}}).ok());
  EXPECT_FALSE(w::scorecardFromJson(json{{"satisfaction_rate", 0.5}}).ok());
  EXPECT_FALSE(w::scorecardRowFromJson(json{{"card", json::object()}}).ok());
  EXPECT_FALSE(w::scorecardRowsFromJson(json{{"rows", json::object()}}).ok());
  auto empty = w::scorecardFromJson(json::object());
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(empty.value(), d::Scorecard{});
}
