// The applications feature (the review of 企业入驻申请) as the feature list sees it: its part of AppState,
// its intents in the Action variant, and the function that adds its screens to the registry.
#pragma once

#include "features/applications/applications_intents.hpp"
#include "features/applications/applications_state.hpp"

namespace qinqing::web {

class ScreenRegistry;

void registerApplications(ScreenRegistry& registry);  // register_applications.cpp

struct ApplicationsFeature {
  struct State {
    ApplicationReviewState applicationReview;  // 系统管理—企业入驻申请
  };
  using Intents = ApplicationsIntents;
  static void registerScreens(ScreenRegistry& registry) { registerApplications(registry); }
};

}  // namespace qinqing::web
