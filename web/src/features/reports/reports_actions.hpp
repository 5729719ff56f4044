// 报表统计's network side: the statistics table, a cell's petitions, the 明细, the exports.
#pragma once

#include <map>
#include <string>

#include "app/dispatch.hpp"
#include "features/reports/reports_state.hpp"

namespace qinqing::web {

// First open of 诉求办理统计表: this year up to today, by unit, most received first.
void openPetitionStats(AppState& state);
void loadPetitionStats(AppState& state);
// First open of 诉求办理明细: this year up to today, newest first.
void openPetitionDetails(AppState& state);
// 驾驶舱: loads the overview (the bar's list closes).
void openOverview(AppState& state);

// The counties, units and industry groups the report filters offer, asked for once.
void loadReportChoices(AppState& state);
// The filters as query parameters (unit_id, region_id, industry_group_id), for the shared query rules.
void addFilterParams(const ReportFilters& filters, std::map<std::string, std::string>& params);

// 单位考核: first open is this year up to today, best score first.
void openUnitAssessment(AppState& state);
// 考核权重: loads the stored weights into the fields.
void openAssessmentWeights(AppState& state);

}  // namespace qinqing::web
