// Wire form of 干部测评 (qinqing/relation/cadre_survey.hpp).
//
//   questionnaire: {"quarter": "2026-Q4", "quarter_label", "title",
//                   "questions": [{"number", "kind": "single"|"multiple"|"text", "kind_name", "text",
//                                  "options": […], "required"}]}
//   answer (POST /api/survey/answers): {"quarter", "duties": [{"duty", "rating", "comment"}…],
//                   "answers": [{"number", "choices": [0, 2], "text"}…]}  (+ duty_name, rating_name out)
//   answer view:   {"id", "enterprise", "cadre", "answered_at", "superseded_at", "replaced", …answer}
//   prompt:        {"quarter", "quarter_label", "answered", "due", "cadre": ref|null, "questionnaire"}
//   tallies:       {"quarter", "cadre": ref|null, "answer_count",
//                   "duties": [{"duty", "duty_name", "satisfied", "basically_satisfied", "dissatisfied",
//                               "total", "satisfaction_permille": 875|null}]}
#pragma once

#include <array>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "qinqing/core/result.hpp"
#include "qinqing/identity/account.hpp"
#include "qinqing/relation/cadre_survey.hpp"

namespace qinqing::wire {

struct SurveyAnswerView {
  long long id = 0;
  domain::NamedRef enterprise;  // shown only to roles domain::surveyRaterVisibleTo allows
  domain::NamedRef cadre;
  domain::SurveyAnswer answer;
  std::string answeredAt;
  std::string supersededAt;  // empty for the answer in force
  bool replaced = false;     // this answer replaced an earlier one of the quarter
  bool operator==(const SurveyAnswerView&) const = default;
};

struct SurveyPrompt {
  domain::Quarter quarter;
  bool answered = false;
  bool due = false;  // domain::surveyPromptDue(answered, false): the client applies 稍后评价 itself
  std::optional<domain::NamedRef> cadre;
  domain::Questionnaire questionnaire;
  bool operator==(const SurveyPrompt&) const = default;
};

struct SurveyTallies {
  domain::Quarter quarter;
  std::optional<domain::NamedRef> cadre;  // none: the caller's whole scope
  int answerCount = 0;
  std::array<domain::DutyTally, 4> duties{};
  bool operator==(const SurveyTallies&) const = default;
};

nlohmann::json questionnaireToJson(const domain::Questionnaire& q);
// Shape only (field questions / questions.N.kind for an unknown kind); the rules are
// domain::validateQuestionnaire. The quarter comes from the path.
domain::Result<domain::Questionnaire> questionnaireFromJson(const nlohmann::json& j, domain::Quarter quarter);

nlohmann::json surveyAnswerToJson(const domain::SurveyAnswer& a);
// Field errors: quarter, duties (unknown duty or rating), answers (not numbers); the rules are
// domain::validateSurveyAnswer.
domain::Result<domain::SurveyAnswer> surveyAnswerFromJson(const nlohmann::json& j);

nlohmann::json surveyAnswerViewToJson(const SurveyAnswerView& v);
domain::Result<SurveyAnswerView> surveyAnswerViewFromJson(const nlohmann::json& j);

nlohmann::json surveyPromptToJson(const SurveyPrompt& p);
domain::Result<SurveyPrompt> surveyPromptFromJson(const nlohmann::json& j);

nlohmann::json surveyTalliesToJson(const SurveyTallies& t);
domain::Result<SurveyTallies> surveyTalliesFromJson(const nlohmann::json& j);

// 干部测评结果: one row per cadre (pages of GET /api/survey/cadre-results).
nlohmann::json cadreSurveyResultToJson(const domain::CadreSurveyResult& result);
domain::Result<domain::CadreSurveyResult> cadreSurveyResultFromJson(const nlohmann::json& j);

// 包联成效 (GET /api/survey/question-tallies): the quarter's questionnaire with what its answers said.
struct QuestionTallies {
  domain::Quarter quarter;
  std::string title;     // "" when no questionnaire was set for the quarter
  int answerCount = 0;   // answers in force in the caller's scope
  std::vector<domain::QuestionTally> questions;
  bool operator==(const QuestionTallies&) const = default;
};
nlohmann::json questionTalliesToJson(const QuestionTallies& t);
domain::Result<QuestionTallies> questionTalliesFromJson(const nlohmann::json& j);

}  // namespace qinqing::wire
