// 干部测评 (notice §6, §16): each quarter an enterprise rates its liaison cadre on the four duties and
// answers the 包联成效 questionnaire the system administrator sets for the quarter. One answer per
// enterprise, cadre and quarter; a later answer in the quarter replaces the earlier (kept in history).
// Raters stay anonymous to the cadre: a cadre sees counts, never which enterprise said 不满意.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "qinqing/core/result.hpp"
#include "qinqing/identity/account.hpp"
#include "qinqing/identity/role.hpp"
#include "qinqing/time/period.hpp"

namespace qinqing::domain {

// The four duties of a liaison cadre (§6).
enum class CadreDuty {
  EpidemicGuide,       // 疫情防控“指导员”
  DevelopmentAdvisor,  // 高质量发展“参谋员”
  PetitionMediator,    // 企业诉求“调解员”
  PolicyPromoter,      // 惠企政策“宣讲员”
};
inline constexpr std::array<CadreDuty, 4> kAllCadreDuties = {CadreDuty::EpidemicGuide, CadreDuty::DevelopmentAdvisor,
                                                              CadreDuty::PetitionMediator, CadreDuty::PolicyPromoter};
std::string_view cadreDutyKey(CadreDuty duty);    // "epidemic_guide", …
std::string_view cadreDutyLabel(CadreDuty duty);  // 疫情防控“指导员” …
std::optional<CadreDuty> cadreDutyFromKey(std::string_view key);

enum class DutyRating {
  Satisfied,           // 满意
  BasicallySatisfied,  // 基本满意
  Dissatisfied,        // 不满意
};
inline constexpr std::array<DutyRating, 3> kAllDutyRatings = {DutyRating::Satisfied, DutyRating::BasicallySatisfied,
                                                               DutyRating::Dissatisfied};
std::string_view dutyRatingKey(DutyRating rating);    // "satisfied", "basically_satisfied", "dissatisfied"
std::string_view dutyRatingLabel(DutyRating rating);  // 满意 / 基本满意 / 不满意
std::optional<DutyRating> dutyRatingFromKey(std::string_view key);

enum class QuestionKind {
  SingleChoice,    // 单选
  MultipleChoice,  // 多选
  Text,            // 文字
};
inline constexpr std::array<QuestionKind, 3> kAllQuestionKinds = {QuestionKind::SingleChoice,
                                                                   QuestionKind::MultipleChoice, QuestionKind::Text};
std::string_view questionKindKey(QuestionKind kind);    // "single", "multiple", "text"
std::string_view questionKindLabel(QuestionKind kind);  // 单选 / 多选 / 文字
std::optional<QuestionKind> questionKindFromKey(std::string_view key);

inline constexpr std::size_t kQuestionnaireTitleMax = 60;
inline constexpr std::size_t kQuestionsMax = 20;
inline constexpr std::size_t kQuestionTextMax = 200;
inline constexpr std::size_t kOptionsMin = 2;
inline constexpr std::size_t kOptionsMax = 10;
inline constexpr std::size_t kOptionTextMax = 50;
inline constexpr std::size_t kDutyCommentMax = 200;
inline constexpr std::size_t kTextAnswerMax = 500;

struct SurveyQuestion {
  int number = 0;  // 1-based position; answers refer to it
  QuestionKind kind = QuestionKind::SingleChoice;
  std::string text;
  std::vector<std::string> options;  // choice questions only
  bool required = true;
  bool operator==(const SurveyQuestion&) const = default;
};

// The 包联成效 questionnaire of one quarter.
struct Questionnaire {
  Quarter quarter;
  std::string title;
  std::vector<SurveyQuestion> questions;
  bool operator==(const Questionnaire&) const = default;
};

// Every problem at once (fields title, questions, questions.N.text, questions.N.options): a title,
// 1..kQuestionsMax questions numbered 1..n in order, each with text; choice questions with
// kOptionsMin..kOptionsMax distinct non-blank options; text questions with none.
Status validateQuestionnaire(const Questionnaire& questionnaire);

struct DutyScore {
  CadreDuty duty = CadreDuty::EpidemicGuide;
  DutyRating rating = DutyRating::Satisfied;
  std::string comment;  // optional
  bool operator==(const DutyScore&) const = default;
};

struct QuestionAnswer {
  int number = 0;            // the question's number
  std::vector<int> choices;  // 0-based option indexes (choice questions)
  std::string text;          // text questions
  bool operator==(const QuestionAnswer&) const = default;
};

struct SurveyAnswer {
  Quarter quarter;
  std::vector<DutyScore> duties;        // each of the four duties exactly once
  std::vector<QuestionAnswer> answers;  // per question of the quarter's questionnaire
  bool operator==(const SurveyAnswer&) const = default;
};

// Every problem at once: the answer is for `current` (fields quarter); each duty rated once
// (duties.<key>); comments within kDutyCommentMax; every answer names a question of `questionnaire`
// (answers.N), a single choice has exactly one option in range, a multiple choice at least one,
// distinct and in range, a text at most kTextAnswerMax; required questions are answered.
// `questionnaire` may be empty (no questions set this quarter): then only the duties are rated.
Status validateSurveyAnswer(const SurveyAnswer& answer, const Questionnaire& questionnaire, Quarter current);

// The pop-up after login (§16 “系统会定期弹出‘干部测评’会话框”): while this quarter's answer is
// missing, unless the enterprise put it off (稍后评价) earlier in this same session.
bool surveyPromptDue(bool answeredThisQuarter, bool putOffThisSession);

// Whether `viewer` may see which enterprise gave which answer. A cadre sees only counts about
// themselves; unit and county administrators, the dispatch group, inspectors and the system
// administrator see individual answers within their scope.
bool surveyRaterVisibleTo(Role viewer);

// Counts for one duty: the cadre's (or a unit's) scorecard. 满意率 counts 满意 and 基本满意.
struct DutyTally {
  CadreDuty duty = CadreDuty::EpidemicGuide;
  std::array<int, 3> counts{};  // indexed like kAllDutyRatings
  int total() const { return counts[0] + counts[1] + counts[2]; }
  // Per mille, rounded half up; none when nobody answered.
  std::optional<int> satisfactionPermille() const;
  bool operator==(const DutyTally&) const = default;
};
std::array<DutyTally, 4> tallySurveyAnswers(const std::vector<SurveyAnswer>& answers);

// 干部测评结果 (§11, §23): one cadre's answers of a quarter, by duty.
struct CadreSurveyResult {
  NamedRef cadre;
  std::string unit;  // the cadre's 工作单位
  int answerCount = 0;
  std::array<DutyTally, 4> duties{};  // indexed like kAllCadreDuties
  // 满意率 over the four duties together (满意 + 基本满意 of every duty score), per mille, rounded
  // half up; none when nobody answered.
  std::optional<int> satisfactionPermille() const;
  bool operator==(const CadreSurveyResult&) const = default;
};

// How the cadres' results are ordered (the server sorts): 满意率 (none last), 测评份数, 姓名.
enum class CadreResultSort { Satisfaction, Answers, Name };
inline constexpr std::array<CadreResultSort, 3> kAllCadreResultSorts = {
    CadreResultSort::Satisfaction, CadreResultSort::Answers, CadreResultSort::Name};
std::string_view cadreResultSortKey(CadreResultSort sort);  // "satisfaction" | "answers" | "name"
std::optional<CadreResultSort> cadreResultSortFromKey(std::string_view key);

// 包联成效: one question of the quarter's questionnaire with what the answers said — how many
// chose each option (choice questions) and the texts written (text questions): the same text
// once with how many wrote it, newest first, at most kQuestionTextsShown different texts.
inline constexpr std::size_t kQuestionTextsShown = 50;
struct TextCount {
  std::string text;
  int count = 0;
  bool operator==(const TextCount&) const = default;
};
struct QuestionTally {
  SurveyQuestion question;
  std::vector<int> optionCounts;  // per option of the question
  int answered = 0;               // answers that answered this question (a blank text does not count)
  std::vector<TextCount> texts;
  bool operator==(const QuestionTally&) const = default;
};
// `answers` newest first. An answer naming an option out of range (the questionnaire edited since)
// counts as answered but adds to no option.
std::vector<QuestionTally> tallyQuestionAnswers(const Questionnaire& questionnaire,
                                                const std::vector<SurveyAnswer>& answers);

// The SMS an enterprise gets when its cadre asks for a rating (发起满意度测评).
std::string surveyRequestText(std::string_view cadreName, Quarter quarter);

}  // namespace qinqing::domain
