// 干部测评 (the pop-up after login, 实时测评), the survey results, 发起满意度测评 and 包联成效问卷.
#include "app/screen_registry.hpp"
#include "features/survey/survey_actions.hpp"
#include "features/survey/survey_intents.hpp"
#include "features/survey/survey_screens.hpp"

namespace qinqing::web {

void registerSurvey(ScreenRegistry& registry) {
  registry.add({"survey",
                [](AppState& state, std::string_view) {
                  if (!state.survey.prompt && !state.survey.promptLoading) perform(state, LoadSurveyPrompt{});
                  state.survey.form.feedback.message.clear();
                  perform(state, LoadSurveyHistory{});
                },
                drawSurveyScreen});
  for (const char* key : {"inspect.surveys", "reports.surveys"}) {
    registry.add({key,
                  [](AppState& state, std::string_view) {
                    state.survey.answersTab = false;  // the 测评答卷 tab reloads when next shown
                    perform(state, LoadSurveyTallies{});
                  },
                  drawSurveyResultsScreen});
  }
  registry.add({"contact.survey_request", [](AppState& state, std::string_view) { perform(state, LoadSurveyRequests{}); },
                drawSurveyRequestScreen});
  registry.add({"publish.survey",
                [](AppState& state, std::string_view) {
                  if (!state.survey.editor.feedback.saving) perform(state, OpenQuestionnaire{state.survey.editor.quarterOffset});
                },
                drawQuestionnaireScreen});
  registry.addOverlay(drawSurveyPromptDialog);
  registry.addSignedInHook(surveyAfterSignIn);
}

}  // namespace qinqing::web
