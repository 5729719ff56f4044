// 诉求办理明细 over the API (issue 12): the four hand-checked petitions of the reports fixture as
// rows with every step's due date and result (the same facts the 统计表 counts), in each reader's
// scope, sorted, searched and paged on the server; and the export job writing every row to .xlsx
// and CSV, followed by long polling, downloadable only by the account that started it.
#include "report_test_fixture.hpp"

namespace qinqing::backend::testsupport {
namespace {

class PetitionDetailsApi : public ReportsApi {
protected:
  json details(const std::string& token, const std::string& query, int expected = 200) {
    auto res = api.get(token, "/api/reports/petition-details?" + kMarch + "&" + query);
    EXPECT_TRUE(res && res->status == expected) << (res ? res->body : "no answer");
    return bodyJson(res);
  }
  static json byId(const json& body, long long id) {
    for (const auto& r : body["items"])
      if (r["id"] == id) return r;
    ADD_FAILURE() << "no petition " << id << " in " << body.dump();
    return json::object();
  }
  // Starts an export and polls it to its end; the last status.
  json exportToEnd(const std::string& token, const std::string& query) {
    auto started = api.post(token, "/api/reports/petition-details/exports?" + kMarch + "&" + query, json::object());
    EXPECT_TRUE(started && started->status == 202) << (started ? started->body : "no answer");
    json job = bodyJson(started);
    for (int i = 0; i < 50 && job.value("phase", "") != "done" && job.value("phase", "") != "failed"; ++i) {
      auto res = api.get(token, "/api/export-jobs/" + std::to_string(job["id"].get<long long>()) +
                                    "?after_version=" + std::to_string(job["version"].get<long long>()));
      EXPECT_TRUE(res && res->status == 200);
      job = bodyJson(res);
    }
    return job;
  }
};

TEST_F(PetitionDetailsApi, EveryPetitionWithItsStepsDueDatesAndResults) {
  const json body = details(api.inspector(), "");
  EXPECT_EQ(body["total"], 4);
  const json one = byId(body, p1);
  EXPECT_EQ(one["handler"], kJingxinju);
  EXPECT_EQ(one["sign_result"], "on_time");
  EXPECT_EQ(one["finish_result"], "on_time");
  EXPECT_EQ(one["rating"], "satisfied");
  EXPECT_EQ(one["state"], "closed");
  EXPECT_FALSE(one["dispatched_at"].is_null());
  EXPECT_EQ(one["sign_due"], "2026-03-03T23:59:59+08:00");  // 1 working day after Mon 03-02
  const json two = byId(body, p2);
  EXPECT_EQ(two["sign_result"], "late");  // signed Wed 03-04, due Tue 03-03
  EXPECT_EQ(two["finish_result"], "running");
  EXPECT_TRUE(two["rating"].is_null());
  const json three = byId(body, p3);
  EXPECT_EQ(three["handler"], kMaojian);
  EXPECT_EQ(three["sign_result"], "overdue");
  EXPECT_TRUE(three["signed_at"].is_null());
  const json four = byId(body, p4);
  EXPECT_EQ(four["handler"], "");
  EXPECT_EQ(four["sign_result"], "not_reached");
  EXPECT_TRUE(four["sign_due"].is_null());
  // Decoded by the shared mapping the client uses.
  const auto page = wire::petitionDetailPageFromJson(body);
  ASSERT_TRUE(page) << page.error().message;
  EXPECT_EQ(page.value().items.size(), 4u);
}

TEST_F(PetitionDetailsApi, EachReaderSeesOnlyItsScopeAndOthersNothing) {
  EXPECT_EQ(details(api.unitAdmin(), "")["total"], 2);    // P1, P2 at 经信局
  EXPECT_EQ(details(api.countyAdmin(), "")["total"], 1);  // P3 at 茅箭区
  EXPECT_EQ(details(api.cityDispatcher(), "")["total"], 4);
  details(api.enterprise(), "", 403);
  details(api.cadre(), "", 403);
  details(api.sysadmin(), "", 403);
  auto refused = api.post(api.enterprise(), "/api/reports/petition-details/exports?" + kMarch, json::object());
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->status, 403);
}

TEST_F(PetitionDetailsApi, SortedSearchedAndPagedOnTheServer) {
  const json ascending = details(api.inspector(), "sort=number&order=asc");
  const json descending = details(api.inspector(), "sort=number&order=desc");
  ASSERT_EQ(ascending["items"].size(), 4u);
  EXPECT_EQ(ascending["items"][0]["id"], descending["items"][3]["id"]);
  EXPECT_LT(ascending["items"][0]["number"].get<std::string>(), ascending["items"][1]["number"].get<std::string>());
  const std::string number = byId(ascending, p3)["number"];
  const json found = details(api.inspector(), "q=" + number);
  ASSERT_EQ(found["total"], 1);
  EXPECT_EQ(found["items"][0]["id"], p3);
  const json page = details(api.inspector(), "page=2&page_size=3");
  EXPECT_EQ(page["total"], 4);
  EXPECT_EQ(page["items"].size(), 1u);
  const json bySignDue = details(api.inspector(), "sort=sign_due&order=asc");
  EXPECT_EQ(bySignDue["items"][3]["id"], p4);  // no sign clock: last either way
  auto bad = api.get(api.inspector(), "/api/reports/petition-details?from=2026-03-31&to=2026-03-01");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_EQ(errorFields(bad), std::vector<std::string>{"to"});
}

TEST_F(PetitionDetailsApi, AnExportJobWritesEveryRowForItsOwnerOnly) {
  const json job = exportToEnd(api.unitAdmin(), "format=xlsx");
  ASSERT_EQ(job["phase"], "done") << job.dump();
  EXPECT_EQ(job["rows_total"], 2);
  EXPECT_EQ(job["rows_done"], 2);
  EXPECT_EQ(job["file_name"], "诉求办理明细_2026-03-01_2026-03-31.xlsx");
  const std::string path = "/api/export-jobs/" + std::to_string(job["id"].get<long long>());
  auto file = api.get(api.unitAdmin(), path + "/file");
  ASSERT_TRUE(file && file->status == 200);
  EXPECT_NE(file->get_header_value("Content-Disposition").find("filename*=UTF-8''"), std::string::npos);
  const std::string sheet = zipEntry(file->body, "xl/worksheets/sheet1.xml");
  ASSERT_FALSE(sheet.empty());
  EXPECT_NE(sheet.find("诉求办理明细（2026-03-01 至 2026-03-31）"), std::string::npos);
  EXPECT_NE(sheet.find("签收期限"), std::string::npos);
  EXPECT_NE(sheet.find("超时"), std::string::npos);      // P2 signed late
  EXPECT_NE(sheet.find("满意"), std::string::npos);      // P1's rating
  EXPECT_EQ(sheet.find("茅箭区"), std::string::npos);    // P3 is not the unit's
  EXPECT_NE(sheet.find("<pane xSplit=\"1\" ySplit=\"3\""), std::string::npos);

  // Another reader's job does not exist for this one.
  auto other = api.get(api.inspector(), path);
  ASSERT_TRUE(other);
  EXPECT_EQ(other->status, 404);
  other = api.get(api.inspector(), path + "/file");
  ASSERT_TRUE(other);
  EXPECT_EQ(other->status, 404);

  const json csvJob = exportToEnd(api.inspector(), "format=csv&sort=number&order=asc");
  ASSERT_EQ(csvJob["phase"], "done");
  auto csv = api.get(api.inspector(), "/api/export-jobs/" + std::to_string(csvJob["id"].get<long long>()) + "/file");
  ASSERT_TRUE(csv && csv->status == 200);
  EXPECT_EQ(csv->body.rfind("\xEF\xBB\xBF", 0), 0u);
  EXPECT_NE(csv->body.find("\"诉求编号\",\"诉求标题\",\"企业名称\""), std::string::npos) << csv->body;
  std::size_t lines = 0;
  for (char c : csv->body) lines += c == '\n';
  EXPECT_EQ(lines, 3u + 4u);  // title, filter, header, four petitions
  auto badFormat = api.post(api.inspector(), "/api/reports/petition-details/exports?format=pdf", json::object());
  ASSERT_TRUE(badFormat);
  EXPECT_EQ(badFormat->status, 400);
  EXPECT_EQ(errorFields(badFormat), std::vector<std::string>{"format"});
}

}  // namespace
}  // namespace qinqing::backend::testsupport
