#include <gtest/gtest.h>

#include "qinqing/relation/cadre_survey.hpp"
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
