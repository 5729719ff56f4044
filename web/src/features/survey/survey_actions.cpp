#include "features/survey/survey_actions.hpp"

#include "app/reply.hpp"
#include "app/request.hpp"
#include "features/survey/survey_intents.hpp"
#include "qinqing/relation/cadre_survey.hpp"
#include "qinqing/time/instant.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

// A fresh form shaped after the quarter's questionnaire.
SurveyForm formFor(const d::Questionnaire& q) {
  SurveyForm f;
  for (const auto& question : q.questions) {
    f.single.push_back(-1);
    f.ticked.emplace_back(question.options.size(), 0);
    f.texts.emplace_back();
  }
  return f;
}

// The answer the form holds; unrated duties are left out so the server names them (duties.<key>).
d::SurveyAnswer answerOf(const SurveyForm& f, const wire::SurveyPrompt& prompt) {
  d::SurveyAnswer a;
  a.quarter = prompt.quarter;
  for (std::size_t i = 0; i < d::kAllCadreDuties.size(); ++i) {
    if (f.ratings[i] < 0) continue;
    a.duties.push_back({d::kAllCadreDuties[i], d::kAllDutyRatings[static_cast<std::size_t>(f.ratings[i])], f.comments[i]});
  }
  const auto& questions = prompt.questionnaire.questions;
  for (std::size_t i = 0; i < questions.size() && i < f.texts.size(); ++i) {
    d::QuestionAnswer qa;
    qa.number = questions[i].number;
    switch (questions[i].kind) {
      case d::QuestionKind::SingleChoice:
        if (f.single[i] < 0) continue;
        qa.choices.push_back(static_cast<int>(f.single[i]));
        break;
      case d::QuestionKind::MultipleChoice:
        for (std::size_t o = 0; o < f.ticked[i].size(); ++o) {
          if (f.ticked[i][o]) qa.choices.push_back(static_cast<int>(o));
        }
        if (qa.choices.empty()) continue;
        break;
      case d::QuestionKind::Text:
        if (f.texts[i].empty()) continue;
        qa.text = f.texts[i];
        break;
    }
    a.answers.push_back(std::move(qa));
  }
  return a;
}

void loadPrompt(AppState& state) {
  SurveyState& s = state.survey;
  s.promptLoading = true;
  s.promptError.clear();
  sendSignedIn(state, "GET", api::path<api::survey::prompt>(), "", ReplyGuard{{&state.survey.promptLoading}},
               [&state](const HttpReply& reply) {
                 SurveyState& sv = state.survey;
                 if (reply.status != 200) {
                   sv.promptError = "干部测评加载失败：" + replyError(reply).message;
                   return;
                 }
                 auto prompt = wire::surveyPromptFromJson(parsedReply(reply));
                 if (!prompt) {
                   sv.promptError = prompt.error().message;
                   return;
                 }
                 sv.prompt = std::move(prompt).value();
                 sv.form = formFor(sv.prompt->questionnaire);
               });
}

void loadHistory(AppState& state) {
  SurveyState& s = state.survey;
  s.historyLoading = true;
  s.historyError.clear();
  sendSignedIn(state, "GET", api::path<api::survey::answers>() + "?history=1&page_size=100", "",
               ReplyGuard{{&state.survey.historyLoading}}, [&state](const HttpReply& reply) {
                 SurveyState& sv = state.survey;
                 if (reply.status != 200) {
                   sv.historyError = "测评记录加载失败：" + replyError(reply).message;
                   return;
                 }
                 auto page = wire::pageFromJson<wire::SurveyAnswerView>(parsedReply(reply), wire::surveyAnswerViewFromJson);
                 if (!page) {
                   sv.historyError = page.error().message;
                   return;
                 }
                 sv.history = std::move(page.value().items);
               });
}

void submit(AppState& state) {
  SurveyState& s = state.survey;
  if (!s.prompt || s.form.feedback.saving) return;
  s.form.feedback.clear();
  s.form.feedback.saving = true;
  const auto body = wire::surveyAnswerToJson(answerOf(s.form, *s.prompt)).dump();
  sendSignedIn(state, "POST", api::path<api::survey::answers>(), body, ReplyGuard{{&state.survey.form.feedback.saving}},
               [&state](const HttpReply& reply) {
                 SurveyState& sv = state.survey;
                 if (reply.status != 201) {
                   applyFormError(reply, sv.form.feedback);
                   if (!sv.form.feedback.fieldErrors.empty()) sv.form.feedback.formError = "请按提示补全或修改后再提交";
                   return;
                 }
                 if (sv.prompt) {
                   sv.prompt->answered = true;
                   sv.prompt->due = false;
                   sv.form = formFor(sv.prompt->questionnaire);
                 }
                 sv.form.feedback.message = "测评已提交，感谢您的评价。";
                 loadHistory(state);
               });
}

// The quarter 测评结果 shows: this one, or `resultsQuarter` before it.
d::Quarter resultsQuarterOf(const AppState& state) {
  d::Quarter q = d::Quarter::of(d::localDate(state.now));
  for (int i = 0; i < state.survey.resultsQuarter; ++i) q = q.previous();
  return q;
}

void loadTallies(AppState& state) {
  SurveyState& s = state.survey;
  s.talliesLoading = true;
  s.talliesError.clear();
  const std::string path = api::path<api::survey::tallies>() + "?quarter=" + resultsQuarterOf(state).key();
  sendSignedIn(state, "GET", path, "", ReplyGuard{{&state.survey.talliesLoading}},
               [&state](const HttpReply& reply) {
                 SurveyState& sv = state.survey;
                 if (reply.status != 200) {
                   sv.talliesError = "测评结果加载失败：" + replyError(reply).message;
                   return;
                 }
                 auto t = wire::surveyTalliesFromJson(parsedReply(reply));
                 if (!t) {
                   sv.talliesError = t.error().message;
                   return;
                 }
                 sv.tallies = std::move(t).value();
               });
}

void loadCadreResults(AppState& state) {
  SurveyState& s = state.survey;
  loadListPage(state, s.cadreResults, api::path<api::survey::cadreResults>(), "&quarter=" + resultsQuarterOf(state).key(),
               wire::cadreSurveyResultFromJson, "干部测评结果");
}

void loadQuestionTallies(AppState& state) {
  SurveyState& s = state.survey;
  s.questionTalliesLoading = true;
  s.questionTalliesError.clear();
  const d::Quarter quarter = resultsQuarterOf(state);
  sendSignedIn(state, "GET", api::path<api::survey::questionTallies>() + "?quarter=" + quarter.key(), "",
               ReplyGuard{{&state.survey.questionTalliesLoading}}, [&state, quarter](const HttpReply& reply) {
                 SurveyState& sv = state.survey;
                 if (reply.status != 200) {
                   sv.questionTalliesError = "包联成效加载失败：" + replyError(reply).message;
                   return;
                 }
                 auto t = wire::questionTalliesFromJson(parsedReply(reply));
                 if (!t) {
                   sv.questionTalliesError = t.error().message;
                   return;
                 }
                 if (t.value().quarter == quarter) sv.questionTallies = std::move(t).value();
               });
}

// 测评答卷: the answers in force (not the superseded ones), newest first, in the caller's scope; the
// server decides which enterprises' names a role may see.
void loadAnswers(AppState& state) {
  SurveyState& s = state.survey;
  std::string filters;
  const d::Quarter current = d::Quarter::of(d::localDate(state.now));
  if (s.answersQuarter == 1) filters = "&quarter=" + current.key();
  if (s.answersQuarter == 2) filters = "&quarter=" + current.previous().key();
  loadListPage(state, s.answers, api::path<api::survey::answers>(), filters, wire::surveyAnswerViewFromJson, "测评答卷");
}

}  // namespace

void surveyAfterSignIn(AppState& state) {
  state.survey = SurveyState{};
  if (state.session && state.session->profile.role == d::Role::Enterprise) loadPrompt(state);
}

bool surveyPopupDue(const AppState& state) {
  if (!state.session || state.session->profile.role != d::Role::Enterprise || !state.survey.prompt) return false;
  // The first login's dialog (bind a mobile, new password) comes first; the survey waits for it.
  const auto& profile = state.session->profile;
  if (!profile.mobileBound || profile.mustChangePassword) return false;
  // A quarter without a cadre has nobody to rate.
  if (!state.survey.prompt->cadre) return false;
  return d::surveyPromptDue(state.survey.prompt->answered, state.survey.putOff);
}

// [SECTION] The intents' handlers: one perform() per intent (std::visit in app/dispatch.cpp).
void perform(AppState& state, const LoadSurveyPrompt& /*intent*/) { loadPrompt(state); }
void perform(AppState& state, const PutOffSurvey& /*intent*/) {
  state.survey.putOff = true;
  state.survey.form.feedback.clear();
}
void perform(AppState& state, const SubmitSurvey& /*intent*/) { submit(state); }
void perform(AppState& state, const LoadSurveyHistory& /*intent*/) { loadHistory(state); }
void perform(AppState& state, const LoadSurveyTallies& /*intent*/) { loadTallies(state); }
void perform(AppState& state, const LoadSurveyAnswers& /*intent*/) { loadAnswers(state); }
void perform(AppState& state, const ChooseResultsQuarter& intent) {
  SurveyState& s = state.survey;
  s.resultsQuarter = intent.quarter;
  s.cadreResults.request.page = 1;
  loadTallies(state);
  if (s.cadreTab) loadCadreResults(state);
  if (s.effectTab) loadQuestionTallies(state);
}
void perform(AppState& state, const LoadCadreResults& /*intent*/) { loadCadreResults(state); }
void perform(AppState& state, const LoadQuestionTallies& /*intent*/) { loadQuestionTallies(state); }

}  // namespace qinqing::web
