#include "qinqing/wire/cadre_survey_json.hpp"

#include "qinqing/wire/error_json.hpp"
#include "qinqing/wire/json_fields.hpp"

namespace qinqing::wire {
using nlohmann::json;
namespace d = qinqing::domain;

namespace {

json refOrNull(const std::optional<d::NamedRef>& r) { return optionalRefToJson(r); }

json dutyTalliesToJson(const std::array<d::DutyTally, 4>& tallies) {
  json duties = json::array();
  for (const auto& d : tallies) {
    const auto permille = d.satisfactionPermille();
    duties.push_back({{"duty", d::cadreDutyKey(d.duty)},
                      {"duty_name", d::cadreDutyLabel(d.duty)},
                      {"satisfied", d.counts[0]},
                      {"basically_satisfied", d.counts[1]},
                      {"dissatisfied", d.counts[2]},
                      {"total", d.total()},
                      {"satisfaction_permille", permille ? json(*permille) : json(nullptr)}});
  }
  return duties;
}

std::optional<std::array<d::DutyTally, 4>> dutyTalliesFromJson(const json& j) {
  if (!j.is_array() || j.size() != 4) return std::nullopt;
  std::array<d::DutyTally, 4> out{};
  for (std::size_t i = 0; i < 4; ++i) {
    const auto& row = j[i];
    auto duty = d::cadreDutyFromKey(textAt(row, "duty"));
    if (!duty) return std::nullopt;
    out[i].duty = *duty;
    out[i].counts = {static_cast<int>(getInt(row, "satisfied").value_or(0)),
                     static_cast<int>(getInt(row, "basically_satisfied").value_or(0)),
                     static_cast<int>(getInt(row, "dissatisfied").value_or(0))};
  }
  return out;
}

}  // namespace

json questionnaireToJson(const d::Questionnaire& q) {
  json questions = json::array();
  for (const auto& s : q.questions) {
    questions.push_back({{"number", s.number},
                         {"kind", d::questionKindKey(s.kind)},
                         {"kind_name", d::questionKindLabel(s.kind)},
                         {"text", s.text},
                         {"options", s.options},
                         {"required", s.required}});
  }
  return {{"quarter", q.quarter.key()}, {"quarter_label", q.quarter.label()}, {"title", q.title}, {"questions", questions}};
}

d::Result<d::Questionnaire> questionnaireFromJson(const json& j, d::Quarter quarter) {
  if (!j.is_object()) return badShape("问卷");
  d::Questionnaire q;
  q.quarter = quarter;
  q.title = textAt(j, "title");
  std::vector<d::FieldError> errors;
  if (auto it = j.find("questions"); it != j.end() && !it->is_null()) {
    if (!it->is_array()) return d::DomainError::invalid({{"questions", "题目应为列表"}});
    int index = 0;
    for (const auto& s : *it) {
      ++index;
      const std::string field = "questions." + std::to_string(index);
      if (!s.is_object()) {
        errors.push_back({field, "题目格式有误"});
        continue;
      }
      d::SurveyQuestion question;
      question.number = static_cast<int>(getInt(s, "number").value_or(index));
      auto kind = d::questionKindFromKey(textAt(s, "kind"));
      if (!kind) errors.push_back({field + ".kind", "请选择题型"});
      question.kind = kind.value_or(d::QuestionKind::Text);
      question.text = textAt(s, "text");
      if (auto opts = s.find("options"); opts != s.end() && opts->is_array()) {
        for (const auto& o : *opts) question.options.push_back(o.is_string() ? o.get<std::string>() : std::string());
      }
      question.required = getBool(s, "required").value_or(true);
      q.questions.push_back(std::move(question));
    }
  }
  if (!errors.empty()) return d::DomainError::invalid(std::move(errors));
  return q;
}

json surveyAnswerToJson(const d::SurveyAnswer& a) {
  json duties = json::array();
  for (const auto& s : a.duties) {
    duties.push_back({{"duty", d::cadreDutyKey(s.duty)},
                      {"duty_name", d::cadreDutyLabel(s.duty)},
                      {"rating", d::dutyRatingKey(s.rating)},
                      {"rating_name", d::dutyRatingLabel(s.rating)},
                      {"comment", s.comment}});
  }
  json answers = json::array();
  for (const auto& x : a.answers) answers.push_back({{"number", x.number}, {"choices", x.choices}, {"text", x.text}});
  return {{"quarter", a.quarter.key()}, {"duties", duties}, {"answers", answers}};
}

d::Result<d::SurveyAnswer> surveyAnswerFromJson(const json& j) {
  if (!j.is_object()) return badShape("测评");
  std::vector<d::FieldError> errors;
  d::SurveyAnswer a;
  if (auto q = d::Quarter::parse(textAt(j, "quarter"))) {
    a.quarter = q.value();
  } else {
    errors.push_back({"quarter", "季度格式应为 2026-Q4"});
  }
  if (auto it = j.find("duties"); it != j.end() && it->is_array()) {
    for (const auto& s : *it) {
      auto duty = s.is_object() ? d::cadreDutyFromKey(textAt(s, "duty")) : std::nullopt;
      auto rating = s.is_object() ? d::dutyRatingFromKey(textAt(s, "rating")) : std::nullopt;
      if (!duty || !rating) {
        errors.push_back({"duties", "请为四项职责分别选择满意、基本满意或不满意"});
        break;
      }
      a.duties.push_back({*duty, *rating, textAt(s, "comment")});
    }
  }
  if (auto it = j.find("answers"); it != j.end() && it->is_array()) {
    for (const auto& x : *it) {
      d::QuestionAnswer answer;
      bool ok = x.is_object() && getInt(x, "number").has_value();
      if (ok) {
        answer.number = static_cast<int>(*getInt(x, "number"));
        answer.text = textAt(x, "text");
        if (auto c = x.find("choices"); c != x.end() && c->is_array()) {
          for (const auto& n : *c) {
            if (!n.is_number_integer()) ok = false;
            else answer.choices.push_back(n.get<int>());
          }
        }
      }
      if (!ok) {
        errors.push_back({"answers", "答案格式有误"});
        break;
      }
      a.answers.push_back(std::move(answer));
    }
  }
  if (!errors.empty()) return d::DomainError::invalid(std::move(errors));
  return a;
}

json surveyAnswerViewToJson(const SurveyAnswerView& v) {
  json j = surveyAnswerToJson(v.answer);
  j["id"] = v.id;
  j["enterprise"] = namedRefToJson(v.enterprise);
  j["cadre"] = namedRefToJson(v.cadre);
  j["answered_at"] = v.answeredAt;
  j["superseded_at"] = v.supersededAt;
  j["replaced"] = v.replaced;
  return j;
}

d::Result<SurveyAnswerView> surveyAnswerViewFromJson(const json& j) {
  if (!j.is_object() || !getInt(j, "id")) return badShape("测评");
  auto answer = surveyAnswerFromJson(j);
  auto enterprise = namedRefAt(j, "enterprise");
  auto cadre = namedRefAt(j, "cadre");
  if (!answer || !enterprise || !cadre) return badShape("测评");
  SurveyAnswerView v;
  v.id = *getInt(j, "id");
  v.enterprise = *enterprise;
  v.cadre = *cadre;
  v.answer = std::move(answer).value();
  v.answeredAt = textAt(j, "answered_at");
  v.supersededAt = textAt(j, "superseded_at");
  v.replaced = getBool(j, "replaced").value_or(false);
  return v;
}

json surveyPromptToJson(const SurveyPrompt& p) {
  return {{"quarter", p.quarter.key()},
          {"quarter_label", p.quarter.label()},
          {"answered", p.answered},
          {"due", p.due},
          {"cadre", refOrNull(p.cadre)},
          {"questionnaire", questionnaireToJson(p.questionnaire)}};
}

d::Result<SurveyPrompt> surveyPromptFromJson(const json& j) {
  if (!j.is_object()) return badShape("测评提示");
  auto quarter = d::Quarter::parse(textAt(j, "quarter"));
  if (!quarter || !j.contains("questionnaire")) return badShape("测评提示");
  auto questionnaire = questionnaireFromJson(j["questionnaire"], quarter.value());
  if (!questionnaire) return badShape("测评提示");
  SurveyPrompt p;
  p.quarter = quarter.value();
  p.answered = getBool(j, "answered").value_or(false);
  p.due = getBool(j, "due").value_or(false);
  p.cadre = namedRefAt(j, "cadre");
  p.questionnaire = std::move(questionnaire).value();
  return p;
}

json surveyTalliesToJson(const SurveyTallies& t) {
  return {{"quarter", t.quarter.key()}, {"cadre", refOrNull(t.cadre)}, {"answer_count", t.answerCount},
          {"duties", dutyTalliesToJson(t.duties)}};
}

d::Result<SurveyTallies> surveyTalliesFromJson(const json& j) {
  if (!j.is_object()) return badShape("测评结果");
  auto quarter = d::Quarter::parse(textAt(j, "quarter"));
  const auto duties = quarter && j.contains("duties") ? dutyTalliesFromJson(j["duties"]) : std::nullopt;
  if (!duties) return badShape("测评结果");
  SurveyTallies t;
  t.quarter = quarter.value();
  t.cadre = namedRefAt(j, "cadre");
  t.answerCount = static_cast<int>(getInt(j, "answer_count").value_or(0));
  t.duties = *duties;
  return t;
}

json cadreSurveyResultToJson(const d::CadreSurveyResult& r) {
  const auto permille = r.satisfactionPermille();
  return {{"cadre", namedRefToJson(r.cadre)},
          {"unit", r.unit},
          {"answer_count", r.answerCount},
          {"satisfaction_permille", permille ? json(*permille) : json(nullptr)},
          {"duties", dutyTalliesToJson(r.duties)}};
}

d::Result<d::CadreSurveyResult> cadreSurveyResultFromJson(const json& j) {
  if (!j.is_object()) return badShape("干部测评结果");
  auto cadre = namedRefAt(j, "cadre");
  auto duties = j.contains("duties") ? dutyTalliesFromJson(j["duties"]) : std::nullopt;
  if (!cadre || !duties) return badShape("干部测评结果");
  return d::CadreSurveyResult{*cadre, textAt(j, "unit"), static_cast<int>(getInt(j, "answer_count").value_or(0)), *duties};
}

json questionTalliesToJson(const QuestionTallies& t) {
  json questions = json::array();
  for (const auto& q : t.questions) {
    json texts = json::array();
    for (const auto& x : q.texts) texts.push_back({{"text", x.text}, {"count", x.count}});
    questions.push_back({{"number", q.question.number},
                         {"kind", d::questionKindKey(q.question.kind)},
                         {"text", q.question.text},
                         {"options", q.question.options},
                         {"required", q.question.required},
                         {"option_counts", q.optionCounts},
                         {"answered", q.answered},
                         {"texts", texts}});
  }
  return {{"quarter", t.quarter.key()}, {"title", t.title}, {"answer_count", t.answerCount}, {"questions", questions}};
}

d::Result<QuestionTallies> questionTalliesFromJson(const json& j) {
  if (!j.is_object() || !j.contains("questions") || !j["questions"].is_array()) return badShape("包联成效");
  auto quarter = d::Quarter::parse(textAt(j, "quarter"));
  if (!quarter) return badShape("包联成效");
  QuestionTallies t;
  t.quarter = quarter.value();
  t.title = textAt(j, "title");
  t.answerCount = static_cast<int>(getInt(j, "answer_count").value_or(0));
  for (const auto& item : j["questions"]) {
    d::QuestionTally q;
    q.question.number = static_cast<int>(getInt(item, "number").value_or(0));
    auto kind = d::questionKindFromKey(textAt(item, "kind"));
    if (!kind) return badShape("包联成效");
    q.question.kind = *kind;
    q.question.text = textAt(item, "text");
    q.question.required = getBool(item, "required").value_or(true);
    if (!item.contains("options") || !item["options"].is_array() || !item.contains("texts") || !item["texts"].is_array())
      return badShape("包联成效");
    for (const auto& o : item["options"]) q.question.options.push_back(o.is_string() ? o.get<std::string>() : "");
    for (const auto& x : item["texts"]) q.texts.push_back({textAt(x, "text"), static_cast<int>(getInt(x, "count").value_or(1))});
    if (!item.contains("option_counts") || !item["option_counts"].is_array()) return badShape("包联成效");
    for (const auto& c : item["option_counts"]) q.optionCounts.push_back(c.is_number_integer() ? c.get<int>() : 0);
    q.answered = static_cast<int>(getInt(item, "answered").value_or(0));
    t.questions.push_back(std::move(q));
  }
  return t;
}

}  // namespace qinqing::wire
