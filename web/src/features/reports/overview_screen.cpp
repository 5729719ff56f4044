// 驾驶舱 (issue 12, §23): the inspector's and the city dispatch group's first look at the city —
// figures of the day, open petitions by stage and clock standing (a bar opens its petitions),
// this quarter's 干部测评 as a donut (opens 测评结果), the weekly trend of received and finished
// (a week opens its 明细), units or counties ranked by one of the 三率 (opens the 统计表), and the
// longest overdue petitions with who answers for them (a row opens the petition).
#include <algorithm>
#include <cstdio>

#include "app/screen_registry.hpp"
#include "app/shell_intents.hpp"
#include "app/theme.hpp"
#include "features/reports/reports_screens.hpp"
#include "qinqing/identity/menu.hpp"
#include "widgets/charts.hpp"
#include "widgets/data_table.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/petition_badges.hpp"
#include "widgets/probe.hpp"
#include "widgets/time_text.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

constexpr int kRankedShown = 10;

ImVec4 standingColor(d::ClockStanding standing) {
  switch (standing) {
    case d::ClockStanding::OnTime: return theme::kPrimary;
    case d::ClockStanding::DueToday: return theme::kWarning;
    case d::ClockStanding::Overdue: return theme::kDanger;
    case d::ClockStanding::NoLimit: return ImVec4(0.62f, 0.66f, 0.71f, 1.0f);
  }
  return theme::kMutedText;
}

bool beginPanel(const char* id, const char* title, float width) {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(1, 1, 1, 1));
  const bool open = ImGui::BeginChild(id, ImVec2(width, 0),
                                      ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY |
                                          ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleColor();
  ImGui::TextColored(theme::kTopBar, "%s", title);
  ImGui::Separator();
  ImGui::Spacing();
  return open;
}

void figureCard(const char* probeId, const char* label, long long value, const ImVec4& color, float width, float dpr) {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(1, 1, 1, 1));
  ImGui::BeginChild(probeId, ImVec2(width, 0),
                    ImGuiChildFlags_Borders | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding);
  ImGui::PopStyleColor();
  ImGui::TextColored(theme::kMutedText, "%s", label);
  const std::string text = std::to_string(value);
  ImGui::SetWindowFontScale(1.6f);
  ImGui::TextColored(color, "%s", text.c_str());
  ImGui::SetWindowFontScale(1.0f);
  ImGui::EndChild();
  probe::item(probeId, text);
  (void)dpr;
}

void drawFigures(const wire::DashboardOverview& o, float dpr) {
  int open = 0, dueToday = 0;
  for (const auto& s : o.stages) {
    open += s.total();
    dueToday += s.count(d::ClockStanding::DueToday);
  }
  const d::WeekCount week = o.weeks.empty() ? d::WeekCount{} : o.weeks.back();
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float width = (ImGui::GetContentRegionAvail().x - 4 * gap) / 5;
  figureCard("overview.figure.open", "在办诉求", open, theme::kPrimary, width, dpr);
  ImGui::SameLine();
  figureCard("overview.figure.overdue", "已超期", o.overdueTotal, theme::kDanger, width, dpr);
  ImGui::SameLine();
  figureCard("overview.figure.due_today", "今日到期", dueToday, theme::kWarning, width, dpr);
  ImGui::SameLine();
  figureCard("overview.figure.week_received", "本周收到", week.received, theme::kTopBar, width, dpr);
  ImGui::SameLine();
  figureCard("overview.figure.week_finished", "本周办结", week.finished, theme::kSuccess, width, dpr);
}

void drawStages(const wire::DashboardOverview& o, Dispatch& dispatch, float width, float dpr) {
  if (!beginPanel("overview.stages_panel", "在办诉求（按环节与时限）", width)) return ImGui::EndChild();
  ui::StackedBars chart;
  chart.probeId = "overview.stage";
  for (d::ClockStanding c : d::kAllClockStandings) chart.series.push_back({std::string(d::clockStandingLabel(c)), standingColor(c)});
  for (const auto& s : o.stages) {
    chart.rowLabels.emplace_back(d::petitionStateLabel(s.stage));
    chart.values.emplace_back(s.byStanding.begin(), s.byStanding.end());
  }
  chart.labelWidth = ImGui::CalcTextSize("待再次评价").x + 16 * dpr;
  chart.rowHeight = ImGui::GetTextLineHeight() * 1.6f;
  chart.width = ImGui::GetContentRegionAvail().x;
  ui::chartLegend(chart.series);
  ImGui::Spacing();
  if (auto hit = ui::stackedBars(chart))
    dispatch(OpenOverviewBar{{o.stages[static_cast<std::size_t>(hit->row)].stage,
                              d::kAllClockStandings[static_cast<std::size_t>(hit->series)]}});
  ImGui::EndChild();
}

void drawSurvey(AppState& state, const wire::DashboardOverview& o, Dispatch& dispatch, float width, float dpr) {
  if (!beginPanel("overview.survey_panel", (o.survey.quarter.label() + "干部测评").c_str(), width)) return ImGui::EndChild();
  // The four duties' answers together: each answer rates every duty once.
  ui::Donut chart;
  chart.probeId = "overview.survey";
  const std::array<ImVec4, 3> colors = {theme::kSuccess, ImVec4(0.42f, 0.68f, 0.90f, 1.0f), theme::kDanger};
  for (std::size_t i = 0; i < d::kAllDutyRatings.size(); ++i) {
    chart.parts.push_back({std::string(d::dutyRatingLabel(d::kAllDutyRatings[i])), colors[i]});
    int sum = 0;
    for (const auto& duty : o.survey.duties) sum += duty.counts[i];
    chart.values.push_back(sum);
  }
  const int total = chart.values[0] + chart.values[1] + chart.values[2];
  if (total > 0) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.1f%%", 100.0 * (chart.values[0] + chart.values[1]) / total);
    chart.centerText = buf;
  } else {
    chart.centerText = "—";
  }
  chart.centerCaption = "满意率";
  chart.radius = 74 * dpr;
  ImGui::TextColored(theme::kMutedText, "%s",
                     ("共收到测评 " + std::to_string(o.survey.answerCount) + " 份，四项职责合计").c_str());
  probe::item("overview.survey.count", std::to_string(o.survey.answerCount));
  if (o.survey.answerCount == 0) ui::mutedWrapped("本季度和上季度企业都尚未提交干部测评。");
  if (ui::donut(chart)) {
    // 测评结果 of the inspector (巡查), 干部测评结果 of the dispatch group (报表统计).
    const d::Role role = state.session->profile.role;
    dispatch(OpenMenu{d::roleHasMenuItem(role, "inspect.surveys") ? "inspect.surveys" : "reports.surveys"});
  }
  ImGui::EndChild();
}

void drawTrend(const wire::DashboardOverview& o, Dispatch& dispatch, float width, float dpr) {
  if (!beginPanel("overview.trend_panel", "近 12 周收到与办结", width)) return ImGui::EndChild();
  ui::LineChart chart;
  chart.probeId = "overview.week";
  chart.series = {{"收到诉求", theme::kPrimary}, {"办结", theme::kSuccess}};
  chart.values.resize(2);
  for (const auto& w : o.weeks) {
    chart.xLabels.push_back(d::weekShortLabel(w.weekStart));
    chart.xHover.push_back(d::weekRangeLabel(w.weekStart));
    chart.values[0].push_back(w.received);
    chart.values[1].push_back(w.finished);
  }
  chart.size = ImVec2(ImGui::GetContentRegionAvail().x, 230 * dpr);
  ui::chartLegend(chart.series);
  if (auto week = ui::lineChart(chart)) dispatch(OpenOverviewWeek{o.weeks[static_cast<std::size_t>(*week)].weekStart});
  ImGui::EndChild();
}

void drawRanking(AppState& state, const wire::DashboardOverview& o, Dispatch& dispatch, float width, float dpr) {
  OverviewState& s = state.overview;
  if (!beginPanel("overview.ranking_panel", ("三率排名（" + o.rankFrom.toIso() + " 至 " + o.rankTo.toIso() + "）").c_str(), width))
    return ImGui::EndChild();
  long long group = s.rankRegions ? 1 : 0;
  const float rowY = ImGui::GetCursorPosY();
  ImGui::BeginGroup();
  if (ui::radioField("overview.rank_group", "排名对象", {{0, "承办单位"}, {1, "县市区"}}, group, nullptr)) s.rankRegions = group == 1;
  ImGui::EndGroup();
  ui::beside(rowY);
  ImGui::Dummy(ImVec2(12 * dpr, 0));
  ui::beside(rowY);
  long long figure = static_cast<long long>(s.rankFigure);
  std::vector<ui::Choice> figures;
  for (d::Figure f : {d::Figure::SignOnTimeRate, d::Figure::FinishOnTimeRate, d::Figure::SatisfactionRate})
    figures.push_back({static_cast<long long>(f), std::string(d::figureLabel(f))});
  ImGui::BeginGroup();
  if (ui::radioField("overview.rank_figure", "排名指标", figures, figure, nullptr)) s.rankFigure = static_cast<d::Figure>(figure);
  ImGui::EndGroup();
  ImGui::Spacing();
  const auto ranked = d::rankByRate(s.rankRegions ? o.regions : o.units, s.rankFigure);
  if (ranked.empty()) {
    ui::emptyState("overview.ranking.empty", "本年尚无可计算" + std::string(d::figureLabel(s.rankFigure)) + "的诉求。");
  } else {
    ui::RankedBars chart;
    chart.probeId = "overview.rank";
    chart.color = s.rankFigure == d::Figure::SatisfactionRate ? theme::kSuccess : theme::kPrimary;
    const std::size_t shown = std::min<std::size_t>(ranked.size(), kRankedShown);
    for (std::size_t i = 0; i < shown; ++i) {
      const d::Rate r = ranked[i].card.rate(s.rankFigure);
      chart.labels.push_back(std::to_string(i + 1) + ". " + ranked[i].name);
      chart.fractions.push_back(static_cast<double>(r.numerator) / r.denominator);
      chart.valueTexts.push_back(d::formatRate(r));
      chart.hoverTexts.push_back(ranked[i].name + "\n" + std::string(d::figureLabel(s.rankFigure)) + " " + d::formatRate(r) +
                                 "（" + std::to_string(r.numerator) + " / " + std::to_string(r.denominator) + "）\n" +
                                 std::string(d::formulaText(s.rankFigure)) + "\n点击打开诉求办理统计表");
    }
    chart.labelWidth = std::min(ImGui::GetContentRegionAvail().x * 0.45f, ImGui::CalcTextSize("10. 十堰市住房和城乡建设局").x);
    chart.rowHeight = ImGui::GetTextLineHeight() * 1.45f;
    chart.width = ImGui::GetContentRegionAvail().x;
    if (ui::rankedBars(chart)) dispatch(OpenOverviewRanking{});
    if (ranked.size() > shown)
      ImGui::TextColored(theme::kMutedText, "%s", ("共 " + std::to_string(ranked.size()) + " 个，显示前 " +
                                                  std::to_string(shown) + " 名").c_str());
  }
  if (ui::secondaryButton("overview.open_stats", "查看诉求办理统计表")) dispatch(OpenOverviewRanking{});
  ImGui::EndChild();
}

void drawOverdue(AppState& state, const wire::DashboardOverview& o, Dispatch& dispatch) {
  if (!beginPanel("overview.overdue_panel", "超期最久的诉求", ImGui::GetContentRegionAvail().x)) return ImGui::EndChild();
  const std::string summary = "共 " + std::to_string(o.overdueTotal) + " 件已超期" +
                              (o.overdueTotal > static_cast<long long>(o.overdue.size())
                                   ? "，下列超期最久的 " + std::to_string(o.overdue.size()) + " 件"
                                   : "");
  ImGui::AlignTextToFramePadding();
  ImGui::TextColored(theme::kMutedText, "%s", summary.c_str());
  probe::item("overview.overdue.summary", summary);
  if (d::roleHasMenuItem(state.session->profile.role, "inspect.overdue")) {
    ImGui::SameLine();
    if (ui::secondaryButton("overview.overdue.all", "查看全部超期诉求")) dispatch(OpenMenu{"inspect.overdue"});
  }
  std::vector<ui::TableColumn> columns = {{"", "编号", 1.3f},   {"", "诉求标题", 1.9f}, {"", "企业", 2.0f},
                                          {"", "环节", 0.8f},   {"", "责任方", 1.5f},  {"", "超期", 1.7f}};
  d::PageRequest request;
  ui::TableModel model;
  model.request = &request;
  model.searchable = false;
  model.total = static_cast<long long>(o.overdue.size());
  model.rowCount = static_cast<int>(o.overdue.size());
  model.emptyText = "目前没有超期的诉求：每件在办诉求都在时限内。";
  ui::dataTable("overview.overdue", columns, model,
      [&](int row, int col) {
        const auto& p = o.overdue[static_cast<std::size_t>(row)];
        const std::string r = std::to_string(row);
        switch (col) {
          case 0:
            ImGui::TextUnformatted(p.number.c_str());
            probe::item("overview.overdue.number." + r, p.number);
            break;
          case 1: ImGui::TextUnformatted(p.title.c_str()); ui::tooltipIfHovered(p.title); break;
          case 2: ImGui::TextUnformatted(p.enterprise.name.c_str()); ui::tooltipIfHovered(p.enterprise.name); break;
          case 3: drawPetitionStateBadge("overview.overdue.state." + r, p); break;
          case 4: {
            const std::string party = d::responsiblePartyOf(p);
            ImGui::TextUnformatted(party.c_str());
            probe::item("overview.overdue.responsible." + r, party);
            break;
          }
          case 5: drawDeadlineBadge("overview.overdue.deadline." + r, p.deadline); break;
        }
      },
      [&](int row) { dispatch(OpenPetition{o.overdue[static_cast<std::size_t>(row)].id}); });
  ImGui::EndChild();
}

}  // namespace

void drawOverviewScreen(AppState& state, Dispatch& dispatch) {
  OverviewState& s = state.overview;
  const DrawScreenFn drawDetail = screenRegistry().petitionDetailScreen();
  if (state.petitions.detail.id != 0 && drawDetail != nullptr) return drawDetail(state, dispatch);
  if (s.bar) return drawOverviewBarPanel(state, dispatch);

  ui::screenTitle("overview.title", "驾驶舱",
                  "全市在办诉求、超期情况、单位与县市区三率排名、每周趋势和干部测评；点击图表查看背后的诉求。");
  if (ui::secondaryButton("overview.refresh", "刷新")) dispatch(LoadOverview{});
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  if (s.loading) {
    ui::spinner(ImGui::GetFontSize() * 0.4f);
    ImGui::SameLine();
    ImGui::TextColored(theme::kMutedText, "正在加载…");
  } else if (s.overview) {
    const std::string at = secondText(s.overview->generatedAt);
    ImGui::TextColored(theme::kMutedText, "%s", ("数据时间 " + at).c_str());
    probe::item("overview.generated_at", at);
  }
  if (!s.error.empty()) ui::errorText("overview.error", s.error);
  if (!s.overview) {
    if (!s.loading && s.error.empty()) ui::emptyState("overview.empty", "驾驶舱尚未加载，请点击“刷新”。");
    return;
  }
  const wire::DashboardOverview& o = *s.overview;
  const float dpr = state.dpr;
  drawFigures(o, dpr);
  ImGui::Spacing();
  const float gap = ImGui::GetStyle().ItemSpacing.x;
  const float full = ImGui::GetContentRegionAvail().x;
  const float left = (full - gap) * 0.58f;
  const float right = full - gap - left;
  ImGui::BeginGroup();
  drawStages(o, dispatch, left, dpr);
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  drawSurvey(state, o, dispatch, right, dpr);
  ImGui::EndGroup();
  ImGui::Spacing();
  ImGui::BeginGroup();
  drawTrend(o, dispatch, left, dpr);
  ImGui::EndGroup();
  ImGui::SameLine();
  ImGui::BeginGroup();
  drawRanking(state, o, dispatch, right, dpr);
  ImGui::EndGroup();
  ImGui::Spacing();
  drawOverdue(state, o, dispatch);
}

}  // namespace qinqing::web
