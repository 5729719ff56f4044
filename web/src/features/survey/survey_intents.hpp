// The intents of 干部测评 (the pop-up after login, 实时测评), performed by survey_actions.cpp.
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
// GET /api/survey/tallies (the caller's scope, this quarter).
struct LoadSurveyTallies {};

void perform(AppState& state, const LoadSurveyPrompt& intent);
void perform(AppState& state, const PutOffSurvey& intent);
void perform(AppState& state, const SubmitSurvey& intent);
void perform(AppState& state, const LoadSurveyHistory& intent);
void perform(AppState& state, const LoadSurveyTallies& intent);

using SurveyIntents = TypeList<LoadSurveyPrompt, PutOffSurvey, SubmitSurvey, LoadSurveyHistory, LoadSurveyTallies>;

}  // namespace qinqing::web
