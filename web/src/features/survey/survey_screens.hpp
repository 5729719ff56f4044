// 干部测评's screens (survey feature). Each draws from AppState and dispatches intents, never calling the network.
#pragma once

#include <string>

#include "app/dispatch.hpp"

namespace qinqing::web {

// The 干部测评 form (four duties, then the quarter's 包联成效 questionnaire), shared by the pop-up
// and 实时测评; probe ids under `probePrefix`. Server errors beside the question they concern.
void drawSurveyForm(AppState& state, Dispatch& dispatch, const std::string& probePrefix, float width);
// The pop-up after login (an overlay): modal while this quarter's answer is missing.
void drawSurveyPromptDialog(AppState& state, Dispatch& dispatch);
// 干部测评 (enterprise): the same form any time, whether this quarter is answered, the history.
void drawSurveyScreen(AppState& state, Dispatch& dispatch);
// 测评结果 (inspector) / 干部测评结果 (unit, county administrators): this quarter's tallies per duty
// over the caller's scope, satisfaction as a percentage; never who rated.
void drawSurveyResultsScreen(AppState& state, Dispatch& dispatch);
// 测评结果's 测评答卷 tab: the answers in the caller's scope, paged on the server, a quarter filter.
void drawSurveyAnswersTab(AppState& state, Dispatch& dispatch);
void drawSurveyCadreResultsTab(AppState& state, Dispatch& dispatch);
void drawSurveyEffectTab(AppState& state, Dispatch& dispatch);
// 发起满意度测评 (包联干部): the cadre's enterprises, 发起测评 per row with its outcome beside it.
void drawSurveyRequestScreen(AppState& state, Dispatch& dispatch);
// 包联成效问卷 (系统管理员): a quarter's questions edited, checked, confirmed and saved.
void drawQuestionnaireScreen(AppState& state, Dispatch& dispatch);

}  // namespace qinqing::web
