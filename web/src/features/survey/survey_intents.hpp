// The intents of 干部测评 (the pop-up after login, 实时测评, results) performed by survey_actions.cpp,
// of 发起满意度测评 by survey_request_actions.cpp and of 包联成效问卷 by questionnaire_actions.cpp.
#pragma once

#include "app/type_list.hpp"

namespace qinqing::web {

struct AppState;

struct LoadSurveyPrompt {};
// 稍后评价: the pop-up stays closed for this session.
struct PutOffSurvey {};
// 提交: POST /api/survey/answers with the form; field errors beside their questions.
struct SubmitSurvey {};
struct LoadSurveyHistory {};
// GET /api/survey/tallies (the caller's scope, the quarter chosen in 测评结果).
struct LoadSurveyTallies {};
// 测评结果's quarter changed (0 this, 1 the one before, …): every tab of that quarter loads again.
struct ChooseResultsQuarter {
  int quarter = 0;
};
// 干部测评结果 tab: GET /api/survey/cadre-results with the list's page request and the quarter.
struct LoadCadreResults {};
// 包联成效 tab: GET /api/survey/question-tallies for the quarter.
struct LoadQuestionTallies {};

// 测评结果 → 测评答卷: GET /api/survey/answers with the list's page request and quarter filter.
struct LoadSurveyAnswers {};
// 发起满意度测评: the cadre's enterprises (the list's page request) and this quarter's tallies.
struct LoadSurveyRequests {};
// 发起测评 on one row: POST /api/survey/requests; the outcome beside the row.
struct SendSurveyRequest {
  long long enterpriseId = 0;
};
// 包联成效问卷: load the questionnaire of the quarter at this offset from the current one (-1, 0, 1).
struct OpenQuestionnaire {
  long long quarterOffset = 0;
};
// 保存: the shared validateQuestionnaire; errors beside their fields, else the confirmation opens.
struct AskSaveQuestionnaire {};
// 确认保存: PUT /api/survey/questionnaires/:quarter; the server's field errors beside the fields.
struct ConfirmSaveQuestionnaire {};

void perform(AppState& state, const LoadSurveyPrompt& intent);
void perform(AppState& state, const PutOffSurvey& intent);
void perform(AppState& state, const SubmitSurvey& intent);
void perform(AppState& state, const LoadSurveyHistory& intent);
void perform(AppState& state, const LoadSurveyTallies& intent);
void perform(AppState& state, const ChooseResultsQuarter& intent);
void perform(AppState& state, const LoadCadreResults& intent);
void perform(AppState& state, const LoadQuestionTallies& intent);
void perform(AppState& state, const LoadSurveyAnswers& intent);
void perform(AppState& state, const LoadSurveyRequests& intent);
void perform(AppState& state, const SendSurveyRequest& intent);
void perform(AppState& state, const OpenQuestionnaire& intent);
void perform(AppState& state, const AskSaveQuestionnaire& intent);
void perform(AppState& state, const ConfirmSaveQuestionnaire& intent);

using SurveyIntents = TypeList<LoadSurveyPrompt, PutOffSurvey, SubmitSurvey, LoadSurveyHistory, LoadSurveyTallies,
                               ChooseResultsQuarter, LoadCadreResults, LoadQuestionTallies,
                               LoadSurveyAnswers, LoadSurveyRequests, SendSurveyRequest, OpenQuestionnaire,
                               AskSaveQuestionnaire, ConfirmSaveQuestionnaire>;

}  // namespace qinqing::web
