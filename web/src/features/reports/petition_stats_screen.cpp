// 诉求办理统计表 (§11, §23): one row per 承办单位, 县市区, 行业组 or 包联干部 with the figures units are
// assessed by and the 合计 row, for a period of received days, within the reader's scope (the
// server decides it). Columns sort on the server; a number opens the petitions it counts; the same
// rows export to Excel or CSV. Figures and formulas come from shared/report.
#include <array>

#include "app/screen_registry.hpp"
#include "app/theme.hpp"
#include "features/reports/period_filter.hpp"
#include "features/reports/report_filters.hpp"
#include "features/reports/reports_screens.hpp"
#include "widgets/data_table.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"
#include "widgets/time_text.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;
using d::Figure;

// The columns on screen; the export carries every figure (the five rating levels too, which show
// here on hovering 已评价).
constexpr std::array kShownFigures = {
    Figure::Received,      Figure::SignedOnTime,   Figure::SignedLate,       Figure::Returned,
    Figure::FinishedOnTime, Figure::FinishedLate,  Figure::OpenNow,          Figure::OverdueNow,
    Figure::Extended,      Figure::Rated,          Figure::Unrated,          Figure::Rectified,
    Figure::SignOnTimeRate, Figure::FinishOnTimeRate, Figure::SatisfactionRate,
};

// Headers of four characters and more on two lines (按时 / 签收率), so sixteen columns fit a normal
// screen without clipping a label.
std::string headerLabel(Figure f) {
  const std::string label(d::figureLabel(f));
  const std::size_t chars = label.size() / 3;  // the labels are CJK, three bytes a character
  if (chars < 4) return label;
  return label.substr(0, 6) + "\n" + label.substr(6);
}

bool drawFilters(AppState& state, Dispatch& dispatch) {
  PetitionStatsState& s = state.petitionStats;
  const float dpr = state.dpr;
  bool reload = false;
  const float rowY = ImGui::GetCursorPosY();
  reload |= drawPeriodFields("stats", s.from, s.to, s.filterErrors, dpr);
  ui::beside(rowY);
  ImGui::BeginGroup();
  long long by = static_cast<long long>(s.groupBy);
  std::vector<ui::Choice> groupings;
  for (d::GroupBy g : d::kAllGroupBys) groupings.push_back({static_cast<long long>(g), "按" + std::string(d::groupByLabel(g))});
  if (ui::radioField("stats.group_by", "统计方式", groupings, by, nullptr)) {
    s.groupBy = static_cast<d::GroupBy>(by);
    reload = true;
  }
  ImGui::EndGroup();
  ui::beside(rowY);
  ImGui::BeginGroup();
  ImGui::TextUnformatted(" ");
  if (ui::primaryButton("stats.search", "查询", s.loading)) reload = true;
  ImGui::EndGroup();
  // The filters on their own row: each narrows the reader's scope.
  reload |= drawReportFilters("stats", s.filters, state.reportChoices,
                              state.session ? state.session->profile.role : d::Role::Inspector, ImGui::GetCursorPosY(),
                              true);
  if (!state.reportChoices.error.empty()) ui::errorText("stats.choices_error", state.reportChoices.error);

  // Quick periods: the ones assessments are made for.
  reload |= drawQuickPeriods("stats", s.from, s.to, d::localDate(state.now));
  ImGui::Dummy(ImVec2(12 * dpr, 0));
  ImGui::SameLine();
  const bool canExport = !s.rows.empty() && !s.exporting;
  if (ui::secondaryButton("stats.export_xlsx", "导出 Excel") && canExport) dispatch(ExportPetitionStats{"xlsx"});
  ImGui::SameLine();
  if (ui::secondaryButton("stats.export_csv", "导出 CSV") && canExport) dispatch(ExportPetitionStats{"csv"});
  if (s.exporting) {
    ImGui::SameLine();
    ui::spinner(ImGui::GetFontSize() * 0.4f);
  }
  if (!s.exportMessage.empty()) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(s.exportMessage.c_str());
    probe::item("stats.export_message", s.exportMessage);
  }
  return reload;
}

std::string ratingBreakdown(const d::Scorecard& card) {
  std::string text;
  for (Figure f : {Figure::RatedVerySatisfied, Figure::RatedSatisfied, Figure::RatedBasicallySatisfied,
                   Figure::RatedDissatisfied, Figure::RatedVeryDissatisfied}) {
    text += std::string(d::figureLabel(f)) + " " + std::to_string(card.count(f)) + "  ";
  }
  return text;
}

// One figure cell: the number (or rate) as a link to the petitions behind it.
void drawFigureCell(const d::ScorecardRow& row, Figure figure, int rowIndex, Dispatch& dispatch) {
  const bool rate = d::figureIsRate(figure);
  const d::Rate r = row.card.rate(figure);
  const int count = rate ? r.numerator : row.card.count(figure);
  const std::string text = rate ? d::formatRate(r) : std::to_string(count);
  const std::string id = "stats.cell." + std::to_string(rowIndex) + "." + std::string(d::figureKey(figure));
  const bool opens = rate ? r.denominator > 0 : count > 0;
  if (!opens) {
    ImGui::TextColored(theme::kMutedText, "%s", text.c_str());
  } else {
    const bool warn = (figure == Figure::OverdueNow || figure == Figure::SignedLate || figure == Figure::FinishedLate);
    ImGui::PushStyleColor(ImGuiCol_Text, warn ? theme::kDanger : theme::kPrimary);
    const bool clicked = ImGui::Selectable((text + "##" + id).c_str(), false, ImGuiSelectableFlags_None,
                                           ImVec2(ImGui::CalcTextSize(text.c_str()).x, 0));
    ImGui::PopStyleColor();
    if (clicked) {
      StatsCell cell{row.key, row.total, figure, false, row.name + " · " + std::string(d::figureLabel(figure))};
      dispatch(OpenStatsCell{cell});
    }
  }
  probe::item(id, text);
  if (ImGui::IsItemHovered()) {
    std::string tip = std::string(d::formulaText(figure));
    if (rate && r.defined()) tip = std::to_string(r.numerator) + " / " + std::to_string(r.denominator) + "\n" + tip;
    if (figure == Figure::Rated) tip = ratingBreakdown(row.card) + "\n" + tip;
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 24, 0));
    ImGui::BeginTooltip();
    ImGui::TextWrapped("%s", tip.c_str());
    ImGui::EndTooltip();
  }
}

}  // namespace

void drawPetitionStatsScreen(AppState& state, Dispatch& dispatch) {
  PetitionStatsState& s = state.petitionStats;
  if (s.cell) {
    // A petition opened from the cell is read in place, and 返回 comes back to the cell.
    const DrawScreenFn drawDetail = screenRegistry().petitionDetailScreen();
    if (state.petitions.detail.id != 0 && drawDetail != nullptr) return drawDetail(state, dispatch);
    return drawStatsCellPanel(state, dispatch);
  }
  ui::screenTitle("stats.title", "诉求办理统计表",
                  "诉求按企业提交的日期归入统计期，改派或退回的诉求只计一次，记在最终承办单位名下；点击数字查看对应诉求，鼠标停在数字上查看统计口径。");
  bool reload = drawFilters(state, dispatch);
  if (!s.error.empty()) ui::errorText("stats.error", s.error);
  if (!s.generatedAt.empty() && !s.rows.empty()) {
    ImGui::TextColored(theme::kMutedText, "%s", (d::petitionStatsTitle(s.shown) + "　统计时间 " + secondText(s.generatedAt)).c_str());
    probe::item("stats.period", s.shown.from.toIso() + " 至 " + s.shown.to.toIso());
  }

  std::vector<ui::TableColumn> columns = {{"", std::string(d::groupByLabel(s.shown.groupBy)), 2.0f}};
  for (Figure f : kShownFigures) columns.push_back({std::string(d::figureKey(f)), headerLabel(f), d::figureIsRate(f) ? 1.0f : 0.86f});
  ui::TableModel model;
  model.request = &s.request;
  model.searchable = false;
  // Only the 合计 row: nothing was received in the period within the reader's scope.
  const bool empty = s.rows.size() <= 1 && (s.rows.empty() || s.rows.back().card.count(Figure::Received) == 0);
  model.rowCount = empty ? 0 : static_cast<int>(s.rows.size());
  model.total = model.rowCount;
  model.loading = s.loading;
  model.emptyText = s.loading ? "" : "统计期内本账号可查看的范围没有收到诉求，请调整统计期。";
  const bool changed = ui::dataTable("stats", columns, model,
      [&](int row, int col) {
        const auto& r = s.rows[static_cast<std::size_t>(row)];
        if (col == 0) {
          if (r.total) ImGui::TextUnformatted("合计");
          else ImGui::TextUnformatted(r.name.c_str());
          if (!r.total && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", r.name.c_str());
          probe::item("stats.name." + std::to_string(row), r.name);
          return;
        }
        drawFigureCell(r, kShownFigures[static_cast<std::size_t>(col - 1)], row, dispatch);
      },
      [](int) {});
  if (changed || reload) dispatch(LoadPetitionStats{});
}

}  // namespace qinqing::web
