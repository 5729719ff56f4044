// The survey feature's state: 干部测评 (the pop-up after login, 实时测评), 发起满意度测评, 测评问卷 and
// the survey results. Part of AppState (app/app_state.hpp).
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/form_feedback.hpp"
#include "app/list_state.hpp"
#include "qinqing/org/enterprise_record.hpp"
#include "qinqing/wire/cadre_survey_json.hpp"

namespace qinqing::web {

// One 干部测评 form (the pop-up and 实时测评 share it): a rating per duty (index into
// domain::kAllDutyRatings, -1 while unrated), comments, and per question of the quarter's
// questionnaire the chosen option (single), the ticked options (multiple) or the text.
struct SurveyForm {
  std::array<long long, 4> ratings{-1, -1, -1, -1};
  std::array<std::string, 4> comments;
  std::vector<long long> single;
  std::vector<std::vector<int>> ticked;  // 0/1 per option (ImGui checkboxes edit a bool copy)
  std::vector<std::string> texts;
  FormFeedback feedback;
};

// 发起满意度测评: what the last 发起测评 of one enterprise row said, this session (the API keeps the
// requests but lists none: a row learns "already asked" from the 409).
struct SurveyRequestRow {
  bool sending = false;
  bool sent = false;     // asked this quarter (now, or the server says it was asked before)
  std::string message;   // the success, in green
  std::string error;     // the server's message (409: 本季度已向该企业发起过…)
};

// 发起满意度测评 (包联干部, §16): the cadre's enterprises (GET /api/enterprises, scoped to the cadre) and
// this quarter's count of answers about the cadre (GET /api/survey/tallies: counts only, never who).
struct SurveyRequestState {
  ListState<domain::EnterpriseRecord> enterprises;
  std::map<long long, SurveyRequestRow> rows;  // by enterprise id; node-based, so rows stay put
  std::optional<wire::SurveyTallies> tallies;
  bool talliesLoading = false;
  std::string talliesError;
};

// One question as the 包联成效问卷 editor holds it: the kind as an index into
// domain::kAllQuestionKinds, the options one per line (blank lines dropped when saved).
struct QuestionDraft {
  long long kind = 0;
  std::string text;
  std::string options;
  bool required = true;
};

// 包联成效问卷 (系统管理员, §16): the quarter picked (-1 previous, 0 current, +1 next), its questionnaire
// as loaded and as edited, the confirmation before the PUT, field errors beside their fields
// (title, questions, questions.N.text, questions.N.options).
struct QuestionnaireEditor {
  long long quarterOffset = 0;
  domain::Quarter quarter;
  bool loading = false;
  bool loaded = false;        // the quarter's questionnaire arrived (empty when none was set)
  std::string loadError;
  bool existing = false;      // the quarter already had questions when loaded
  std::string title;
  std::vector<QuestionDraft> questions;
  bool confirming = false;    // 保存 passed the shared validator: 确认保存 / 取消
  bool confirmInView = false; // the confirmation was scrolled fully into view once
  FormFeedback feedback;
  int sequence = 0;           // a late reply for another quarter is dropped
};

struct SurveyState {
  // GET /api/survey/prompt, loaded after each sign-in of an enterprise.
  std::optional<wire::SurveyPrompt> prompt;
  bool promptLoading = false;
  std::string promptError;
  // 稍后评价: closes the pop-up for this session only (reset at the next sign-in).
  bool putOff = false;
  SurveyForm form;
  // 干部测评 menu: the enterprise's answers (GET /api/survey/answers?history=1).
  std::vector<wire::SurveyAnswerView> history;
  bool historyLoading = false;
  std::string historyError;
  // 测评结果 / 干部测评结果: the quarter chosen (0 this quarter, 1 the one before, … 3) for the
  // 测评统计, 干部测评结果 and 包联成效 tabs, and the tallies of the caller's scope (never who rated).
  int resultsQuarter = 0;
  std::optional<wire::SurveyTallies> tallies;
  bool talliesLoading = false;
  std::string talliesError;
  // 测评结果's 测评答卷 tab: the answers in force in the caller's scope (GET /api/survey/answers,
  // paged on the server); answersQuarter: 0 all quarters, 1 this quarter, 2 the previous one.
  bool answersTab = false;
  ListState<wire::SurveyAnswerView> answers = newestFirst<wire::SurveyAnswerView>("answered_at");
  int answersQuarter = 0;
  // 干部测评结果 tab: one row per cadre in scope, by duty, sorted and paged on the server (best 满意率 first).
  bool cadreTab = false;
  ListState<domain::CadreSurveyResult> cadreResults = newestFirst<domain::CadreSurveyResult>("satisfaction");
  // 包联成效 tab: the quarter's questionnaire with the counts of each option and the texts.
  bool effectTab = false;
  std::optional<wire::QuestionTallies> questionTallies;
  bool questionTalliesLoading = false;
  std::string questionTalliesError;
  SurveyRequestState requests;
  QuestionnaireEditor editor;
};

}  // namespace qinqing::web
