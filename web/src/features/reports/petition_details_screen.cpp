// 诉求办理明细 (§11): one row per petition received in the period, within the reader's scope, with
// its steps' due dates and whether they were on time (the facts the 统计表 counts) and its rating;
// paged, sorted and searched on the server. A row opens the petition in place. 导出 runs as a job
// on the server: a progress bar follows it, then the file is downloaded. Columns come from
// shared/report (detailColumnLabel, detailCellText), the same the export writes.
#include <algorithm>
#include <array>

#include "app/screen_registry.hpp"
#include "app/shell_intents.hpp"
#include "app/theme.hpp"
#include "features/reports/period_filter.hpp"
#include "features/reports/report_filters.hpp"
#include "features/reports/reports_screens.hpp"
#include "widgets/data_table.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;
using d::DetailColumn;

// The columns of the screen (the export writes all of kAllDetailColumns), with width shares that
// fit a number and a minute time whole at 1600 px; title and enterprise show whole on hover.
constexpr std::array<std::pair<DetailColumn, float>, 11> kShownColumns = {{
    {DetailColumn::Number, 1.4f},
    {DetailColumn::Title, 1.5f},
    {DetailColumn::Enterprise, 1.5f},
    {DetailColumn::Handler, 1.1f},
    {DetailColumn::State, 0.55f},
    {DetailColumn::SignDue, 1.22f},
    {DetailColumn::SignResult, 0.55f},
    {DetailColumn::FinishDue, 1.22f},
    {DetailColumn::FinishResult, 0.55f},
    {DetailColumn::Rating, 0.7f},
    {DetailColumn::SubmittedAt, 1.22f},
}};

ImVec4 resultColor(d::StepResult result) {
  switch (result) {
    case d::StepResult::OnTime: return theme::kSuccess;
    case d::StepResult::Late:
    case d::StepResult::Overdue: return theme::kDanger;
    case d::StepResult::Running: return theme::kWarning;
    case d::StepResult::NotReached: return theme::kMutedText;
  }
  return theme::kMutedText;
}

void drawCell(const d::PetitionDetailRow& row, DetailColumn column, int index) {
  const std::string text = d::detailCellText(row, column);
  const std::string probeId = "details." + std::string(d::detailColumnKey(column)) + "." + std::to_string(index);
  if (column == DetailColumn::SignResult || column == DetailColumn::FinishResult) {
    const d::StepResult result = column == DetailColumn::SignResult ? row.signResult : row.finishResult;
    ImGui::TextColored(resultColor(result), "%s", text.c_str());
  } else {
    ImGui::TextUnformatted(text.empty() ? "—" : text.c_str());
    if ((column == DetailColumn::Title || column == DetailColumn::Enterprise) && ImGui::IsItemHovered())
      ImGui::SetTooltip("%s", text.c_str());
  }
  probe::item(probeId, text);
}

void drawExport(AppState& state, Dispatch& dispatch) {
  PetitionDetailsState& s = state.petitionDetails;
  const bool running = s.exportStarting || (s.exportJob && !d::exportFinished(*s.exportJob));
  const bool canExport = s.total > 0 && !running;
  if (ui::secondaryButton("details.export_xlsx", "导出 Excel") && canExport) dispatch(ExportPetitionDetails{"xlsx"});
  ImGui::SameLine();
  if (ui::secondaryButton("details.export_csv", "导出 CSV") && canExport) dispatch(ExportPetitionDetails{"csv"});
  if (s.exportStarting) {
    ImGui::SameLine();
    ui::spinner(ImGui::GetFontSize() * 0.4f);
  }
  if (s.exportJob) {
    const d::ExportJobStatus& job = *s.exportJob;
    const std::string text = d::exportProgressText(job);
    ImGui::SameLine();
    ImGui::ProgressBar(d::exportProgressFraction(job), ImVec2(320 * state.dpr, 0), text.c_str());
    probe::item("details.export_progress", text);
    if (job.phase == d::ExportPhase::Done) {
      ImGui::SameLine();
      if (ui::primaryButton("details.download", "下载文件", s.downloading)) dispatch(DownloadPetitionDetailsExport{});
    }
  }
  if (!s.exportError.empty()) ui::errorText("details.export_error", s.exportError);
  if (!s.downloadMessage.empty()) {
    ImGui::TextUnformatted(s.downloadMessage.c_str());
    probe::item("details.download_message", s.downloadMessage);
  }
}

}  // namespace

void drawPetitionDetailsScreen(AppState& state, Dispatch& dispatch) {
  PetitionDetailsState& s = state.petitionDetails;
  // A petition opened from a row is read in place; its 返回 comes back here.
  const DrawScreenFn drawDetail = screenRegistry().petitionDetailScreen();
  if (state.petitions.detail.id != 0 && drawDetail != nullptr) return drawDetail(state, dispatch);

  ui::screenTitle("details.title", "诉求办理明细",
                  "统计期内收到的每件诉求：各环节期限、是否按时和企业评价，与诉求办理统计表同一口径；点击一行查看诉求。");
  bool reload = false;
  const float rowY = ImGui::GetCursorPosY();
  reload |= drawPeriodFields("details", s.from, s.to, s.filterErrors, state.dpr);
  reload |= drawReportFilters("details", s.filters, state.reportChoices,
                              state.session ? state.session->profile.role : d::Role::Inspector, rowY);
  ui::beside(rowY);
  ImGui::BeginGroup();
  ImGui::TextUnformatted(" ");
  if (ui::primaryButton("details.query", "查询", s.loading)) reload = true;
  ImGui::EndGroup();
  reload |= drawQuickPeriods("details", s.from, s.to, d::localDate(state.now));
  ImGui::Dummy(ImVec2(12 * state.dpr, 0));
  ImGui::SameLine();
  drawExport(state, dispatch);
  if (!s.error.empty()) ui::errorText("details.filter_error", s.error);
  if (!state.reportChoices.error.empty()) ui::errorText("details.choices_error", state.reportChoices.error);
  if (s.total > 0 || !s.items.empty()) {
    ImGui::TextColored(theme::kMutedText, "%s",
                       ("诉求办理明细（" + s.shown.from.toIso() + " 至 " + s.shown.to.toIso() + "）　共 " +
                        std::to_string(s.total) + " 件").c_str());
    probe::item("details.period", s.shown.from.toIso() + " 至 " + s.shown.to.toIso());
  }

  std::vector<ui::TableColumn> columns;
  for (const auto& [column, weight] : kShownColumns) {
    const auto sort = d::detailSortOfColumn(column);
    columns.push_back({sort ? std::string(d::detailSortKey(*sort)) : "", std::string(d::detailColumnLabel(column)), weight});
  }
  ui::TableModel model;
  model.request = &s.request;
  model.searchText = &s.searchText;
  model.searchHint = "诉求编号、标题或企业名称";
  model.total = s.total;
  model.rowCount = static_cast<int>(s.items.size());
  model.loading = s.loading;
  model.emptyText = s.request.query.empty() ? "统计期内本账号可查看的范围没有收到诉求，请调整统计期。"
                                            : "没有编号、标题或企业名称含“" + s.request.query + "”的诉求。";
  const bool changed = ui::dataTable("details", columns, model,
      [&](int row, int col) {
        drawCell(s.items[static_cast<std::size_t>(row)], kShownColumns[static_cast<std::size_t>(col)].first, row);
      },
      [&](int row) { dispatch(OpenPetition{s.items[static_cast<std::size_t>(row)].id}); });
  if (reload) s.request.page = 1;
  if (changed || reload) dispatch(LoadPetitionDetails{});
}

}  // namespace qinqing::web
