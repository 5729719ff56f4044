// 驾驶舱 over the API (issue 12): the reports fixture's four petitions read on Wed 2026-03-04 15:00 —
// open ones by stage and clock standing, the overdue list with who answers for it, units ranked by
// 三率 this year, the weekly trend, the survey tallies — and the petitions behind one bar; only the
// inspector and the city dispatch group are let in, and bad parameters are refused with 400.
#include "qinqing/wire/overview_json.hpp"
#include "report_test_fixture.hpp"

namespace qinqing::backend::testsupport {
namespace {

class OverviewApi : public ReportsApi {
protected:
  json overview(const std::string& token, int expected = 200) {
    auto res = api.get(token, "/api/reports/overview");
    EXPECT_TRUE(res && res->status == expected) << (res ? res->body : "no answer");
    return bodyJson(res);
  }
  json stage(const std::string& query, int expected = 200) {
    auto res = api.get(api.inspector(), "/api/reports/overview/petitions?" + query);
    EXPECT_TRUE(res && res->status == expected) << (res ? res->body : "no answer");
    return bodyJson(res);
  }
  static int count(const json& body, const std::string& stageKey, const std::string& standing) {
    for (const auto& s : body["stages"])
      if (s["stage"] == stageKey) return s["counts"][standing].get<int>();
    ADD_FAILURE() << "no stage " << stageKey;
    return -1;
  }
};

TEST_F(OverviewApi, OpenPetitionsByStageAndStandingWithTheOverdueAndWhoAnswersForThem) {
  const json body = overview(api.inspector());
  EXPECT_EQ(body["today"], "2026-03-04");
  EXPECT_EQ(count(body, "pending_sign", "overdue"), 1);   // P3: due Tue 03-03
  EXPECT_EQ(count(body, "handling", "on_time"), 1);       // P2: 15 working days from Wed
  EXPECT_EQ(count(body, "pending_dispatch", "no_limit"), 1);  // P4: dispatch has no limit
  int open = 0;
  for (const auto& s : body["stages"]) open += s["total"].get<int>();
  EXPECT_EQ(open, 3);  // P1 is closed
  EXPECT_EQ(body["stages"].size(), domain::kOverviewStages.size());
  EXPECT_EQ(body["overdue_total"], 1);
  ASSERT_EQ(body["overdue"].size(), 1u);
  EXPECT_EQ(body["overdue"][0]["id"], p3);
  EXPECT_EQ(body["overdue"][0]["responsible"], kMaojian);
  // The shared decoder the client uses reads the whole answer.
  const auto decoded = wire::dashboardOverviewFromJson(body);
  ASSERT_TRUE(decoded) << decoded.error().message;
  EXPECT_EQ(decoded.value().stages.size(), domain::kOverviewStages.size());
}

TEST_F(OverviewApi, RankingsTrendAndSurveyOfThePeriod) {
  const json body = overview(api.cityDispatcher());
  EXPECT_EQ(body["rank_from"], "2026-01-01");
  EXPECT_EQ(body["rank_to"], "2026-03-04");
  const auto decoded = wire::dashboardOverviewFromJson(body).value();
  bool found = false;
  for (const auto& r : decoded.units) {
    if (r.name != kJingxinju) continue;
    found = true;
    EXPECT_EQ(r.card.count(domain::Figure::Received), 2);
    EXPECT_EQ(r.card.rate(domain::Figure::SignOnTimeRate), (domain::Rate{1, 2}));  // P1 on time, P2 late
    EXPECT_EQ(r.card.rate(domain::Figure::FinishOnTimeRate), (domain::Rate{1, 1}));
    EXPECT_EQ(r.card.rate(domain::Figure::SatisfactionRate), (domain::Rate{1, 1}));
  }
  EXPECT_TRUE(found);
  ASSERT_EQ(decoded.weeks.size(), static_cast<std::size_t>(wire::kOverviewWeeks));
  EXPECT_EQ(decoded.weeks.back().weekStart.toIso(), "2026-03-02");
  EXPECT_EQ(decoded.weeks.back().received, 4);
  EXPECT_EQ(decoded.weeks.back().finished, 1);  // P1's result on Tue
  int earlier = 0;
  for (std::size_t i = 0; i + 1 < decoded.weeks.size(); ++i) earlier += decoded.weeks[i].received + decoded.weeks[i].finished;
  EXPECT_EQ(earlier, 0);
  // Early in 2026-Q1 nobody has answered yet: the overview shows the last quarter's answers (the
  // test server's demo content answered 2025-Q4).
  EXPECT_EQ(body["survey"]["quarter"], "2025-Q4") << body["survey"].dump();
  EXPECT_GT(decoded.survey.answerCount, 0);
}

TEST_F(OverviewApi, DueTodayTheNextMorning) {
  const long long p5 = api.submitNew().summary.id;  // Wed 15:00: review due Thu 03-05
  api.setTime(cst(2026, 3, 5, 9, 0));
  const json body = overview(api.inspector());
  EXPECT_EQ(count(body, "pending_review", "due_today"), 1);
  const json rows = stage("stage=pending_review&standing=due_today");
  EXPECT_EQ(rows["total"], 1);
  EXPECT_EQ(rows["items"][0]["id"], p5);
  EXPECT_EQ(stage("stage=pending_review&standing=overdue")["total"], 0);
}

TEST_F(OverviewApi, ThePetitionsBehindABar) {
  const json overdue = stage("stage=pending_sign&standing=overdue");
  EXPECT_EQ(overdue["total"], 1);
  ASSERT_EQ(overdue["items"].size(), 1u);
  EXPECT_EQ(overdue["items"][0]["id"], p3);
  EXPECT_EQ(stage("stage=handling&standing=on_time")["items"][0]["id"], p2);
  EXPECT_EQ(stage("stage=handling&standing=overdue")["total"], 0);
  EXPECT_EQ(stage("stage=pending_dispatch&standing=no_limit")["items"][0]["id"], p4);
  const json refused = stage("stage=closed&standing=overdue", 400);
  EXPECT_EQ(refused["error"]["code"], "invalid_input");
  stage("stage=handling&standing=late", 400);
  stage("standing=overdue", 400);
}

TEST_F(OverviewApi, OnlyTheInspectorAndTheCityDispatchGroup) {
  for (const std::string& token : {api.unitAdmin(), api.countyAdmin(), api.industryDispatcher(), api.enterprise(),
                                   api.cadre(), api.sysadmin()}) {
    overview(token, 403);
    auto res = api.get(token, "/api/reports/overview/petitions?stage=handling&standing=on_time");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 403);
  }
  auto anonymous = api.get("", "/api/reports/overview");
  ASSERT_TRUE(anonymous);
  EXPECT_EQ(anonymous->status, 401);
}

}  // namespace
}  // namespace qinqing::backend::testsupport
