// 包联成效问卷 and 发起满意度测评's actions (features/survey): the editor's questionnaire, the shared
// validator before the confirmation, the PUT and its field errors, and a request's outcome per row.
#include <nlohmann/json.hpp>

#include "features/survey/survey_actions.hpp"
#include "web_test_support.hpp"

namespace qinqing::web::test {
namespace {
namespace d = qinqing::domain;

using SurveyAdminActionsTest = WebClientTest;

// 2026-05-29 (the fixture's clock) is in 2026-Q2.
const std::string kEmptyQ2 = R"({"quarter":"2026-Q2","quarter_label":"2026年第二季度","title":"","questions":[]})";

TEST(SurveyQuarterAtOffset, StepsAcrossTheYear) {
  EXPECT_EQ(quarterAtOffset({2026, 4}, 1), (d::Quarter{2027, 1}));
  EXPECT_EQ(quarterAtOffset({2026, 1}, -1), (d::Quarter{2025, 4}));
  EXPECT_EQ(quarterAtOffset({2026, 2}, 0), (d::Quarter{2026, 2}));
}

TEST(SurveyQuestionnaireOf, NumbersQuestionsAndTakesOneOptionPerNonBlankLine) {
  QuestionnaireEditor e;
  e.quarter = {2026, 4};
  e.title = "  第四季度问卷 ";
  e.questions = {{0, " 走访次数 ", "1次\r\n\n 2次 \n", true}, {2, "建议", "不该带上的选项", false}};
  const d::Questionnaire q = questionnaireOf(e);
  EXPECT_EQ(q.title, "第四季度问卷");
  ASSERT_EQ(q.questions.size(), 2u);
  EXPECT_EQ(q.questions[0].number, 1);
  EXPECT_EQ(q.questions[0].text, "走访次数");
  EXPECT_EQ(q.questions[0].options, (std::vector<std::string>{"1次", "2次"}));
  EXPECT_EQ(q.questions[1].number, 2);
  EXPECT_EQ(q.questions[1].kind, d::QuestionKind::Text);
  EXPECT_TRUE(q.questions[1].options.empty());
  EXPECT_FALSE(q.questions[1].required);
  EXPECT_TRUE(d::validateQuestionnaire(q).ok());
}

TEST_F(SurveyAdminActionsTest, OpeningLoadsTheQuarterAndSuggestsATitle) {
  signIn(d::Role::SystemAdmin);
  act(OpenQuestionnaire{0});
  ASSERT_EQ(sentLines(), (std::vector<std::string>{"GET /api/survey/questionnaires/2026-Q2"}));
  answerAll(200, kEmptyQ2);
  const auto& e = m_state.survey.editor;
  EXPECT_TRUE(e.loaded);
  EXPECT_FALSE(e.existing);
  EXPECT_EQ(e.title, "2026年第二季度包联成效问卷");
}

TEST_F(SurveyAdminActionsTest, AnInvalidQuestionnaireShowsFieldErrorsAndSendsNothing) {
  signIn(d::Role::SystemAdmin);
  act(OpenQuestionnaire{1});
  answerAll(200, R"({"quarter":"2026-Q3","title":"","questions":[]})");
  resetHttp();
  auto& e = m_state.survey.editor;
  e.questions = {{0, "走访次数", "只有一个选项", true}, {2, "", "", false}};
  act(AskSaveQuestionnaire{});
  EXPECT_TRUE(sentRequests().empty());
  EXPECT_FALSE(e.confirming);
  ASSERT_NE(e.feedback.field("questions.1.options"), nullptr);
  ASSERT_NE(e.feedback.field("questions.2.text"), nullptr);
}

TEST_F(SurveyAdminActionsTest, ConfirmedSavePutsTheQuarterAndShowsServerErrorsBesideFields) {
  signIn(d::Role::SystemAdmin);
  act(OpenQuestionnaire{0});
  answerAll(200, kEmptyQ2);
  resetHttp();
  auto& e = m_state.survey.editor;
  e.questions = {{0, "走访次数", "1次\n2次", true}};
  act(AskSaveQuestionnaire{});
  ASSERT_TRUE(e.confirming);
  act(ConfirmSaveQuestionnaire{});
  ASSERT_EQ(sentLines(), (std::vector<std::string>{"PUT /api/survey/questionnaires/2026-Q2"}));
  auto body = nlohmann::json::parse(sentRequests()[0].body, nullptr, false);
  ASSERT_TRUE(body.is_object());
  EXPECT_EQ(body["questions"][0]["options"], (nlohmann::json{"1次", "2次"}));
  answerAll(400, R"({"error":{"code":"invalid_input","message":"第1题的题目过长",)"
                 R"("fields":[{"field":"questions.1.text","message":"第1题的题目过长"}]}})");
  EXPECT_FALSE(e.feedback.saving);
  EXPECT_FALSE(e.confirming);
  ASSERT_NE(e.feedback.field("questions.1.text"), nullptr);
}

TEST_F(SurveyAdminActionsTest, ASecondRequestThisQuarterMarksTheRowWithTheServersReason) {
  signIn(d::Role::Cadre);
  act(SendSurveyRequest{5});
  ASSERT_EQ(sentLines(), (std::vector<std::string>{"POST /api/survey/requests"}));
  EXPECT_TRUE(m_state.survey.requests.rows[5].sending);
  answerAll(409, R"({"error":{"code":"conflict","message":"本季度已向该企业发起过满意度测评，每季度每家企业只能发起一次"}})");
  const auto& row = m_state.survey.requests.rows[5];
  EXPECT_FALSE(row.sending);
  EXPECT_TRUE(row.sent);
  EXPECT_EQ(row.error, "本季度已向该企业发起过满意度测评，每季度每家企业只能发起一次");
}

}  // namespace
}  // namespace qinqing::web::test
