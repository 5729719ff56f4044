// 报表统计 → 驾驶舱, 诉求办理统计表, 诉求办理明细, 单位考核; 系统管理 → 考核权重.
#include "app/screen_registry.hpp"
#include "features/reports/reports_actions.hpp"
#include "features/reports/reports_screens.hpp"

namespace qinqing::web {

void registerReports(ScreenRegistry& registry) {
  registry.add({"reports.overview", [](AppState& state, std::string_view) { openOverview(state); }, drawOverviewScreen});
  registry.add({"reports.petition_stats", [](AppState& state, std::string_view) { openPetitionStats(state); },
                drawPetitionStatsScreen});
  registry.add({"reports.petition_details", [](AppState& state, std::string_view) { openPetitionDetails(state); },
                drawPetitionDetailsScreen});
  registry.add({"reports.unit_assessment", [](AppState& state, std::string_view) { openUnitAssessment(state); },
                drawUnitAssessmentScreen});
  registry.add({"admin.assessment", [](AppState& state, std::string_view) { openAssessmentWeights(state); },
                drawAssessmentWeightsScreen});
}

}  // namespace qinqing::web
