// 报表统计's screens (reports feature). Each draws from AppState and dispatches Actions.
#pragma once

#include "app/dispatch.hpp"

namespace qinqing::web {

void drawPetitionStatsScreen(AppState& state, Dispatch& dispatch);
// The petitions behind the opened cell, drawn in place of the table.
void drawStatsCellPanel(AppState& state, Dispatch& dispatch);
void drawPetitionDetailsScreen(AppState& state, Dispatch& dispatch);
void drawOverviewScreen(AppState& state, Dispatch& dispatch);
// The petitions behind the stage bar the reader opened, drawn in place of the charts.
void drawOverviewBarPanel(AppState& state, Dispatch& dispatch);
void drawUnitAssessmentScreen(AppState& state, Dispatch& dispatch);
void drawAssessmentWeightsScreen(AppState& state, Dispatch& dispatch);

}  // namespace qinqing::web
