// 单位考核 over the API (issue 12, §5): the reports fixture's two March petitions of 十堰市经信局
// plus its cadre's contacts, the enterprise's 经营状况 months and two bulletins, read on Mon
// 2026-06-01 for March–May (three months owed). The figures and the score are checked by hand;
// the reader's scope picks the rows without changing a unit's score or rank; the weights are the
// system administrator's (validated, audited, nothing half-written) and change the score; exports
// hold the same numbers; roles without 单位考核 are refused.
#include "base_data_client.hpp"
#include "qinqing/wire/assessment_json.hpp"
#include "report_test_fixture.hpp"

namespace qinqing::backend::testsupport {
namespace {

const std::string kSpring = "from=2026-03-01&to=2026-05-31";

class AssessmentApi : public ReportsApi {
protected:
  long long xinyuan = 0;
  long long cadres = 0;       // of 经信局, from the demo
  long long enterprises = 0;  // served by them

  void SetUp() override {
    ReportsApi::SetUp();
    SQLite::Database db = openReadOnly(server);
    xinyuan = selectCount(db, "SELECT id FROM enterprises WHERE name = '十堰市鑫源汽车零部件有限公司'");
    const std::string unit = std::to_string(api.unitId(kJingxinju));
    cadres = selectCount(db, "SELECT count(*) FROM cadres WHERE unit_id = " + unit);
    enterprises = selectCount(
        db, "SELECT count(*) FROM enterprises e JOIN cadres c ON c.id = e.cadre_id WHERE c.unit_id = " + unit);
    ASSERT_GT(cadres, 0);
    ASSERT_GT(enterprises, 0);
    // The demo logged one contact with 鑫源 on Sun 03-01 (its first of the month); April gets two
    // more (one enterprise-month); 经营状况 for March and April; two bulletins, one adopted.
    api.setTime(cst(2026, 4, 10, 10, 0));
    const std::string contacts = "/api/enterprises/" + std::to_string(xinyuan) + "/contacts";
    for (const char* day : {"2026-04-08", "2026-04-09"}) {
      auto res = api.post(api.cadre(), contacts,
                          json{{"date", day}, {"way", "visit"}, {"summary", "走访企业了解二季度订单"}, {"follow_up", ""}});
      ASSERT_EQ(status(res), 201) << (res ? res->body : "");
    }
    for (const char* month : {"2026-03", "2026-04"}) {
      auto res = api.put(api.enterprise(), "/api/enterprises/" + std::to_string(xinyuan) + "/operating-status/" + month,
                         json{{"state", "normal"}, {"output_value", "1200"}, {"revenue", "980.5"}, {"employees", 120},
                              {"difficulties", ""}});
      ASSERT_EQ(status(res), 200) << (res ? res->body : "");
    }
    long long story = 0;
    for (const char* title : {"帮助鑫源公司解决用电难题", "政策宣讲进园区"}) {
      auto res = api.post(api.cadre(), "/api/bulletins", json{{"title", title}, {"body", "包联干部多次走访……"}});
      ASSERT_EQ(status(res), 201) << (res ? res->body : "");
      if (story == 0) story = bodyJson(res)["id"].get<long long>();
    }
    ASSERT_EQ(status(api.post(api.sysadmin(), "/api/publish/bulletins/" + std::to_string(story) + "/review",
                              json{{"review", "adopt"}})),
              200);
    api.setTime(cst(2026, 6, 1, 9, 0));
  }

  json assessment(const std::string& token, const std::string& query = kSpring, int expected = 200) {
    auto res = api.get(token, "/api/reports/unit-assessment?" + query);
    EXPECT_TRUE(res && res->status == expected) << (res ? res->body : "no answer");
    return bodyJson(res);
  }
  static const json& rowOf(const json& body, const std::string& unit) {
    for (const auto& r : body["items"])
      if (r["unit"]["name"] == unit) return r;
    ADD_FAILURE() << "no row " << unit << " in " << body.dump();
    static const json none = json::object();
    return none;
  }
  // 0.5×20 + 1×25 + 1×25 + (2 ÷ 3E)×15 + (2 ÷ 3E)×10 + 1×5 = 65 + 50 ÷ 3E, in hundredths.
  long long expectedScore() const { return std::llround((65.0 + 50.0 / (3.0 * enterprises)) * 100); }
};

TEST_F(AssessmentApi, EveryFigureAndTheScoreOfAUnitByHand) {
  const json body = assessment(api.unitAdmin());
  EXPECT_EQ(body["months_owed"], 3);  // March, April, May
  ASSERT_EQ(body["total"], 1);        // a unit administrator reads its own unit
  const json& row = body["items"][0];
  EXPECT_EQ(row["unit"]["name"], kJingxinju);
  EXPECT_EQ(row["cadres"], cadres);
  EXPECT_EQ(row["enterprises"], enterprises);
  EXPECT_EQ(row["received"], 2);
  EXPECT_EQ(row["sign_on_time_rate"]["numerator"], 1);  // P2 was signed late
  EXPECT_EQ(row["sign_on_time_rate"]["denominator"], 2);
  EXPECT_EQ(row["finish_on_time_rate"]["denominator"], 1);
  EXPECT_EQ(row["satisfaction_rate"]["numerator"], 1);
  EXPECT_EQ(row["contacts_logged"], 3);
  EXPECT_EQ(row["contacted_months"], 2);  // 鑫源 in March and in April
  EXPECT_EQ(row["operating_reported"], 2);
  EXPECT_EQ(row["enterprise_months_owed"], 3 * enterprises);
  EXPECT_EQ(row["bulletins_submitted"], 2);
  EXPECT_EQ(row["bulletins_adopted"], 1);
  EXPECT_DOUBLE_EQ(row["parts"]["bulletins_adopted"]["ratio"].get<double>(), 1.0);  // the city's only one
  EXPECT_DOUBLE_EQ(row["parts"]["sign_on_time"]["points"].get<double>(), 10.0);
  EXPECT_EQ(row["score"], expectedScore());
  EXPECT_EQ(row["rank"].get<int>() >= 1, true);
  const auto decoded = wire::unitAssessmentReportFromJson(body);
  ASSERT_TRUE(decoded) << decoded.error().message;
  EXPECT_EQ(decoded.value().weights, domain::defaultAssessmentWeights());
}

TEST_F(AssessmentApi, ScopePicksTheRowsAndKeepsEachUnitsScoreAndRank) {
  const json own = rowOf(assessment(api.unitAdmin()), kJingxinju);
  const json all = assessment(api.inspector(), kSpring + "&page_size=100");
  EXPECT_EQ(rowOf(all, kJingxinju)["score"], own["score"]);
  EXPECT_EQ(rowOf(all, kJingxinju)["rank"], own["rank"]);
  EXPECT_GT(all["total"].get<int>(), 1);
  // Sorted by score on the server: ranks never decrease down the page.
  int lastRank = 0;
  for (const auto& r : all["items"]) {
    if (r["rank"] == 0) continue;
    EXPECT_GE(r["rank"].get<int>(), lastRank);
    lastRank = r["rank"].get<int>();
  }
  // 茅箭区管理员: only the county's units, 经信局 (a city unit) not among them.
  SQLite::Database db = openReadOnly(server);
  const long long maojian = api.regionId(kMaojian);
  const json county = assessment(api.countyAdmin(), kSpring + "&page_size=100");
  for (const auto& r : county["items"]) {
    EXPECT_NE(r["unit"]["name"], kJingxinju);
    EXPECT_EQ(selectCount(db, "SELECT region_id FROM units WHERE id = " + std::to_string(r["unit"]["id"].get<long long>())),
              maojian);
  }
  // A filter narrows, never widens: the county asking for another region gets nothing.
  const long long city = selectCount(db, "SELECT region_id FROM units WHERE name = '十堰市经信局'");
  EXPECT_EQ(assessment(api.countyAdmin(), kSpring + "&region_id=" + std::to_string(city))["total"], 0);
  // Search and paging on the server.
  const json searched = assessment(api.inspector(), kSpring + "&q=%E7%BB%8F%E4%BF%A1");  // 经信
  ASSERT_GE(searched["total"].get<int>(), 1);
  for (const auto& r : searched["items"]) EXPECT_NE(r["unit"]["name"].get<std::string>().find("经信"), std::string::npos);
  const json page2 = assessment(api.inspector(), kSpring + "&page_size=2&page=2&sort=unit&desc=0");
  EXPECT_EQ(page2["items"].size(), 2u);
  EXPECT_EQ(page2["page"], 2);
  for (const std::string& token : {api.enterprise(), api.cadre(), api.sysadmin()})
    assessment(token, kSpring, 403);
  assessment(api.inspector(), "from=2026-05-01&to=2026-03-01", 400);
  assessment(api.inspector(), kSpring + "&sort=nope", 400);
}

TEST_F(AssessmentApi, TheSystemAdministratorSetsTheWeightsAndTheScoreFollows) {
  const auto weights = [&](const std::string& token, int expected = 200) {
    auto res = api.get(token, "/api/settings/assessment-weights");
    EXPECT_EQ(status(res), expected);
    return bodyJson(res);
  };
  EXPECT_EQ(weights(api.sysadmin()), wire::assessmentWeightsToJson(domain::defaultAssessmentWeights()));
  EXPECT_EQ(weights(api.unitAdmin())["satisfaction"], 25);
  weights(api.enterprise(), 403);

  // Sum 99: refused with the field named, nothing stored.
  json bad = wire::assessmentWeightsToJson(domain::defaultAssessmentWeights());
  bad["bulletins_adopted"] = 4;
  auto refused = api.put(api.sysadmin(), "/api/settings/assessment-weights", bad);
  EXPECT_EQ(status(refused), 400);
  EXPECT_EQ(errorFields(refused), std::vector<std::string>{"total"});
  EXPECT_EQ(weights(api.sysadmin())["bulletins_adopted"], 5);
  // Only the system administrator changes them, whatever the body.
  json onlyRates = json{{"sign_on_time", 0}, {"finish_on_time", 0}, {"satisfaction", 100},
                        {"contact_coverage", 0}, {"operating_reports", 0}, {"bulletins_adopted", 0}};
  EXPECT_EQ(status(api.put(api.inspector(), "/api/settings/assessment-weights", onlyRates)), 403);
  EXPECT_EQ(status(api.put(api.unitAdmin(), "/api/settings/assessment-weights", onlyRates)), 403);
  auto saved = api.put(api.sysadmin(), "/api/settings/assessment-weights", onlyRates);
  ASSERT_EQ(status(saved), 200) << (saved ? saved->body : "");
  EXPECT_EQ(bodyJson(saved), onlyRates);
  // 经信局's one rating was 满意: 100 points.
  const json after = assessment(api.unitAdmin());
  EXPECT_EQ(after["weights"], onlyRates);
  EXPECT_EQ(after["items"][0]["score"], 10000);
  SQLite::Database db = openReadOnly(server);
  EXPECT_EQ(selectCount(db, "SELECT count(*) FROM audit_log WHERE action = 'setting.changed' AND object_id = 'assessment.weights'"), 1);
}

TEST_F(AssessmentApi, ExportsHoldTheSameNumbers) {
  auto csv = api.get(api.unitAdmin(), "/api/reports/unit-assessment/export?" + kSpring + "&format=csv");
  ASSERT_EQ(status(csv), 200);
  EXPECT_EQ(csv->body.rfind("\xEF\xBB\xBF", 0), 0u);  // BOM for Chinese Excel
  EXPECT_NE(csv->body.find("单位考核统计表（2026-03-01 至 2026-05-31）"), std::string::npos);
  EXPECT_NE(csv->body.find("按时签收率（权重20）"), std::string::npos);
  char score[16];
  std::snprintf(score, sizeof score, "%.2f", expectedScore() / 100.0);
  EXPECT_NE(csv->body.find(std::string(kJingxinju)), std::string::npos);
  EXPECT_NE(csv->body.find(score), std::string::npos) << csv->body;
  auto xlsx = api.get(api.unitAdmin(), "/api/reports/unit-assessment/export?" + kSpring + "&format=xlsx");
  ASSERT_EQ(status(xlsx), 200);
  const std::string sheet = zipEntry(xlsx->body, "xl/worksheets/sheet1.xml");
  ASSERT_FALSE(sheet.empty());
  char number[32];
  std::snprintf(number, sizeof number, "<v>%.16g</v>", expectedScore() / 100.0);  // 总分 as a number
  EXPECT_NE(sheet.find(number), std::string::npos) << number;
  EXPECT_NE(sheet.find("<v>0.5</v>"), std::string::npos);  // 按时签收率 as a number
  EXPECT_EQ(status(api.get(api.cadre(), "/api/reports/unit-assessment/export?" + kSpring)), 403);
}

// The 行业组 filter of every report lists the six groups: report readers read them, others not.
TEST_F(AssessmentApi, ReportReadersListTheIndustryGroupsForTheirFilters) {
  for (const std::string& token : {api.unitAdmin(), api.countyAdmin(), api.cityDispatcher(), api.industryDispatcher(),
                                   api.inspector(), api.sysadmin()}) {
    auto res = api.get(token, "/api/industry-groups");
    ASSERT_EQ(status(res), 200);
    EXPECT_EQ(bodyJson(res)["items"].size(), 6u);
  }
  EXPECT_EQ(status(api.get(api.enterprise(), "/api/industry-groups")), 403);
  EXPECT_EQ(status(api.get(api.cadre(), "/api/industry-groups")), 403);
  EXPECT_EQ(status(api.put(api.inspector(), "/api/units/1", json{{"name", "越权"}})), 403);
}

}  // namespace
}  // namespace qinqing::backend::testsupport
