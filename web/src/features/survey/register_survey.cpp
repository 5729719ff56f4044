// 干部测评 (the pop-up after login, 实时测评) and the survey results.
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
    registry.add({key, [](AppState& state, std::string_view) { perform(state, LoadSurveyTallies{}); },
                  drawSurveyResultsScreen});
  }
  registry.addOverlay(drawSurveyPromptDialog);
  registry.addSignedInHook(surveyAfterSignIn);
}

}  // namespace qinqing::web
