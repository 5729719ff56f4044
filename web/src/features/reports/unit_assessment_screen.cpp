// 单位考核 (§5): each unit within the reader's scope with its 三率 as 承办单位, its cadres' liaison
// work (联系覆盖率, 经营状况填报率, 简报采用) and the total score out of 100 with its rank in the city.
// Sorted, searched and paged on the server; a row opens its parts in place of the table with the
// counts, the points and the formula of each; the same rows export to Excel or CSV.
#include <cstdio>

#include "app/theme.hpp"
#include "features/reports/period_filter.hpp"
#include "features/reports/reports_screens.hpp"
#include "widgets/data_table.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"
#include "widgets/time_text.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;
using d::AssessmentPart;
using d::AssessmentSort;

std::string percentText(const std::optional<double>& ratio) {
  if (!ratio) return "—";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.1f%%", *ratio * 100);
  return buf;
}

std::string pointsText(double points) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.2f", points);
  return buf;
}

// The counts a part is measured from, as people read them: 9 / 10 件, 10 / 12 企业·月, 2 篇 / 2 人.
std::string partCounts(const d::UnitAssessment& row, AssessmentPart part) {
  const auto& f = row.facts;
  const auto rate = [](d::Rate r, const char* unit) {
    return std::to_string(r.numerator) + " / " + std::to_string(r.denominator) + " " + unit;
  };
  switch (part) {
    case AssessmentPart::SignOnTime: return rate(f.signOnTime, "件");
    case AssessmentPart::FinishOnTime: return rate(f.finishOnTime, "件");
    case AssessmentPart::Satisfaction: return rate(f.satisfaction, "件");
    case AssessmentPart::ContactCoverage:
      return std::to_string(f.contactedMonths) + " / " + std::to_string(f.enterpriseMonthsOwed) + " 企业·月";
    case AssessmentPart::OperatingReports:
      return std::to_string(f.operatingReported) + " / " + std::to_string(f.enterpriseMonthsOwed) + " 企业·月";
    case AssessmentPart::BulletinsAdopted:
      return "采用 " + std::to_string(f.bulletinsAdopted) + " 篇 / 干部 " + std::to_string(f.cadres) + " 人";
  }
  return {};
}

// Why a part is left out for this unit.
std::string_view unmeasuredReason(AssessmentPart part) {
  switch (part) {
    case AssessmentPart::SignOnTime: return "统计期内没有已签收的诉求";
    case AssessmentPart::FinishOnTime: return "统计期内没有已办结的诉求";
    case AssessmentPart::Satisfaction: return "统计期内没有已评价的诉求";
    case AssessmentPart::ContactCoverage:
    case AssessmentPart::OperatingReports: return "没有包联企业，或统计期内没有已结束的整月";
    case AssessmentPart::BulletinsAdopted: return "本单位没有包联干部，或全市统计期内没有被采用的简报";
  }
  return {};
}

constexpr std::array kPartColumns = {AssessmentPart::SignOnTime,      AssessmentPart::FinishOnTime,
                                     AssessmentPart::Satisfaction,    AssessmentPart::ContactCoverage,
                                     AssessmentPart::OperatingReports, AssessmentPart::BulletinsAdopted};

AssessmentSort sortOfPart(AssessmentPart part) {
  switch (part) {
    case AssessmentPart::SignOnTime: return AssessmentSort::SignOnTime;
    case AssessmentPart::FinishOnTime: return AssessmentSort::FinishOnTime;
    case AssessmentPart::Satisfaction: return AssessmentSort::Satisfaction;
    case AssessmentPart::ContactCoverage: return AssessmentSort::ContactCoverage;
    case AssessmentPart::OperatingReports: return AssessmentSort::OperatingReports;
    case AssessmentPart::BulletinsAdopted: return AssessmentSort::BulletinsAdopted;
  }
  return AssessmentSort::Score;
}

// Labels of five characters and more on two lines, so the columns fit a normal screen.
std::string twoLines(std::string_view label) {
  const std::size_t chars = label.size() / 3;  // CJK, three bytes a character
  if (chars < 5) return std::string(label);
  const std::size_t cut = (chars / 2) * 3;
  return std::string(label.substr(0, cut)) + "\n" + std::string(label.substr(cut));
}

bool drawAssessmentFilters(AppState& state, Dispatch& dispatch) {
  UnitAssessmentState& s = state.unitAssessment;
  bool reload = false;
  const float rowY = ImGui::GetCursorPosY();
  reload |= drawPeriodFields("assessment", s.from, s.to, s.filterErrors, state.dpr);
  ui::beside(rowY);
  ImGui::BeginGroup();
  ImGui::TextUnformatted(" ");
  if (ui::primaryButton("assessment.query", "查询", s.loading)) reload = true;
  ImGui::EndGroup();
  reload |= drawQuickPeriods("assessment", s.from, s.to, d::localDate(state.now));
  ImGui::Dummy(ImVec2(12 * state.dpr, 0));
  ImGui::SameLine();
  const bool canExport = s.report && s.report->rows.total > 0 && !s.exporting;
  if (ui::secondaryButton("assessment.export_xlsx", "导出 Excel") && canExport) dispatch(ExportUnitAssessment{"xlsx"});
  ImGui::SameLine();
  if (ui::secondaryButton("assessment.export_csv", "导出 CSV") && canExport) dispatch(ExportUnitAssessment{"csv"});
  if (s.exporting) {
    ImGui::SameLine();
    ui::spinner(ImGui::GetFontSize() * 0.4f);
  }
  if (!s.exportMessage.empty()) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(s.exportMessage.c_str());
    probe::item("assessment.export_message", s.exportMessage);
  }
  if (reload) s.request.page = 1;
  return reload;
}

void drawPartCell(const d::UnitAssessment& row, AssessmentPart part, const d::AssessmentWeights& weights, int rowIndex) {
  const auto& score = row.part(part);
  const std::string text = percentText(score.ratio);
  if (score.ratio) ImGui::TextUnformatted(text.c_str());
  else ImGui::TextColored(theme::kMutedText, "%s", text.c_str());
  probe::item("assessment.cell." + std::to_string(rowIndex) + "." + std::string(d::assessmentPartKey(part)), text);
  if (ImGui::IsItemHovered()) {
    std::string tip = partCounts(row, part) + "\n";
    tip += score.ratio ? "得分 " + pointsText(score.points) + " / 权重 " + std::to_string(weights.of(part))
                       : "不计分：" + std::string(unmeasuredReason(part));
    tip += "\n" + std::string(d::assessmentPartFormula(part));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 24, 0));
    ImGui::BeginTooltip();
    ImGui::TextWrapped("%s", tip.c_str());
    ImGui::EndTooltip();
  }
}

// The opened unit, in place of the table (Esc or 返回单位列表 goes back): each part with its counts, measure, points and formula.
void drawUnitParts(UnitAssessmentState& s, const d::UnitAssessment& row) {
  const auto& f = row.facts;
  const auto& weights = s.report->weights;
  if (ui::secondaryButton("assessment.detail.back", "返回单位列表") || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
    s.openUnit.reset();
    return;
  }
  ImGui::Spacing();
  const std::string heading = f.unitName + "（" + f.regionName + "）　总分 " + d::formatAssessmentScore(row.scoreHundredths) +
                              (row.rank > 0 ? "　第 " + std::to_string(row.rank) + " 名" : "");
  ImGui::TextUnformatted(heading.c_str());
  probe::item("assessment.detail.title", heading);
  const std::string facts = "包联干部 " + std::to_string(f.cadres) + " 人　包联企业 " + std::to_string(f.enterprises) +
                            " 家　收到诉求 " + std::to_string(f.received) + " 件　联系企业 " +
                            std::to_string(f.contactsLogged) + " 次　报送简报 " + std::to_string(f.bulletinsSubmitted) +
                            " 篇（采用 " + std::to_string(f.bulletinsAdopted) + " 篇）";
  ImGui::TextColored(theme::kMutedText, "%s", facts.c_str());
  probe::item("assessment.detail.facts", facts);
  const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("assessment.parts", 5, flags)) return;
  ImGui::TableSetupColumn("考核项", ImGuiTableColumnFlags_None, 1.1f);
  ImGui::TableSetupColumn("计量", ImGuiTableColumnFlags_None, 1.3f);
  ImGui::TableSetupColumn("得分率", ImGuiTableColumnFlags_None, 0.7f);
  ImGui::TableSetupColumn("得分 / 权重", ImGuiTableColumnFlags_None, 0.8f);
  ImGui::TableSetupColumn("计分口径", ImGuiTableColumnFlags_None, 3.6f);
  ImGui::TableHeadersRow();
  for (AssessmentPart p : d::kAllAssessmentParts) {
    const auto& score = row.part(p);
    const std::string key(d::assessmentPartKey(p));
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(std::string(d::assessmentPartLabel(p)).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(partCounts(row, p).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(percentText(score.ratio).c_str());
    ImGui::TableNextColumn();
    const std::string points = score.ratio ? pointsText(score.points) + " / " + std::to_string(weights.of(p))
                                           : "不计分 / " + std::to_string(weights.of(p));
    if (score.ratio) ImGui::TextUnformatted(points.c_str());
    else ImGui::TextColored(theme::kMutedText, "%s", points.c_str());
    probe::item("assessment.detail." + key, points);
    ImGui::TableNextColumn();
    const std::string formula =
        score.ratio ? std::string(d::assessmentPartFormula(p)) : std::string(unmeasuredReason(p)) + "，此项不计入总分";
    ImGui::TextWrapped("%s", formula.c_str());
  }
  ImGui::EndTable();
  ui::mutedWrapped("总分 = 各计分项得分之和 ÷ 计分项权重之和 × 100；名次在全市参评单位中排列，分数相同名次相同。");
}

}  // namespace

void drawUnitAssessmentScreen(AppState& state, Dispatch& dispatch) {
  UnitAssessmentState& s = state.unitAssessment;
  ui::screenTitle("assessment.title", "单位考核",
                  "按承办诉求的按时签收率、按时办结率、满意率和包联干部的联系企业、经营状况填报、简报采用情况计分，满分 100 分，"
                  "权重由系统管理员设定；某项没有可计量的内容时不计入，总分按其余各项的权重折算。点击单位查看各项得分。");
  bool reload = drawAssessmentFilters(state, dispatch);
  if (!s.error.empty()) ui::errorText("assessment.error", s.error);
  if (s.report) {
    const auto& r = *s.report;
    std::string line = d::unitAssessmentTitle(r.from, r.to) + "　应计月份 " + std::to_string(r.monthsOwed) + " 个　权重：";
    for (AssessmentPart p : d::kAllAssessmentParts)
      line += std::string(d::assessmentPartLabel(p)) + " " + std::to_string(r.weights.of(p)) + "　";
    line += "统计时间 " + secondText(r.generatedAt);
    ui::mutedWrapped(line);
    probe::item("assessment.period", r.from.toIso() + " 至 " + r.to.toIso());
    probe::item("assessment.weights", line);
  }

  if (s.openUnit && s.report) {
    for (const auto& r : s.report->rows.items)
      if (r.facts.unitId == *s.openUnit) return drawUnitParts(s, r);
    s.openUnit.reset();
  }

  std::vector<ui::TableColumn> columns = {
      {"", "名次", 0.55f},
      {std::string(d::assessmentSortKey(AssessmentSort::Unit)), "单位", 2.2f},
      {"", "县市区", 0.9f},
      {std::string(d::assessmentSortKey(AssessmentSort::Received)), "收到\n诉求", 0.7f},
  };
  for (AssessmentPart p : kPartColumns)
    columns.push_back({std::string(d::assessmentSortKey(sortOfPart(p))), twoLines(d::assessmentPartLabel(p)), 0.95f});
  columns.push_back({std::string(d::assessmentSortKey(AssessmentSort::Score)), "总分", 0.8f});

  const std::vector<d::UnitAssessment> none;
  const auto& rows = s.report ? s.report->rows.items : none;
  ui::TableModel model;
  model.request = &s.request;
  model.searchText = &s.searchText;
  model.searchHint = "单位名称";
  model.rowCount = static_cast<int>(rows.size());
  model.total = s.report ? s.report->rows.total : 0;
  model.loading = s.loading;
  model.emptyText = s.loading ? ""
                    : s.request.query.empty()
                        ? "本账号可查看的范围内没有参评单位（没有包联干部，统计期内也没有承办诉求）。"
                        : "没有名称含“" + s.request.query + "”的参评单位，请换个关键词。";
  const bool changed = ui::dataTable("assessment", columns, model,
      [&](int row, int col) {
        const auto& r = rows[static_cast<std::size_t>(row)];
        const std::string id = "assessment.row." + std::to_string(row);
        if (col == 0) {
          const std::string rank = r.rank > 0 ? std::to_string(r.rank) : "—";
          ImGui::TextUnformatted(rank.c_str());
          probe::item(id + ".rank", rank);
          return;
        }
        if (col == 1) {
          ImGui::PushStyleColor(ImGuiCol_Text, theme::kPrimary);
          ImGui::TextUnformatted(r.facts.unitName.c_str());
          ImGui::PopStyleColor();
          probe::item(id + ".unit", r.facts.unitName);
          return;
        }
        if (col == 2) return ImGui::TextUnformatted(r.facts.regionName.c_str());
        if (col == 3) return ImGui::TextUnformatted(std::to_string(r.facts.received).c_str());
        const std::size_t part = static_cast<std::size_t>(col - 4);
        if (part < kPartColumns.size()) return drawPartCell(r, kPartColumns[part], s.report->weights, row);
        const std::string score = d::formatAssessmentScore(r.scoreHundredths);
        ImGui::PushStyleColor(ImGuiCol_Text, r.scoreHundredths ? theme::kPrimary : theme::kMutedText);
        ImGui::TextUnformatted(score.c_str());
        ImGui::PopStyleColor();
        probe::item(id + ".score", score);
      },
      [&](int row) { s.openUnit = rows[static_cast<std::size_t>(row)].facts.unitId; });
  if (changed || reload) dispatch(LoadUnitAssessment{});
}

}  // namespace qinqing::web
