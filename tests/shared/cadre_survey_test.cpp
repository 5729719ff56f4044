#include <gtest/gtest.h>

#include "qinqing/relation/cadre_survey.hpp"
#include "qinqing/wire/cadre_survey_json.hpp"
#include "status_fields.hpp"

using namespace qinqing::domain;

namespace {
const Quarter kQ4{2026, 4};

Questionnaire questionnaire() {
  return {kQ4,
          "2026年第四季度包联成效问卷",
          {{1, QuestionKind::SingleChoice, "干部本季度走访贵企业几次？", {"0次", "1-2次", "3次及以上"}, true},
           {2, QuestionKind::MultipleChoice, "干部帮助解决了哪些问题？", {"用工", "融资", "政策申报", "其他"}, true},
           {3, QuestionKind::Text, "还有什么意见建议？", {}, false}}};
}

SurveyAnswer allSatisfied() {
  SurveyAnswer a{kQ4, {}, {{1, {1}, ""}, {2, {0, 2}, ""}}};
  for (CadreDuty d : kAllCadreDuties) a.duties.push_back({d, DutyRating::Satisfied, ""});
  return a;
}

}  // namespace

TEST(CadreSurvey, VocabulariesRoundTrip) {
  for (CadreDuty d : kAllCadreDuties) EXPECT_EQ(cadreDutyFromKey(cadreDutyKey(d)), d);
  for (DutyRating r : kAllDutyRatings) EXPECT_EQ(dutyRatingFromKey(dutyRatingKey(r)), r);
  for (QuestionKind k : kAllQuestionKinds) EXPECT_EQ(questionKindFromKey(questionKindKey(k)), k);
  EXPECT_EQ(cadreDutyLabel(CadreDuty::PolicyPromoter), "惠企政策“宣讲员”");
  EXPECT_EQ(dutyRatingLabel(DutyRating::BasicallySatisfied), "基本满意");
}

TEST(CadreSurvey, AQuestionnaireIsWellFormed) {
  EXPECT_TRUE(validateQuestionnaire(questionnaire()).ok());
  Questionnaire q = questionnaire();
  q.title.clear();
  q.questions[0].options = {"是"};
  q.questions[1].options = {"用工", "用工"};
  q.questions[2].options = {"不该有"};
  q.questions[2].number = 7;
  EXPECT_EQ(fieldsOf(validateQuestionnaire(q)),
            (std::vector<std::string>{"title", "questions.1.options", "questions.2.options", "questions.3.number",
                                      "questions.3.options"}));
  EXPECT_EQ(fieldsOf(validateQuestionnaire({kQ4, "空问卷", {}})), (std::vector<std::string>{"questions"}));
}

TEST(CadreSurvey, AnAnswerRatesEachDutyOnce) {
  EXPECT_TRUE(validateSurveyAnswer(allSatisfied(), questionnaire(), kQ4).ok());
  SurveyAnswer a = allSatisfied();
  a.duties.pop_back();
  a.duties.push_back({CadreDuty::EpidemicGuide, DutyRating::Dissatisfied, std::string(201, 'x')});
  const auto s = validateSurveyAnswer(a, questionnaire(), kQ4);
  EXPECT_EQ(fieldsOf(s), (std::vector<std::string>{"duties.epidemic_guide", "duties.policy_promoter",
                                                 "duties.epidemic_guide.comment"}));
  EXPECT_EQ(s.error().fields[1].message, "请评价惠企政策“宣讲员”");
}

TEST(CadreSurvey, AnswersFitTheirQuestions) {
  SurveyAnswer a = allSatisfied();
  a.answers = {{1, {0, 1}, ""}, {2, {1, 1}, ""}, {3, {0}, ""}, {9, {}, "没有这题"}};
  EXPECT_EQ(fieldsOf(validateSurveyAnswer(a, questionnaire(), kQ4)),
            (std::vector<std::string>{"answers.1", "answers.2", "answers.3", "answers.9"}));
  a.answers = {{3, {}, "希望多组织政策宣讲"}};
  const auto s = validateSurveyAnswer(a, questionnaire(), kQ4);
  EXPECT_EQ(fieldsOf(s), (std::vector<std::string>{"answers.1", "answers.2"}));
  EXPECT_EQ(s.error().fields[0].message, "请回答第1题");
}

TEST(CadreSurvey, OnlyTheCurrentQuarterIsAnswered) {
  SurveyAnswer a = allSatisfied();
  a.quarter = kQ4.previous();
  const auto s = validateSurveyAnswer(a, questionnaire(), kQ4);
  EXPECT_EQ(s.error().fields[0], (FieldError{"quarter", "只能评价本季度（2026年第四季度）"}));
}

TEST(CadreSurvey, WithoutAQuestionnaireOnlyDutiesAreRated) {
  SurveyAnswer a = allSatisfied();
  a.answers.clear();
  EXPECT_TRUE(validateSurveyAnswer(a, Questionnaire{kQ4, "", {}}, kQ4).ok());
}

TEST(CadreSurvey, PromptComesBackUntilAnswered) {
  EXPECT_TRUE(surveyPromptDue(false, false));
  EXPECT_FALSE(surveyPromptDue(false, true));  // 稍后评价, this session only
  EXPECT_FALSE(surveyPromptDue(true, false));
}

TEST(CadreSurvey, CadresNeverSeeWhoRatedThem) {
  EXPECT_FALSE(surveyRaterVisibleTo(Role::Cadre));
  EXPECT_FALSE(surveyRaterVisibleTo(Role::Enterprise));
  EXPECT_TRUE(surveyRaterVisibleTo(Role::UnitAdmin));
  EXPECT_TRUE(surveyRaterVisibleTo(Role::Inspector));
}

TEST(CadreSurvey, TallyCountsSatisfiedAndBasicallySatisfied) {
  SurveyAnswer good = allSatisfied();
  SurveyAnswer mixed = allSatisfied();
  mixed.duties[0].rating = DutyRating::Dissatisfied;
  mixed.duties[1].rating = DutyRating::BasicallySatisfied;
  SurveyAnswer bad = allSatisfied();
  bad.duties[0].rating = DutyRating::Dissatisfied;
  const auto t = tallySurveyAnswers({good, mixed, bad});
  EXPECT_EQ(t[0].duty, CadreDuty::EpidemicGuide);
  EXPECT_EQ(t[0].counts, (std::array<int, 3>{1, 0, 2}));
  EXPECT_EQ(t[0].satisfactionPermille(), 333);
  EXPECT_EQ(t[1].counts, (std::array<int, 3>{2, 1, 0}));
  EXPECT_EQ(t[1].satisfactionPermille(), 1000);
  EXPECT_EQ(DutyTally{}.satisfactionPermille(), std::nullopt);
  DutyTally twoThirds{CadreDuty::EpidemicGuide, {2, 0, 1}};
  EXPECT_EQ(twoThirds.satisfactionPermille(), 667);  // 666.67 rounds half up
}

TEST(CadreSurvey, RequestTextNamesTheCadreAndQuarter) {
  EXPECT_EQ(surveyRequestText("张明", kQ4),
            "您的包联干部张明邀请贵企业对其2026年第四季度的服务进行满意度测评，请登录十堰亲清企业服务信息平台在“干部测评”中评价。");
}

// 干部测评结果 and 包联成效 (issue 12): a cadre's 满意率 over the four duties, each option counted,
// texts newest first and capped, an out-of-range choice counted as answered only, and the wire.
TEST(CadreSurveyResults, SatisfactionOverTheFourDutiesRoundsHalfUp) {
  qinqing::domain::CadreSurveyResult r;
  EXPECT_FALSE(r.satisfactionPermille().has_value());
  r.duties[0].counts = {2, 0, 0};
  r.duties[1].counts = {1, 0, 1};
  r.duties[2].counts = {0, 2, 0};
  r.duties[3].counts = {0, 1, 1};  // 6 of 8 good
  EXPECT_EQ(r.satisfactionPermille(), 750);
  r.duties[3].counts = {0, 1, 2};  // 6 of 9: 666.67 -> 667
  EXPECT_EQ(r.satisfactionPermille(), 667);
  for (auto s : qinqing::domain::kAllCadreResultSorts)
    EXPECT_EQ(qinqing::domain::cadreResultSortFromKey(qinqing::domain::cadreResultSortKey(s)), s);
}

TEST(CadreSurveyResults, QuestionTalliesCountOptionsAndKeepTheNewestTexts) {
  namespace d = qinqing::domain;
  d::Questionnaire q{d::Quarter{2026, 4}, "问卷",
                     {{1, d::QuestionKind::SingleChoice, "次数", {"0", "1-2", "3+"}, true},
                      {2, d::QuestionKind::MultipleChoice, "方面", {"融资", "用工", "用地"}, true},
                      {3, d::QuestionKind::Text, "建议", {}, false}}};
  std::vector<d::SurveyAnswer> answers;
  for (int i = 0; i < 60; ++i) {
    d::SurveyAnswer a;
    a.quarter = q.quarter;
    a.answers = {{1, {i % 3}, ""}, {2, {0, 2}, ""}, {3, {}, i % 2 == 0 ? "建议" + std::to_string(i) : ""}};
    answers.push_back(a);
  }
  answers[0].answers[0].choices = {7};  // an option the questionnaire no longer has
  const auto t = d::tallyQuestionAnswers(q, answers);
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].answered, 60);
  EXPECT_EQ(t[0].optionCounts, (std::vector<int>{19, 20, 20}));
  EXPECT_EQ(t[1].optionCounts, (std::vector<int>{60, 0, 60}));
  EXPECT_EQ(t[2].answered, 30);  // blank texts are not answers
  EXPECT_EQ(t[2].texts.size(), 30u);
  EXPECT_EQ(t[2].texts.front(), (d::TextCount{"建议0", 1}));  // in the order given (the server gives newest first)
  // The same text once, counted; at most kQuestionTextsShown different texts.
  std::vector<d::SurveyAnswer> many(d::kQuestionTextsShown + 5, answers[0]);
  for (auto& a : many) a.answers[2].text = "很好";
  many.back().answers[2].text = "再多一些走访";
  const auto same = d::tallyQuestionAnswers(q, many)[2];
  EXPECT_EQ(same.texts, (std::vector<d::TextCount>{{"很好", static_cast<int>(d::kQuestionTextsShown + 4)}, {"再多一些走访", 1}}));
  for (std::size_t i = 0; i < many.size(); ++i) many[i].answers[2].text = "意见" + std::to_string(i);
  EXPECT_EQ(d::tallyQuestionAnswers(q, many)[2].texts.size(), d::kQuestionTextsShown);

  qinqing::wire::QuestionTallies wireTallies{q.quarter, q.title, 60, t};
  auto back = qinqing::wire::questionTalliesFromJson(qinqing::wire::questionTalliesToJson(wireTallies));
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(back.value(), wireTallies);
  d::CadreSurveyResult r{{5, "张明"}, "十堰市经信局", 2, {}};
  for (std::size_t i = 0; i < 4; ++i) r.duties[i] = {d::kAllCadreDuties[i], {1, 1, 0}};
  auto rBack = qinqing::wire::cadreSurveyResultFromJson(qinqing::wire::cadreSurveyResultToJson(r));
  ASSERT_TRUE(rBack);
  EXPECT_EQ(rBack.value(), r);
}
