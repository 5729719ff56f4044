// The survey feature (干部测评 and the satisfaction surveys) as the feature list sees it: its part of AppState,
// its intents in the Action variant, and the function that adds its screens to the registry.
#pragma once

#include "features/survey/survey_intents.hpp"
#include "features/survey/survey_state.hpp"

namespace qinqing::web {

class ScreenRegistry;

void registerSurvey(ScreenRegistry& registry);  // register_survey.cpp

struct SurveyFeature {
  struct State {
    SurveyState survey;  // 干部测评, 发起满意度测评, 测评问卷, 测评结果
  };
  using Intents = SurveyIntents;
  static void registerScreens(ScreenRegistry& registry) { registerSurvey(registry); }
};

}  // namespace qinqing::web
