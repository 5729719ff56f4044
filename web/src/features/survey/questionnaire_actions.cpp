// 包联成效问卷's requests (no ImGui): load a quarter's questionnaire into the editor, check it with
// the shared validateQuestionnaire before the confirmation, and PUT it (the server checks again).
#include "app/reply.hpp"
#include "app/request.hpp"
#include "features/survey/survey_actions.hpp"
#include "features/survey/survey_intents.hpp"
#include "qinqing/relation/cadre_survey.hpp"
#include "qinqing/time/instant.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

std::string trimmedQuestionnaire(std::string_view line) {
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r'; };
  while (!line.empty() && blank(line.front())) line.remove_prefix(1);
  while (!line.empty() && blank(line.back())) line.remove_suffix(1);
  return std::string(line);
}

long long kindIndex(d::QuestionKind kind) {
  for (std::size_t i = 0; i < d::kAllQuestionKinds.size(); ++i) {
    if (d::kAllQuestionKinds[i] == kind) return static_cast<long long>(i);
  }
  return 0;
}

// The editor shaped after a questionnaire from the server (an unset quarter gets a suggested title).
void fillEditor(QuestionnaireEditor& e, const d::Questionnaire& q) {
  e.existing = !q.questions.empty();
  e.title = q.title.empty() ? q.quarter.label() + "包联成效问卷" : q.title;
  e.questions.clear();
  for (const auto& question : q.questions) {
    QuestionDraft draft;
    draft.kind = kindIndex(question.kind);
    draft.text = question.text;
    for (const auto& o : question.options) draft.options += (draft.options.empty() ? "" : "\n") + o;
    draft.required = question.required;
    e.questions.push_back(std::move(draft));
  }
  e.loaded = true;
}

void load(AppState& state, long long offset) {
  QuestionnaireEditor& e = state.survey.editor;
  e.quarterOffset = offset;
  e.quarter = quarterAtOffset(d::Quarter::of(d::localDate(state.now)), offset);
  e.loading = true;
  e.loaded = false;
  e.loadError.clear();
  e.confirming = false;
  e.feedback = FormFeedback{};
  e.questions.clear();
  e.title.clear();
  const int seq = ++e.sequence;
  const d::Quarter quarter = e.quarter;
  sendSignedIn(state, "GET", api::path<api::survey::questionnaire>(quarter.key()), "",
               ReplyGuard{{&state.survey.editor.loading}, [&state, seq] { return seq == state.survey.editor.sequence; }},
               [&state, quarter](const HttpReply& reply) {
                 QuestionnaireEditor& ed = state.survey.editor;
                 if (reply.status != 200) {
                   ed.loadError = "问卷加载失败：" + replyError(reply).message;
                   return;
                 }
                 auto q = wire::questionnaireFromJson(parsedReply(reply), quarter);
                 if (!q) {
                   ed.loadError = "问卷加载失败：" + q.error().message;
                   return;
                 }
                 fillEditor(ed, q.value());
               });
}

void askSave(AppState& state) {
  QuestionnaireEditor& e = state.survey.editor;
  if (!e.loaded || e.feedback.saving) return;
  e.feedback.clear();
  if (auto valid = d::validateQuestionnaire(questionnaireOf(e)); !valid) {
    e.feedback.fieldErrors = valid.error().fields;
    e.feedback.formError = "请按提示修改后再保存";
    e.confirming = false;
    return;
  }
  e.confirming = true;
  e.confirmInView = false;
}

void save(AppState& state) {
  QuestionnaireEditor& e = state.survey.editor;
  if (!e.loaded || e.feedback.saving) return;
  e.feedback.clear();
  e.feedback.saving = true;
  const d::Questionnaire q = questionnaireOf(e);
  const int seq = e.sequence;
  sendSignedIn(state, "PUT", api::path<api::survey::questionnaire>(q.quarter.key()), wire::questionnaireToJson(q).dump(),
               ReplyGuard{{&state.survey.editor.feedback.saving}, [&state, seq] { return seq == state.survey.editor.sequence; }},
               [&state, quarter = q.quarter](const HttpReply& reply) {
                 QuestionnaireEditor& ed = state.survey.editor;
                 ed.confirming = false;
                 if (reply.status != 200) {
                   applyFormError(reply, ed.feedback);
                   if (!ed.feedback.fieldErrors.empty()) ed.feedback.formError = "服务器未接受：请按提示修改后再保存";
                   return;
                 }
                 if (auto saved = wire::questionnaireFromJson(parsedReply(reply), quarter)) fillEditor(ed, saved.value());
                 ed.feedback.message = "已保存" + quarter.label() + "的包联成效问卷，企业测评时将看到这些问题。";
               });
}

}  // namespace

d::Quarter quarterAtOffset(d::Quarter current, long long offset) {
  if (offset < 0) return current.previous();
  if (offset > 0) return current.number == 4 ? d::Quarter{current.year + 1, 1} : d::Quarter{current.year, current.number + 1};
  return current;
}

d::Questionnaire questionnaireOf(const QuestionnaireEditor& editor) {
  d::Questionnaire q;
  q.quarter = editor.quarter;
  q.title = trimmedQuestionnaire(editor.title);
  for (std::size_t i = 0; i < editor.questions.size(); ++i) {
    const QuestionDraft& draft = editor.questions[i];
    d::SurveyQuestion question;
    question.number = static_cast<int>(i + 1);
    const auto k = static_cast<std::size_t>(draft.kind);
    question.kind = k < d::kAllQuestionKinds.size() ? d::kAllQuestionKinds[k] : d::QuestionKind::SingleChoice;
    question.text = trimmedQuestionnaire(draft.text);
    question.required = draft.required;
    if (question.kind != d::QuestionKind::Text) {
      std::string_view rest = draft.options;
      while (!rest.empty()) {
        const auto end = rest.find('\n');
        std::string line = trimmedQuestionnaire(rest.substr(0, end));
        if (!line.empty()) question.options.push_back(std::move(line));
        rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
      }
    }
    q.questions.push_back(std::move(question));
  }
  return q;
}

void perform(AppState& state, const OpenQuestionnaire& intent) { load(state, intent.quarterOffset); }
void perform(AppState& state, const AskSaveQuestionnaire& /*intent*/) { askSave(state); }
void perform(AppState& state, const ConfirmSaveQuestionnaire& /*intent*/) { save(state); }

}  // namespace qinqing::web
