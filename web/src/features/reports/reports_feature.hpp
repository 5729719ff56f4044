// The reports feature (报表统计) as the feature list sees it: its part of AppState, its intents in
// the Action variant, and the function that adds its screens to the registry.
#pragma once

#include "features/reports/reports_intents.hpp"
#include "features/reports/reports_state.hpp"

namespace qinqing::web {

class ScreenRegistry;

void registerReports(ScreenRegistry& registry);  // register_reports.cpp

struct ReportsFeature {
  struct State {
    PetitionStatsState petitionStats;
    PetitionDetailsState petitionDetails;
    OverviewState overview;
    UnitAssessmentState unitAssessment;
    AssessmentWeightsState assessmentWeights;
    ReportChoicesState reportChoices;
  };
  using Intents = ReportsIntents;
  static void registerScreens(ScreenRegistry& registry) { registerReports(registry); }
};

}  // namespace qinqing::web
