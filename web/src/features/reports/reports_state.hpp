// 报表统计's state (reports feature): 诉求办理统计表 and the petitions behind one of its cells.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "qinqing/core/result.hpp"
#include "qinqing/identity/account.hpp"
#include "qinqing/org/paging.hpp"
#include "qinqing/petition/petition_view.hpp"
#include "qinqing/report/export_job.hpp"
#include "qinqing/report/petition_details.hpp"
#include "qinqing/report/report_query.hpp"
#include "qinqing/report/scorecard.hpp"
#include "qinqing/report/unit_assessment.hpp"
#include "qinqing/wire/assessment_json.hpp"
#include "qinqing/wire/overview_json.hpp"

namespace qinqing::web {

// The filters a report narrows the reader's scope with (absent: all of the scope).
struct ReportFilters {
  std::optional<std::int64_t> regionId;
  std::optional<std::int64_t> unitId;
  std::optional<std::int64_t> industryGroupId;
  bool operator==(const ReportFilters&) const = default;
};

// What the filters offer: the counties and units (/api/login-options) and the industry groups,
// loaded once when a report first opens.
struct ReportChoicesState {
  std::vector<domain::LoginRegion> regions;
  std::vector<domain::LoginUnit> units;
  std::vector<domain::NamedRef> groups;
  bool requested = false;
  int pending = 0;  // replies still awaited
  std::string error;
};

// The cell a reader opened: a group's row (or 合计) and a figure; a rate opens its numerator or denominator.
struct StatsCell {
  std::int64_t key = 0;
  bool total = false;
  domain::Figure figure = domain::Figure::Received;
  bool denominator = false;
  std::string title;  // 十堰市经信局 · 超时签收
  bool operator==(const StatsCell&) const = default;
};

struct PetitionStatsState {
  bool started = false;        // the period is filled in on first open
  domain::GroupBy groupBy = domain::GroupBy::Unit;
  ReportFilters filters;
  std::string from;            // as typed, YYYY-MM-DD
  std::string to;
  std::vector<domain::FieldError> filterErrors;
  domain::PageRequest request;  // sort = a figure key; the rows are few, one page
  domain::PetitionStatsQuery shown;  // the query the rows answer
  std::vector<domain::ScorecardRow> rows;
  std::string generatedAt;
  bool loading = false;
  std::string error;
  int sequence = 0;
  bool exporting = false;
  std::string exportMessage;

  std::optional<StatsCell> cell;
  domain::PageRequest cellRequest;
  std::vector<domain::PetitionSummary> cellItems;
  long long cellTotal = 0;
  bool cellLoading = false;
  std::string cellError;
  int cellSequence = 0;
};

// 诉求办理明细: one row per petition of the period, paged, sorted and searched on the server; its
// export runs as a job on the server whose progress is followed until the file can be downloaded.
struct PetitionDetailsState {
  bool started = false;
  ReportFilters filters;
  std::string from;  // as typed, YYYY-MM-DD
  std::string to;
  std::vector<domain::FieldError> filterErrors;
  domain::PageRequest request;  // sort = a detailSortKey; query = number, title or enterprise
  std::string searchText;
  domain::PetitionStatsQuery shown;  // the period the rows answer
  std::vector<domain::PetitionDetailRow> items;
  long long total = 0;
  bool loading = false;
  std::string error;
  int sequence = 0;

  std::optional<domain::ExportJobStatus> exportJob;
  bool exportStarting = false;
  std::string exportError;
  int exportSequence = 0;  // a new export (or leaving the screen) stops following the old one
  bool downloading = false;
  std::string downloadMessage;
};

// 驾驶舱: the overview as last loaded, the ranking the reader chose, and the petitions behind the
// stage bar the reader opened (paged on the server; a row opens the petition in place).
struct OverviewBar {
  domain::PetitionState stage = domain::PetitionState::PendingReview;
  domain::ClockStanding standing = domain::ClockStanding::OnTime;
  bool operator==(const OverviewBar&) const = default;
};

struct OverviewState {
  std::optional<wire::DashboardOverview> overview;
  bool loading = false;
  std::string error;
  int sequence = 0;
  domain::Figure rankFigure = domain::Figure::FinishOnTimeRate;
  bool rankRegions = false;  // 县市区 instead of 承办单位

  std::optional<OverviewBar> bar;
  domain::PageRequest barRequest;
  std::vector<domain::PetitionSummary> barItems;
  long long barTotal = 0;
  bool barLoading = false;
  std::string barError;
  int barSequence = 0;
};

// 单位考核: the period as typed, the page of scored units the server sorted and searched, the row
// whose parts are opened in place of the table, and the export in flight.
struct UnitAssessmentState {
  bool started = false;
  std::string from;  // as typed, YYYY-MM-DD
  std::string to;
  std::vector<domain::FieldError> filterErrors;
  domain::PageRequest request;  // sort = an assessmentSortKey; query = part of a unit's name
  std::string searchText;
  domain::UnitAssessmentQuery shown;
  std::optional<wire::UnitAssessmentReport> report;
  bool loading = false;
  std::string error;
  int sequence = 0;
  std::optional<std::int64_t> openUnit;  // the unit whose parts are shown in place of the table
  bool exporting = false;
  std::string exportMessage;
};

// 考核权重 (system administrator): the stored weights and the six fields as typed.
struct AssessmentWeightsState {
  std::optional<domain::AssessmentWeights> stored;
  std::array<std::string, domain::kAllAssessmentParts.size()> typed;
  std::vector<domain::FieldError> errors;
  bool loading = false;
  bool saving = false;
  std::string error;
  std::string message;
};

}  // namespace qinqing::web
