// 干部测评 over HTTP: the quarter's questionnaire (系统管理员 edits), the enterprise's pop-up (due
// until answered), one current answer per enterprise, cadre and quarter with the earlier kept,
// results (a cadre its own counts only, never who; administrators the answers in scope), and
// 发起满意度测评 at most once per enterprise and quarter; the inspector only reads.
#include <gtest/gtest.h>

#include "base_data_client.hpp"
#include "demo_accounts.hpp"
#include "qinqing/wire/cadre_survey_json.hpp"

using namespace qinqing::backend::testsupport;
using qinqing::domain::Role;
using Status = httplib::StatusCode;
using nlohmann::json;

namespace {

class SurveyApi : public ::testing::Test {
protected:
  ApiClient as(Role role) { return ApiClient{m_server, loginAs(m_server, role)}; }
  long long fixedEnterprise() {
    return selectCount(m_db, "SELECT id FROM enterprises WHERE name = '十堰市鑫源汽车零部件有限公司'");
  }
  long long zhang() { return selectCount(m_db, "SELECT cadre_id FROM enterprises WHERE name = '十堰市鑫源汽车零部件有限公司'"); }
  json questionnaire() {
    return {{"title", "2026年第一季度包联成效问卷"},
            {"questions",
             {{{"number", 1}, {"kind", "single"}, {"text", "包联干部本季度走访贵企业几次？"}, {"options", {"0次", "1-2次", "3次及以上"}}},
              {{"number", 2}, {"kind", "text"}, {"text", "对包联工作的意见建议"}, {"required", false}}}}};
  }
  json answer(const std::string& advisorRating) {
    return {{"quarter", "2026-Q1"},
            {"duties",
             {{{"duty", "epidemic_guide"}, {"rating", "satisfied"}},
              {{"duty", "development_advisor"}, {"rating", advisorRating}, {"comment", "希望多介绍市场信息"}},
              {{"duty", "petition_mediator"}, {"rating", "satisfied"}},
              {{"duty", "policy_promoter"}, {"rating", "basically_satisfied"}}}},
            {"answers", {{{"number", 1}, {"choices", {2}}}, {{"number", 2}, {"text", "服务很及时"}}}}};
  }

  TestServer m_server{{.clock = FakeClock()}};  // 2026-03-02: the first quarter
  SQLite::Database m_db = openReadOnly(m_server);
};

TEST_F(SurveyApi, OneCurrentAnswerPerQuarterWithTheEarlierKept) {
  auto admin = as(Role::SystemAdmin);
  auto saved = admin.put("/api/survey/questionnaires/2026-Q1", questionnaire());
  ASSERT_EQ(status(saved), Status::OK_200) << (saved ? saved->body : "");
  EXPECT_EQ(bodyJson(saved)["questions"].size(), 2u);

  auto enterprise = as(Role::Enterprise);
  auto prompt = bodyJson(enterprise.get("/api/survey/prompt"));
  EXPECT_EQ(prompt["quarter"], "2026-Q1");
  EXPECT_EQ(prompt["due"], true);
  EXPECT_EQ(prompt["answered"], false);
  EXPECT_EQ(prompt["cadre"]["name"], "张明");
  EXPECT_EQ(prompt["questionnaire"]["questions"].size(), 2u);

  auto first = enterprise.post("/api/survey/answers", answer("dissatisfied"));
  ASSERT_EQ(status(first), Status::Created_201) << (first ? first->body : "");
  EXPECT_EQ(bodyJson(first)["replaced"], false);
  prompt = bodyJson(enterprise.get("/api/survey/prompt"));
  EXPECT_EQ(prompt["due"], false);
  EXPECT_EQ(prompt["answered"], true);

  auto second = enterprise.post("/api/survey/answers", answer("satisfied"));
  ASSERT_EQ(status(second), Status::Created_201);
  EXPECT_EQ(bodyJson(second)["replaced"], true);
  // (The demo's answer of last quarter is there too: this quarter's only.)
  EXPECT_EQ(bodyJson(enterprise.get("/api/survey/answers?quarter=2026-Q1"))["total"], 1);
  auto history = bodyJson(enterprise.get("/api/survey/answers?history=1&quarter=2026-Q1"));
  ASSERT_EQ(history["total"], 2);
  EXPECT_NE(history["items"][1]["superseded_at"], "");
  EXPECT_EQ(history["items"][1]["duties"][1]["rating"], "dissatisfied");

  // The cadre's counts follow the current answer only, and never name the enterprise.
  auto cadre = as(Role::Cadre);
  auto tallies = cadre.get("/api/survey/tallies");
  ASSERT_EQ(status(tallies), Status::OK_200);
  auto t = bodyJson(tallies);
  EXPECT_EQ(t["answer_count"], 1);
  EXPECT_EQ(t["duties"][1]["satisfied"], 1);
  EXPECT_EQ(t["duties"][1]["dissatisfied"], 0);
  EXPECT_EQ(t["duties"][3]["basically_satisfied"], 1);
  EXPECT_EQ(t["duties"][3]["satisfaction_permille"], 1000);
  EXPECT_EQ(tallies->body.find("鑫源"), std::string::npos);
  auto refused = cadre.get("/api/survey/answers");
  EXPECT_EQ(status(refused), Status::Forbidden_403);

  // The unit administrator and the inspector see who answered.
  for (Role role : {Role::UnitAdmin, Role::Inspector, Role::SystemAdmin}) {
    auto list = bodyJson(as(role).get("/api/survey/answers?quarter=2026-Q1&cadre_id=" + std::to_string(zhang())));
    ASSERT_GE(list["total"].get<int>(), 1) << static_cast<int>(role);
    EXPECT_EQ(list["items"][0]["enterprise"]["name"], "十堰市鑫源汽车零部件有限公司");
  }
  EXPECT_EQ(status(as(Role::UnitAdmin).get("/api/survey/tallies?cadre_id=" + std::to_string(zhang()))), Status::OK_200);

  // Invalid answers: a duty missing, a quarter that is not this one.
  auto partial = answer("satisfied");
  partial["duties"].erase(0);
  EXPECT_EQ(status(enterprise.post("/api/survey/answers", partial)), Status::BadRequest_400);
  auto old = answer("satisfied");
  old["quarter"] = "2025-Q4";
  EXPECT_EQ(status(enterprise.post("/api/survey/answers", old)), Status::BadRequest_400);

  auto auditor = as(Role::AuditAdmin);
  EXPECT_EQ(bodyJson(auditor.get("/api/audit?action=survey.answered"))["total"], 2);
  EXPECT_EQ(bodyJson(auditor.get("/api/audit?action=survey.questionnaire_saved"))["total"], 1);
}

TEST_F(SurveyApi, ACadreAsksAnEnterpriseOnceAQuarter) {
  auto cadre = as(Role::Cadre);
  const long long id = fixedEnterprise();
  auto res = cadre.post("/api/survey/requests", json{{"enterprise_id", id}});
  ASSERT_EQ(status(res), Status::Created_201) << (res ? res->body : "");
  EXPECT_EQ(bodyJson(res)["sms_queued"], 1);
  EXPECT_EQ(selectCount(m_db, "SELECT count(*) FROM sms_outbox WHERE text LIKE '【十堰市双千办】您的包联干部张明邀请贵企业%'"), 1);
  auto again = cadre.post("/api/survey/requests", json{{"enterprise_id", id}});
  ASSERT_EQ(status(again), Status::Conflict_409);
  EXPECT_EQ(bodyJson(again)["error"]["message"], "本季度已向该企业发起过满意度测评，每季度每家企业只能发起一次");
  const long long other = selectCount(m_db, "SELECT min(id) FROM enterprises WHERE cadre_id <> " + std::to_string(zhang()));
  EXPECT_EQ(status(cadre.post("/api/survey/requests", json{{"enterprise_id", other}})), Status::NotFound_404);
  EXPECT_EQ(status(cadre.post("/api/survey/requests", json::object())), Status::BadRequest_400);
  EXPECT_EQ(bodyJson(as(Role::AuditAdmin).get("/api/audit?action=survey.requested"))["total"], 1);
}

TEST_F(SurveyApi, WhoMayWriteWhat) {
  auto inspector = as(Role::Inspector);
  for (const auto& [path, body] : std::vector<std::pair<std::string, json>>{
           {"/api/survey/answers", answer("satisfied")}, {"/api/survey/requests", json{{"enterprise_id", 1}}}}) {
    auto res = inspector.post(path, body);
    EXPECT_EQ(status(res), Status::Forbidden_403) << path;
    EXPECT_EQ(bodyJson(res)["error"]["message"], "超级巡查员只能查看，不能修改");
  }
  EXPECT_EQ(status(inspector.put("/api/survey/questionnaires/2026-Q1", questionnaire())), Status::Forbidden_403);
  EXPECT_EQ(status(inspector.get("/api/survey/tallies")), Status::OK_200);
  EXPECT_EQ(status(inspector.get("/api/survey/questionnaires/2026-Q1")), Status::OK_200);
  for (Role role : {Role::Cadre, Role::UnitAdmin, Role::CountyAdmin}) {
    EXPECT_EQ(status(as(role).put("/api/survey/questionnaires/2026-Q1", questionnaire())), Status::Forbidden_403);
    EXPECT_EQ(status(as(role).post("/api/survey/answers", answer("satisfied"))), Status::Forbidden_403);
  }
  EXPECT_EQ(status(as(Role::Enterprise).post("/api/survey/requests", json{{"enterprise_id", 1}})), Status::Forbidden_403);
  EXPECT_EQ(status(as(Role::Enterprise).get("/api/survey/tallies")), Status::Forbidden_403);
  EXPECT_EQ(status(as(Role::SecurityAdmin).get("/api/survey/questionnaires/2026-Q1")), Status::Forbidden_403);
  // A malformed questionnaire: every problem at once.
  auto bad = as(Role::SystemAdmin).put("/api/survey/questionnaires/2026-Q1",
                                       json{{"title", ""}, {"questions", {{{"number", 1}, {"kind", "single"}, {"text", ""}}}}});
  ASSERT_EQ(status(bad), Status::BadRequest_400);
  EXPECT_GE(bodyJson(bad)["error"]["fields"].size(), 2u);
}

}  // namespace

// 干部测评结果 (§11, §23): per cadre and quarter, by duty, within the reader's scope, sorted on the
// server; the demo's answers of 2025-Q4 and one answer of 2026-Q1 made here.
TEST_F(SurveyApi, CadreResultsPerQuarterByDutyWithinScope) {
  ASSERT_EQ(status(as(Role::SystemAdmin).put("/api/survey/questionnaires/2026-Q1", questionnaire())), Status::OK_200);
  ASSERT_EQ(status(as(Role::Enterprise).post("/api/survey/answers", answer("dissatisfied"))), Status::Created_201);
  auto inspector = as(Role::Inspector);
  const json now = bodyJson(inspector.get("/api/survey/cadre-results?quarter=2026-Q1"));
  ASSERT_EQ(now["total"], 1) << now.dump();
  const json& zhangRow = now["items"][0];
  EXPECT_EQ(zhangRow["cadre"]["id"], zhang());
  EXPECT_EQ(zhangRow["answer_count"], 1);
  EXPECT_EQ(zhangRow["duties"][1]["duty"], "development_advisor");
  EXPECT_EQ(zhangRow["duties"][1]["dissatisfied"], 1);
  EXPECT_EQ(zhangRow["duties"][3]["basically_satisfied"], 1);
  EXPECT_EQ(zhangRow["satisfaction_permille"], 750);  // three of the four duties 满意 or 基本满意

  // Last quarter's demo answers: many cadres, best 满意率 first unless asked otherwise.
  const json last = bodyJson(inspector.get("/api/survey/cadre-results?quarter=2025-Q4&page_size=100"));
  ASSERT_GT(last["total"].get<int>(), 3);
  int previous = 1001;
  for (const auto& r : last["items"]) {
    const int permille = r["satisfaction_permille"].get<int>();
    EXPECT_LE(permille, previous);
    previous = permille;
    auto decoded = qinqing::wire::cadreSurveyResultFromJson(r);
    ASSERT_TRUE(decoded) << r.dump();
    EXPECT_EQ(decoded.value().satisfactionPermille(), permille);
  }
  const json byName = bodyJson(inspector.get("/api/survey/cadre-results?quarter=2025-Q4&sort=name&order=asc&page_size=100"));
  for (std::size_t i = 1; i < byName["items"].size(); ++i)
    EXPECT_LE(byName["items"][i - 1]["cadre"]["name"].get<std::string>(), byName["items"][i]["cadre"]["name"].get<std::string>());
  const json found = bodyJson(inspector.get("/api/survey/cadre-results?quarter=2026-Q1&q=%E5%BC%A0"));  // 张
  EXPECT_EQ(found["total"], 1);

  // A unit administrator sees its unit's cadres only; cadres and enterprises see no one's results.
  const json unit = bodyJson(as(Role::UnitAdmin).get("/api/survey/cadre-results?quarter=2025-Q4&page_size=100"));
  ASSERT_GT(unit["total"].get<int>(), 0);
  EXPECT_LT(unit["total"].get<int>(), last["total"].get<int>());
  for (const auto& r : unit["items"]) EXPECT_EQ(r["unit"], "十堰市经信局");
  EXPECT_EQ(status(as(Role::Cadre).get("/api/survey/cadre-results")), Status::Forbidden_403);
  EXPECT_EQ(status(as(Role::Enterprise).get("/api/survey/cadre-results")), Status::Forbidden_403);
  EXPECT_EQ(status(inspector.get("/api/survey/cadre-results?quarter=2026-5")), Status::BadRequest_400);
}

// 包联成效: what the quarter's answers said to each question of its questionnaire.
TEST_F(SurveyApi, QuestionTalliesCountEachOptionAndKeepTheTexts) {
  ASSERT_EQ(status(as(Role::SystemAdmin).put("/api/survey/questionnaires/2026-Q1", questionnaire())), Status::OK_200);
  ASSERT_EQ(status(as(Role::Enterprise).post("/api/survey/answers", answer("satisfied"))), Status::Created_201);
  auto inspector = as(Role::Inspector);
  const json now = bodyJson(inspector.get("/api/survey/question-tallies?quarter=2026-Q1"));
  EXPECT_EQ(now["answer_count"], 1);
  ASSERT_EQ(now["questions"].size(), 2u) << now.dump();
  EXPECT_EQ(now["questions"][0]["option_counts"], json({0, 0, 1}));  // 3次及以上
  EXPECT_EQ(now["questions"][0]["answered"], 1);
  EXPECT_EQ(now["questions"][1]["texts"], json::parse(R"([{"text":"服务很及时","count":1}])"));
  const auto decoded = qinqing::wire::questionTalliesFromJson(now);
  ASSERT_TRUE(decoded) << decoded.error().message;
  EXPECT_EQ(decoded.value().questions[0].optionCounts, (std::vector<int>{0, 0, 1}));

  const json last = bodyJson(inspector.get("/api/survey/question-tallies?quarter=2025-Q4"));
  ASSERT_EQ(last["questions"].size(), 3u);
  int chosen = 0;
  for (const auto& c : last["questions"][0]["option_counts"]) chosen += c.get<int>();
  EXPECT_EQ(chosen, last["questions"][0]["answered"].get<int>());  // a single choice: one option each
  EXPECT_EQ(last["questions"][0]["answered"], last["answer_count"]);
  EXPECT_LE(last["questions"][2]["texts"].size(), qinqing::domain::kQuestionTextsShown);
  EXPECT_EQ(status(as(Role::Cadre).get("/api/survey/question-tallies")), Status::Forbidden_403);
  // No questionnaire that quarter: the answers are counted, no questions.
  const json none = bodyJson(inspector.get("/api/survey/question-tallies?quarter=2024-Q1"));
  EXPECT_EQ(none["questions"].size(), 0u);
  EXPECT_EQ(none["title"], "");
}
