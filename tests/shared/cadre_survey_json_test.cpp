// Round trips of the 干部测评 wire mapping (questionnaire, answer, prompt, tallies) and refusals.
#include <gtest/gtest.h>

#include "qinqing/wire/cadre_survey_json.hpp"

namespace d = qinqing::domain;
namespace w = qinqing::wire;
using nlohmann::json;

namespace {

d::Questionnaire sampleQuestionnaire() {
  return {d::Quarter{2026, 4},
          "2026年第四季度包联成效问卷",
          {{1, d::QuestionKind::SingleChoice, "走访次数", {"0次", "1-2次", "3次及以上"}, true},
           {2, d::QuestionKind::MultipleChoice, "帮助解决的事项", {"融资", "用工", "用地"}, true},
           {3, d::QuestionKind::Text, "意见建议", {}, false}}};
}

d::SurveyAnswer sampleAnswer() {
  return {d::Quarter{2026, 4},
          {{d::CadreDuty::EpidemicGuide, d::DutyRating::Satisfied, ""},
           {d::CadreDuty::DevelopmentAdvisor, d::DutyRating::Dissatisfied, "市场信息少"},
           {d::CadreDuty::PetitionMediator, d::DutyRating::BasicallySatisfied, ""},
           {d::CadreDuty::PolicyPromoter, d::DutyRating::Satisfied, ""}},
          {{1, {2}, ""}, {2, {0, 1}, ""}, {3, {}, "服务及时"}}};
}

}  // namespace

TEST(CadreSurveyJson, QuestionnaireRoundTrips) {
  const auto q = sampleQuestionnaire();
  auto j = w::questionnaireToJson(q);
  EXPECT_EQ(j["quarter_label"], "2026年第四季度");
  auto back = w::questionnaireFromJson(j, q.quarter);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), q);
}

TEST(CadreSurveyJson, AnswerAndItsViewRoundTrip) {
  w::SurveyAnswerView v{9, {7, "十堰市鑫源汽车零部件有限公司"}, {2, "张明"}, sampleAnswer(), "2026-11-03T09:00:00+08:00", "", true};
  auto back = w::surveyAnswerViewFromJson(w::surveyAnswerViewToJson(v));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), v);
  EXPECT_EQ(w::surveyAnswerToJson(v.answer)["duties"][1]["rating_name"], "不满意");
}

TEST(CadreSurveyJson, PromptAndTalliesRoundTrip) {
  w::SurveyPrompt p{d::Quarter{2026, 4}, false, true, d::NamedRef{2, "张明"}, sampleQuestionnaire()};
  auto prompt = w::surveyPromptFromJson(w::surveyPromptToJson(p));
  ASSERT_TRUE(prompt.ok());
  EXPECT_EQ(prompt.value(), p);

  w::SurveyTallies t;
  t.quarter = d::Quarter{2026, 4};
  t.answerCount = 1;
  t.duties = d::tallySurveyAnswers({sampleAnswer()});
  auto j = w::surveyTalliesToJson(t);
  EXPECT_EQ(j["duties"][1]["dissatisfied"], 1);
  EXPECT_EQ(j["duties"][1]["satisfaction_permille"], 0);
  auto back = w::surveyTalliesFromJson(j);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value(), t);
}

TEST(CadreSurveyJson, UnknownDutiesKindsAndQuartersAreFieldErrors) {
  auto bad = w::surveyAnswerFromJson(json{{"quarter", "2026-4"}, {"duties", {{{"duty", "boss"}, {"rating", "ok"}}}}});
  ASSERT_FALSE(bad.ok());
  ASSERT_EQ(bad.error().fields.size(), 2u);
  EXPECT_EQ(bad.error().fields[0].field, "quarter");
  EXPECT_EQ(bad.error().fields[1].field, "duties");
  auto q = w::questionnaireFromJson(json{{"title", "t"}, {"questions", {{{"kind", "essay"}}}}}, d::Quarter{2026, 4});
  ASSERT_FALSE(q.ok());
  EXPECT_EQ(q.error().fields[0].field, "questions.1.kind");
}
