// The intents of 报表统计, performed by reports_actions.cpp.
#pragma once

#include <string>

#include "app/type_list.hpp"
#include "features/reports/reports_state.hpp"

namespace qinqing::web {

struct AppState;

struct LoadPetitionStats {};                 // the filter as typed, from the first page
struct OpenStatsCell { StatsCell cell; };    // the petitions behind a cell
struct CloseStatsCell {};
struct LoadStatsCell {};                     // the cell's current page again (page, sort)
struct ExportPetitionStats { std::string format; };  // "xlsx" | "csv"
struct LoadPetitionDetails {};                       // the 明细 for the period as typed
struct ExportPetitionDetails { std::string format; };  // starts the export job
struct DownloadPetitionDetailsExport {};              // the finished job's file
struct LoadOverview {};                                // 驾驶舱 again
struct OpenOverviewBar { OverviewBar bar; };           // the petitions of one stage and standing
struct CloseOverviewBar {};
struct LoadOverviewBar {};                             // the bar's current page again
struct OpenOverviewWeek { domain::Date weekStart; };   // 诉求办理明细 of the week's received petitions
struct OpenOverviewRanking {};                         // 诉求办理统计表 of the ranking's period and grouping
struct LoadUnitAssessment {};                          // 单位考核 for the period as typed
struct ExportUnitAssessment { std::string format; };   // "xlsx" | "csv"
struct LoadAssessmentWeights {};
struct SaveAssessmentWeights {};                       // the typed weights (checked first by the shared rules)

void perform(AppState& state, const LoadPetitionStats& intent);
void perform(AppState& state, const OpenStatsCell& intent);
void perform(AppState& state, const CloseStatsCell& intent);
void perform(AppState& state, const LoadStatsCell& intent);
void perform(AppState& state, const ExportPetitionStats& intent);
void perform(AppState& state, const LoadPetitionDetails& intent);
void perform(AppState& state, const ExportPetitionDetails& intent);
void perform(AppState& state, const DownloadPetitionDetailsExport& intent);
void perform(AppState& state, const LoadOverview& intent);
void perform(AppState& state, const OpenOverviewBar& intent);
void perform(AppState& state, const CloseOverviewBar& intent);
void perform(AppState& state, const LoadOverviewBar& intent);
void perform(AppState& state, const OpenOverviewWeek& intent);
void perform(AppState& state, const OpenOverviewRanking& intent);
void perform(AppState& state, const LoadUnitAssessment& intent);
void perform(AppState& state, const ExportUnitAssessment& intent);
void perform(AppState& state, const LoadAssessmentWeights& intent);
void perform(AppState& state, const SaveAssessmentWeights& intent);

using ReportsIntents = TypeList<LoadPetitionStats, OpenStatsCell, CloseStatsCell, LoadStatsCell, ExportPetitionStats,
                                LoadPetitionDetails, ExportPetitionDetails, DownloadPetitionDetailsExport, LoadOverview,
                                OpenOverviewBar, CloseOverviewBar, LoadOverviewBar, OpenOverviewWeek, OpenOverviewRanking,
                                LoadUnitAssessment, ExportUnitAssessment, LoadAssessmentWeights, SaveAssessmentWeights>;

}  // namespace qinqing::web
