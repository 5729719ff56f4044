// 政策指南 and 简报投稿 over HTTP. Policies: drafts stay with 系统管理员, an enterprise sees the
// guides that fit its industry and region first labelled 与贵企业相关, unread marks, search, edits
// after publishing are versions. Bulletins: cadres and enterprises submit, edit while 待审核 or
// 退回修改, 系统管理员 reviews, adopted ones are read by every reader role, per-unit counts; the
// inspector only reads.
#include <gtest/gtest.h>

#include "base_data_client.hpp"
#include "demo_accounts.hpp"
#include "qinqing/wire/json_fields.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;
using Status = httplib::StatusCode;
using nlohmann::json;

namespace {

class ContentApi : public ::testing::Test {
protected:
  ApiClient as(Role role) { return ApiClient{m_server, loginAs(m_server, role)}; }
  long long enterpriseField(const std::string& column) {
    return selectCount(m_db, "SELECT coalesce(" + column + ", 0) FROM enterprises WHERE name = '十堰市鑫源汽车零部件有限公司'");
  }
  json policy(const std::string& title, std::vector<long long> industries, std::vector<long long> regions,
              const std::string& issuedOn = "2026-02-01") {
    return {{"title", title}, {"issuer", "十堰市人民政府办公室"}, {"document_number", "十政办发〔2026〕3号"},
            {"issued_on", issuedOn}, {"valid_until", "2027-12-31"}, {"industry_group_ids", industries},
            {"region_ids", regions}, {"summary", title + "的要点"}, {"body", title + "全文（测试政策）：支持企业稳岗扩产。"}};
  }
  long long publishPolicy(ApiClient& admin, const json& body) {
    auto res = admin.post("/api/publish/policies", body);
    EXPECT_EQ(status(res), Status::Created_201) << (res ? res->body : "");
    const long long id = bodyJson(res)["id"].get<long long>();
    EXPECT_EQ(status(admin.post("/api/publish/policies/" + std::to_string(id) + "/publish", json::object())), Status::OK_200);
    return id;
  }

  TestServer m_server{{.clock = FakeClock()}};  // 2026-03-02
  SQLite::Database m_db = openReadOnly(m_server);
};

TEST_F(ContentApi, AnEnterpriseSeesFittingPoliciesFirstLabelledRelevant) {
  auto admin = as(Role::SystemAdmin);
  const long long group = enterpriseField("industry_group_id");
  const long long region = enterpriseField("region_id");
  const long long otherGroup = selectCount(m_db, "SELECT min(id) FROM industry_groups WHERE id <> " + std::to_string(group));
  const long long general = publishPolicy(admin, policy("十堰市促进民营经济发展若干措施", {}, {}, "2026-02-20"));
  const long long fitsBoth = publishPolicy(
      admin, policy("汽车零部件产业链提升专项政策", group > 0 ? std::vector<long long>{group} : std::vector<long long>{},
                    {region}, "2026-01-05"));
  const long long otherIndustry = publishPolicy(admin, policy("文旅消费券发放办法", {otherGroup}, {}, "2026-02-25"));
  auto draft = admin.post("/api/publish/policies", policy("尚未发布的政策", {}, {}));
  ASSERT_EQ(status(draft), Status::Created_201);

  auto enterprise = as(Role::Enterprise);
  // The demo publishes twenty guides of its own: the lists here are narrowed to this test's.
  const std::string mine = "q=" + qinqing::wire::percentEncode("测试政策");
  auto list = bodyJson(enterprise.get("/api/policies?" + mine));
  ASSERT_EQ(list["total"], 3);
  EXPECT_EQ(list["items"][0]["id"], fitsBoth);
  EXPECT_EQ(list["items"][0]["relevant"], true);
  EXPECT_EQ(list["items"][0]["relevant_label"], "与贵企业相关");
  EXPECT_EQ(list["items"][0]["fit"], group > 0 ? 2 : 1);
  EXPECT_EQ(list["items"][1]["id"], general);
  EXPECT_EQ(list["items"][1]["relevant"], false);
  EXPECT_EQ(list["items"][2]["id"], otherIndustry);
  EXPECT_EQ(list["items"][2]["fit"], nullptr);
  EXPECT_EQ(list["items"][0]["read"], false);
  EXPECT_EQ(list["items"][0]["validity_name"], "有效");

  ASSERT_EQ(status(enterprise.post("/api/policies/" + std::to_string(fitsBoth) + "/read", json::object())), Status::OK_200);
  EXPECT_EQ(bodyJson(enterprise.get("/api/policies?unread=1&" + mine))["total"], 2);
  auto found = bodyJson(enterprise.get("/api/policies?q=" + qinqing::wire::percentEncode("文旅消费券发放办法")));
  ASSERT_EQ(found["total"], 1);
  EXPECT_EQ(found["items"][0]["id"], otherIndustry);
  // Staff read newest issue first, without fit.
  auto cadre = bodyJson(as(Role::Cadre).get("/api/policies?" + mine));
  EXPECT_EQ(cadre["items"][0]["id"], otherIndustry);
  EXPECT_EQ(cadre["items"][0]["relevant"], false);
  EXPECT_EQ(status(enterprise.get("/api/policies/" + std::to_string(bodyJson(draft)["id"].get<long long>()))),
            Status::NotFound_404);

  // An edit after publishing is a version.
  auto edited = admin.put("/api/publish/policies/" + std::to_string(general), policy("十堰市促进民营经济发展若干措施（修订）", {}, {}));
  ASSERT_EQ(status(edited), Status::OK_200);
  EXPECT_EQ(bodyJson(edited)["version"], 2);
  EXPECT_EQ(bodyJson(admin.get("/api/publish/policies/" + std::to_string(general)))["versions"].size(), 2u);
  auto bad = admin.post("/api/publish/policies", json{{"title", ""}, {"issuer", ""}, {"issued_on", "2026/01/01"}});
  ASSERT_EQ(status(bad), Status::BadRequest_400);

  auto inspector = as(Role::Inspector);
  EXPECT_EQ(status(inspector.get("/api/policies")), Status::OK_200);
  auto refused = inspector.post("/api/publish/policies", policy("越权", {}, {}));
  EXPECT_EQ(status(refused), Status::Forbidden_403);
  EXPECT_EQ(bodyJson(refused)["error"]["message"], "超级巡查员只能查看，不能修改");
  EXPECT_EQ(status(as(Role::Enterprise).get("/api/publish/policies")), Status::Forbidden_403);
  EXPECT_EQ(bodyJson(as(Role::AuditAdmin).get("/api/audit?action=policy.published"))["total"], 3);
}

TEST_F(ContentApi, BulletinsAreSubmittedReviewedAndCountedPerUnit) {
  auto cadre = as(Role::Cadre);
  auto enterprise = as(Role::Enterprise);
  auto admin = as(Role::SystemAdmin);
  const long long unit = m_server.unitId("十堰市经信局");
  const auto countsBefore = bodyJson(admin.get("/api/bulletins/unit-counts?from=2026-03-01&to=2026-03-31"));

  auto story = cadre.post("/api/bulletins", json{{"title", "帮助鑫源公司解决用电难题"}, {"body", "张明同志多次走访……"}});
  ASSERT_EQ(status(story), Status::Created_201) << (story ? story->body : "");
  EXPECT_EQ(bodyJson(story)["kind"], "cadre_story");
  EXPECT_EQ(bodyJson(story)["status_name"], "待审核");
  EXPECT_EQ(bodyJson(story)["editable"], true);
  const long long storyId = bodyJson(story)["id"].get<long long>();
  auto news = enterprise.post("/api/bulletins", json{{"title", "鑫源公司新生产线投产"}, {"body", "3月1日，新生产线正式投产。"}});
  ASSERT_EQ(status(news), Status::Created_201);
  EXPECT_EQ(bodyJson(news)["kind"], "enterprise_news");
  const long long newsId = bodyJson(news)["id"].get<long long>();
  const auto storyPath = "/api/bulletins/" + std::to_string(storyId);
  const auto review = [&](long long id) { return "/api/publish/bulletins/" + std::to_string(id) + "/review"; };

  // Not yet adopted: only the author and 系统管理员 see it.
  EXPECT_EQ(status(as(Role::UnitAdmin).get(storyPath)), Status::NotFound_404);
  EXPECT_EQ(status(enterprise.put(storyPath, json{{"title", "x"}, {"body", "y"}})), Status::NotFound_404);

  // 退回修改 needs a comment; the author edits and it is 待审核 again; then 采用.
  EXPECT_EQ(status(admin.post(review(storyId), json{{"review", "return"}})), Status::BadRequest_400);
  auto returned = admin.post(review(storyId), json{{"review", "return"}, {"comment", "请补充具体成效数据"}});
  ASSERT_EQ(status(returned), Status::OK_200);
  EXPECT_EQ(bodyJson(returned)["status"], "returned");
  auto resubmitted = cadre.put(storyPath, json{{"title", "帮助鑫源公司解决用电难题"}, {"body", "协调新增用电容量 800 千伏安……"}});
  ASSERT_EQ(status(resubmitted), Status::OK_200);
  EXPECT_EQ(bodyJson(resubmitted)["status"], "submitted");
  ASSERT_EQ(status(admin.post(review(storyId), json{{"review", "adopt"}})), Status::OK_200);
  EXPECT_EQ(status(cadre.put(storyPath, json{{"title", "再改"}, {"body", "不行"}})), Status::Conflict_409);
  EXPECT_EQ(status(admin.post(review(storyId), json{{"review", "decline"}})), Status::Conflict_409);
  ASSERT_EQ(status(admin.post(review(newsId), json{{"review", "decline"}, {"comment", "内容与平台无关"}})), Status::OK_200);

  for (Role role : {Role::Enterprise, Role::UnitAdmin, Role::CountyAdmin, Role::Inspector, Role::CityDispatcher}) {
    auto adopted = bodyJson(as(role).get("/api/bulletins"));
    ASSERT_GE(adopted["total"].get<int>(), 1) << static_cast<int>(role);
    EXPECT_EQ(adopted["items"][0]["id"], storyId);
    EXPECT_EQ(status(as(role).get(storyPath)), Status::OK_200);
  }
  auto mine = bodyJson(enterprise.get("/api/bulletins?mine=1"));
  EXPECT_GE(mine["total"].get<int>(), 1);
  EXPECT_EQ(mine["items"][0]["status_name"], "不予采用");
  EXPECT_EQ(bodyJson(admin.get("/api/publish/bulletins?status=declined"))["items"][0]["id"], newsId);

  auto counts = bodyJson(admin.get("/api/bulletins/unit-counts?from=2026-03-01&to=2026-03-31"));
  auto countOf = [&](const json& body, const char* key) {
    for (const auto& row : body["items"]) {
      if (row["unit"]["id"] == unit) return row[key].get<int>();
    }
    return -1;
  };
  EXPECT_EQ(countOf(counts, "submitted"), countOf(countsBefore, "submitted") + 1);
  EXPECT_EQ(countOf(counts, "adopted"), countOf(countsBefore, "adopted") + 1);
  auto own = bodyJson(as(Role::UnitAdmin).get("/api/bulletins/unit-counts"));
  ASSERT_EQ(own["items"].size(), 1u);
  EXPECT_EQ(own["items"][0]["unit"]["id"], unit);

  auto inspector = as(Role::Inspector);
  EXPECT_EQ(status(inspector.get("/api/bulletins/unit-counts")), Status::OK_200);
  auto refused = inspector.post("/api/bulletins", json{{"title", "t"}, {"body", "b"}});
  EXPECT_EQ(status(refused), Status::Forbidden_403);
  EXPECT_EQ(bodyJson(refused)["error"]["message"], "超级巡查员只能查看，不能修改");
  EXPECT_EQ(status(inspector.post(review(newsId), json{{"review", "adopt"}})), Status::Forbidden_403);
  EXPECT_EQ(status(as(Role::Cadre).get("/api/bulletins/unit-counts")), Status::Forbidden_403);
  EXPECT_EQ(status(as(Role::UnitAdmin).post("/api/bulletins", json{{"title", "t"}, {"body", "b"}})), Status::Forbidden_403);
}

}  // namespace
