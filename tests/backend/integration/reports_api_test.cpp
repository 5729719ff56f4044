// 诉求办理统计表 over the API (issue 12): four petitions with hand-checked outcomes, counted per unit
// and per county, within each reader's scope; the petitions behind a cell; the same figures in the
// .xlsx and CSV exports; and the stored facts agreeing with shared/report on the same petitions.
#include "report/report_facts.hpp"
#include "report_test_fixture.hpp"

namespace qinqing::backend::testsupport {
namespace {
using domain::PetitionAction;
using domain::Rating;
using nlohmann::json;

TEST_F(ReportsApi, ByUnitCountsEachPetitionOnceUnderItsHolder) {
  const json body = stats(api.inspector(), "group_by=unit&" + kMarch);
  ASSERT_EQ(body["rows"].size(), 3u) << body.dump();  // 经信局, 县市区承办及未分办 (P3 county, P4), 合计
  const json& unit = row(body, kJingxinju)["card"];
  EXPECT_EQ(unit["received"], 2);
  EXPECT_EQ(unit["signed_on_time"], 1);
  EXPECT_EQ(unit["signed_late"], 1);
  EXPECT_EQ(unit["finished_on_time"], 1);
  EXPECT_EQ(unit["open_now"], 1);
  EXPECT_EQ(unit["overdue_now"], 0);
  EXPECT_EQ(unit["rated_satisfied"], 1);
  EXPECT_EQ(unit["sign_on_time_rate"]["text"], "50.0%");
  EXPECT_EQ(unit["satisfaction_rate"]["text"], "100.0%");
  const json& none = row(body, "县市区承办及未分办")["card"];
  EXPECT_EQ(none["received"], 2);
  EXPECT_EQ(none["overdue_now"], 1);  // P3: its sign day ended with Tue 03-03
  EXPECT_EQ(none["sign_on_time_rate"]["text"], "—");
  EXPECT_EQ(total(body)["total"], true);
  EXPECT_EQ(total(body)["card"]["received"], 4);
  EXPECT_EQ(total(body)["card"]["open_now"], 3);
}

TEST_F(ReportsApi, ByCountyAndAnEmptyPeriod) {
  const json body = stats(api.inspector(), "group_by=region&" + kMarch);
  EXPECT_EQ(row(body, kMaojian)["card"]["received"], 1);
  EXPECT_EQ(row(body, kMaojian)["card"]["overdue_now"], 1);
  EXPECT_EQ(row(body, "未分办")["card"]["received"], 1);
  const json february = stats(api.inspector(), "group_by=region&from=2026-02-01&to=2026-02-28");
  ASSERT_EQ(february["rows"].size(), 1u);  // only 合计
  EXPECT_EQ(total(february)["card"]["received"], 0);
}

TEST_F(ReportsApi, EachReaderCountsOnlyItsOwnScope) {
  EXPECT_EQ(total(stats(api.unitAdmin(), kMarch))["card"]["received"], 2);
  EXPECT_EQ(total(stats(api.countyAdmin(), kMarch))["card"]["received"], 1);
  EXPECT_EQ(total(stats(api.industryDispatcher(), kMarch))["card"]["received"], 4);  // 鑫源 is in 经信组
  EXPECT_EQ(total(stats(api.cityDispatcher(), kMarch))["card"]["received"], 4);
  // A filter narrows the scope and never widens it: the unit admin asking for 茅箭区 gets nothing.
  const long long maojian = api.regionId(kMaojian);
  EXPECT_EQ(total(stats(api.unitAdmin(), kMarch + "&region_id=" + std::to_string(maojian)))["card"]["received"], 0);
  for (const std::string& token : {api.enterprise(), api.cadre(), api.sysadmin()}) {
    auto res = api.get(token, "/api/reports/petition-stats?" + kMarch);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 403) << res->body;
  }
}

TEST_F(ReportsApi, BadQueriesNameTheirField) {
  auto res = api.get(api.inspector(), "/api/reports/petition-stats?from=2026-03-31&to=2026-03-01");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  EXPECT_EQ(errorFields(res), std::vector<std::string>{"to"});
  res = api.get(api.inspector(), "/api/reports/petition-stats?group_by=planet&sort=nothing&unit_id=-3");
  EXPECT_EQ(errorFields(res), (std::vector<std::string>{"group_by", "sort", "unit_id"}));
  res = api.get(api.inspector(), "/api/reports/petition-stats/cell?figure=nothing");
  EXPECT_EQ(errorFields(res), std::vector<std::string>{"figure"});
}

TEST_F(ReportsApi, ACellOpensThePetitionsItCounts) {
  const std::string unit = std::to_string(api.unitId(kJingxinju));
  auto cell = [&](const std::string& token, const std::string& query) {
    auto res = api.get(token, "/api/reports/petition-stats/cell?group_by=unit&" + kMarch + "&" + query);
    EXPECT_TRUE(res && res->status == 200) << (res ? res->body : "");
    const json body = bodyJson(res);  // held: a range-for over a member of a temporary would dangle
    std::vector<long long> ids;
    for (const auto& item : body["items"]) ids.push_back(item["id"].get<long long>());
    return ids;
  };
  EXPECT_EQ(cell(api.inspector(), "key=" + unit + "&figure=signed_late"), std::vector<long long>{p2});
  EXPECT_EQ(cell(api.inspector(), "figure=overdue_now"), std::vector<long long>{p3});
  EXPECT_EQ(cell(api.inspector(), "key=" + unit + "&figure=sign_on_time_rate"), std::vector<long long>{p1});
  EXPECT_EQ(cell(api.inspector(), "key=" + unit + "&figure=sign_on_time_rate&part=denominator"),
            (std::vector<long long>{p2, p1}));
  EXPECT_EQ(cell(api.inspector(), "key=0&figure=received"), (std::vector<long long>{p4, p3}));
  EXPECT_EQ(cell(api.countyAdmin(), "figure=received"), std::vector<long long>{p3});
  EXPECT_TRUE(cell(api.unitAdmin(), "figure=overdue_now").empty());
}

TEST_F(ReportsApi, SortingKeepsTheTotalLast) {
  const json body = stats(api.inspector(), "group_by=unit&sort=overdue_now&desc=1&" + kMarch);
  ASSERT_EQ(body["rows"].size(), 3u);
  EXPECT_EQ(body["rows"][0]["name"], "县市区承办及未分办");
  EXPECT_EQ(body["rows"][2]["name"], "合计");
}

TEST_F(ReportsApi, ExportsHoldTheSameFigures) {
  auto csv = api.get(api.unitAdmin(), "/api/reports/petition-stats/export?format=csv&" + kMarch);
  ASSERT_TRUE(csv && csv->status == 200) << (csv ? csv->body : "");
  EXPECT_EQ(csv->body.rfind("\xEF\xBB\xBF", 0), 0u);
  EXPECT_NE(csv->body.find("诉求办理统计表（按承办单位，2026-03-01 至 2026-03-31）"), std::string::npos);
  EXPECT_NE(csv->body.find("\"承办单位\",\"收到诉求\",\"按时签收\",\"超时签收\""), std::string::npos) << csv->body;
  EXPECT_NE(csv->body.find("\"十堰市经信局\",\"2\",\"1\",\"1\""), std::string::npos) << csv->body;
  EXPECT_NE(csv->body.find("\"50.0%\""), std::string::npos);
  EXPECT_NE(csv->get_header_value("Content-Disposition").find("filename*=UTF-8''"), std::string::npos);

  auto xlsx = api.get(api.unitAdmin(), "/api/reports/petition-stats/export?format=xlsx&" + kMarch);
  ASSERT_TRUE(xlsx && xlsx->status == 200);
  EXPECT_EQ(xlsx->body.rfind("PK", 0), 0u);
  const std::string sheet = zipEntry(xlsx->body, "xl/worksheets/sheet1.xml");
  ASSERT_FALSE(sheet.empty());
  EXPECT_NE(sheet.find("十堰市经信局"), std::string::npos);
  EXPECT_NE(sheet.find("<pane xSplit=\"1\" ySplit=\"3\""), std::string::npos);  // header frozen
  // Row 4 (the unit): numbers as numbers, not text: B4 (收到诉求) = 2, T4 (按时签收率) = 0.5.
  const auto cellValue = [&](const std::string& ref) {
    const auto at = sheet.find("<c r=\"" + ref + "\"");
    if (at == std::string::npos) return std::string("(no cell)");
    const auto end = sheet.find("</c>", at);
    const std::string cell = sheet.substr(at, end - at);
    if (cell.find("t=\"") != std::string::npos) return "(text) " + cell;
    const auto v = cell.find("<v>");
    return v == std::string::npos ? cell : cell.substr(v + 3, cell.find("</v>") - v - 3);
  };
  EXPECT_EQ(cellValue("B4"), "2");
  EXPECT_EQ(cellValue("C4"), "1");
  EXPECT_EQ(cellValue("T4"), "0.5");
  auto bad = api.get(api.unitAdmin(), "/api/reports/petition-stats/export?format=pdf");
  EXPECT_EQ(errorFields(bad), std::vector<std::string>{"format"});
}

// The stored per-petition counts, summed by SQL, are what shared/report computes from the facts.
TEST_F(ReportsApi, StoredFactsAgreeWithTheSharedDefinitions) {
  std::vector<domain::ScoredPetition> facts;
  for (long long id : {p1, p2, p3, p4}) {
    auto f = report::readScoredPetition(api.db(), id);
    ASSERT_TRUE(f);
    f->overdueNow = domain::petitionOverdueAt(*f, domain::Instant::fromUnixSeconds(cst(2026, 3, 4, 15, 0)));
    facts.push_back(*f);
  }
  const auto expected = domain::computeScorecard(facts, domain::ReportPeriod::all());
  auto card = wire::scorecardFromJson(total(stats(api.inspector(), kMarch))["card"]);
  ASSERT_TRUE(card.ok());
  EXPECT_EQ(card.value(), expected);
  EXPECT_EQ(api.scalar("SELECT count(*) FROM petition_report_facts"), 4);
}

}  // namespace
}  // namespace qinqing::backend::testsupport
