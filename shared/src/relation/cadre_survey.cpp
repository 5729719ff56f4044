#include "qinqing/relation/cadre_survey.hpp"

#include <algorithm>

#include "qinqing/core/vocabulary.hpp"
#include "qinqing/validation/field_validator.hpp"
#include "qinqing/validation/text.hpp"

namespace qinqing::domain {
namespace {

constexpr Vocabulary<CadreDuty, 4> kDuties = {{
    {CadreDuty::EpidemicGuide, "epidemic_guide", "疫情防控“指导员”"},
    {CadreDuty::DevelopmentAdvisor, "development_advisor", "高质量发展“参谋员”"},
    {CadreDuty::PetitionMediator, "petition_mediator", "企业诉求“调解员”"},
    {CadreDuty::PolicyPromoter, "policy_promoter", "惠企政策“宣讲员”"},
}};

constexpr Vocabulary<DutyRating, 3> kDutyRatings = {{
    {DutyRating::Satisfied, "satisfied", "满意"},
    {DutyRating::BasicallySatisfied, "basically_satisfied", "基本满意"},
    {DutyRating::Dissatisfied, "dissatisfied", "不满意"},
}};

constexpr Vocabulary<QuestionKind, 3> kQuestionKinds = {{
    {QuestionKind::SingleChoice, "single", "单选"},
    {QuestionKind::MultipleChoice, "multiple", "多选"},
    {QuestionKind::Text, "text", "文字"},
}};

std::string questionField(std::size_t index, std::string_view part) {
  return "questions." + std::to_string(index + 1) + "." + std::string(part);
}

}  // namespace

std::string_view cadreDutyKey(CadreDuty duty) { return vocabularyKey(kDuties, duty); }
std::string_view cadreDutyLabel(CadreDuty duty) { return vocabularyLabel(kDuties, duty); }
std::optional<CadreDuty> cadreDutyFromKey(std::string_view key) { return vocabularyFromKey(kDuties, key); }
std::string_view dutyRatingKey(DutyRating rating) { return vocabularyKey(kDutyRatings, rating); }
std::string_view dutyRatingLabel(DutyRating rating) { return vocabularyLabel(kDutyRatings, rating); }
std::optional<DutyRating> dutyRatingFromKey(std::string_view key) { return vocabularyFromKey(kDutyRatings, key); }
std::string_view questionKindKey(QuestionKind kind) { return vocabularyKey(kQuestionKinds, kind); }
std::string_view questionKindLabel(QuestionKind kind) { return vocabularyLabel(kQuestionKinds, kind); }
std::optional<QuestionKind> questionKindFromKey(std::string_view key) { return vocabularyFromKey(kQuestionKinds, key); }

Status validateQuestionnaire(const Questionnaire& q) {
  FieldValidator v;
  v.required("title", "问卷标题", q.title).maxChars("title", "问卷标题", q.title, kQuestionnaireTitleMax);
  v.check(!q.questions.empty(), "questions", "请至少设置一个问题");
  v.check(q.questions.size() <= kQuestionsMax, "questions", "问题不能超过" + std::to_string(kQuestionsMax) + "个");
  for (std::size_t i = 0; i < q.questions.size(); ++i) {
    const auto& question = q.questions[i];
    const std::string label = "第" + std::to_string(i + 1) + "题";
    v.check(question.number == static_cast<int>(i + 1), questionField(i, "number"), label + "的序号应为" +
                                                                                       std::to_string(i + 1));
    v.required(questionField(i, "text"), label + "的题目", question.text)
        .maxChars(questionField(i, "text"), label + "的题目", question.text, kQuestionTextMax);
    switch (question.kind) {
      case QuestionKind::Text:
        v.check(question.options.empty(), questionField(i, "options"), label + "为文字题，不设选项");
        break;
      case QuestionKind::SingleChoice:
      case QuestionKind::MultipleChoice: {
        const auto n = question.options.size();
        v.check(n >= kOptionsMin && n <= kOptionsMax, questionField(i, "options"),
                label + "应有" + std::to_string(kOptionsMin) + "至" + std::to_string(kOptionsMax) + "个选项");
        bool blank = false, duplicate = false, tooLong = false;
        for (std::size_t a = 0; a < n; ++a) {
          blank = blank || isBlank(question.options[a]);
          const auto chars = utf8Length(question.options[a]);
          tooLong = tooLong || !chars || *chars > kOptionTextMax;
          for (std::size_t b = a + 1; b < n; ++b) duplicate = duplicate || question.options[a] == question.options[b];
        }
        v.check(!blank, questionField(i, "options"), label + "有空白选项");
        v.check(!duplicate, questionField(i, "options"), label + "有重复的选项");
        v.check(!tooLong, questionField(i, "options"),
                label + "的选项不能超过" + std::to_string(kOptionTextMax) + "个字");
        break;
      }
    }
  }
  return v.status();
}

Status validateSurveyAnswer(const SurveyAnswer& answer, const Questionnaire& questionnaire, Quarter current) {
  FieldValidator v;
  v.check(answer.quarter == current, "quarter", "只能评价本季度（" + current.label() + "）");
  for (CadreDuty duty : kAllCadreDuties) {
    const auto n = std::count_if(answer.duties.begin(), answer.duties.end(),
                                 [duty](const DutyScore& s) { return s.duty == duty; });
    v.check(n == 1, "duties." + std::string(cadreDutyKey(duty)),
            n == 0 ? "请评价" + std::string(cadreDutyLabel(duty)) : std::string(cadreDutyLabel(duty)) + "只能评价一次");
  }
  for (const auto& score : answer.duties) {
    v.maxChars("duties." + std::string(cadreDutyKey(score.duty)) + ".comment", "意见", score.comment, kDutyCommentMax);
  }
  for (const auto& a : answer.answers) {
    const std::string field = "answers." + std::to_string(a.number);
    const auto question = std::find_if(questionnaire.questions.begin(), questionnaire.questions.end(),
                                       [&a](const SurveyQuestion& q) { return q.number == a.number; });
    if (question == questionnaire.questions.end()) {
      v.check(false, field, "问卷中没有第" + std::to_string(a.number) + "题");
      continue;
    }
    const auto inRange = [&](int c) { return c >= 0 && c < static_cast<int>(question->options.size()); };
    switch (question->kind) {
      case QuestionKind::SingleChoice:
        v.check(a.choices.size() <= 1 && std::all_of(a.choices.begin(), a.choices.end(), inRange), field,
                "请在选项中选择一项");
        break;
      case QuestionKind::MultipleChoice: {
        auto sorted = a.choices;
        std::sort(sorted.begin(), sorted.end());
        const bool distinct = std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end();
        v.check(distinct && std::all_of(a.choices.begin(), a.choices.end(), inRange), field, "选项无效");
        break;
      }
      case QuestionKind::Text:
        v.check(a.choices.empty(), field, "文字题不设选项");
        v.maxChars(field, "回答", a.text, kTextAnswerMax);
        break;
    }
  }
  for (const auto& q : questionnaire.questions) {
    if (!q.required) continue;
    const auto given = std::find_if(answer.answers.begin(), answer.answers.end(),
                                    [&q](const QuestionAnswer& a) { return a.number == q.number; });
    const bool answered = given != answer.answers.end() &&
                          (q.kind == QuestionKind::Text ? !isBlank(given->text) : !given->choices.empty());
    const std::string field = "answers." + std::to_string(q.number);
    if (!answered && !v.hasError(field)) v.check(false, field, "请回答第" + std::to_string(q.number) + "题");
  }
  return v.status();
}

bool surveyPromptDue(bool answeredThisQuarter, bool putOffThisSession) {
  return !answeredThisQuarter && !putOffThisSession;
}

bool surveyRaterVisibleTo(Role viewer) {
  switch (viewer) {
    case Role::UnitAdmin:
    case Role::CountyAdmin:
    case Role::CityDispatcher:
    case Role::IndustryDispatcher:
    case Role::Inspector:
    case Role::SystemAdmin:
      return true;
    case Role::Enterprise:
    case Role::Cadre:
    case Role::SecurityAdmin:
    case Role::AuditAdmin:
      return false;
  }
  return false;
}

std::optional<int> DutyTally::satisfactionPermille() const {
  const int n = total();
  if (n == 0) return std::nullopt;
  return ((counts[0] + counts[1]) * 2000 + n) / (2 * n);
}

std::optional<int> CadreSurveyResult::satisfactionPermille() const {
  int good = 0, all = 0;
  for (const DutyTally& t : duties) {
    good += t.counts[0] + t.counts[1];
    all += t.total();
  }
  if (all == 0) return std::nullopt;
  return (good * 2000 + all) / (2 * all);
}

namespace {
constexpr Vocabulary<CadreResultSort, 3> kCadreResultSorts = {{
    {CadreResultSort::Satisfaction, "satisfaction", "满意率"},
    {CadreResultSort::Answers, "answers", "测评份数"},
    {CadreResultSort::Name, "name", "姓名"},
}};
}  // namespace

std::string_view cadreResultSortKey(CadreResultSort sort) { return vocabularyKey(kCadreResultSorts, sort); }
std::optional<CadreResultSort> cadreResultSortFromKey(std::string_view key) {
  return vocabularyFromKey(kCadreResultSorts, key);
}

std::vector<QuestionTally> tallyQuestionAnswers(const Questionnaire& questionnaire,
                                                const std::vector<SurveyAnswer>& answers) {
  std::vector<QuestionTally> out;
  for (const SurveyQuestion& q : questionnaire.questions) {
    QuestionTally t;
    t.question = q;
    t.optionCounts.assign(q.options.size(), 0);
    for (const SurveyAnswer& a : answers) {
      for (const QuestionAnswer& qa : a.answers) {
        if (qa.number != q.number) continue;
        switch (q.kind) {
          case QuestionKind::SingleChoice:
          case QuestionKind::MultipleChoice:
            if (qa.choices.empty()) break;
            ++t.answered;
            for (int c : qa.choices)
              if (c >= 0 && static_cast<std::size_t>(c) < t.optionCounts.size()) ++t.optionCounts[static_cast<std::size_t>(c)];
            break;
          case QuestionKind::Text:
            if (qa.text.empty()) break;
            ++t.answered;
            if (auto it = std::find_if(t.texts.begin(), t.texts.end(), [&](const TextCount& x) { return x.text == qa.text; });
                it != t.texts.end()) {
              ++it->count;
            } else if (t.texts.size() < kQuestionTextsShown) {
              t.texts.push_back({qa.text, 1});
            }
            break;
        }
      }
    }
    out.push_back(std::move(t));
  }
  return out;
}

std::array<DutyTally, 4> tallySurveyAnswers(const std::vector<SurveyAnswer>& answers) {
  std::array<DutyTally, 4> tallies{};
  for (std::size_t i = 0; i < kAllCadreDuties.size(); ++i) tallies[i].duty = kAllCadreDuties[i];
  for (const auto& a : answers) {
    for (const auto& s : a.duties) {
      for (auto& t : tallies) {
        if (t.duty == s.duty) ++t.counts[static_cast<std::size_t>(s.rating)];
      }
    }
  }
  return tallies;
}

std::string surveyRequestText(std::string_view cadreName, Quarter quarter) {
  return "您的包联干部" + std::string(cadreName) + "邀请贵企业对其" + quarter.label() +
         "的服务进行满意度测评，请登录十堰亲清企业服务信息平台在“干部测评”中评价。";
}

}  // namespace qinqing::domain
