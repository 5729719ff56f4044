// 经营状况 tab of an enterprise's record (§3): which of the last three months are still owed (each
// with a 填报 button for those who may enter it: the enterprise and its cadre), the 12-month trend,
// the reports in force and, on request, every version of a month (edits never erase).
#include <string>

#include "app/theme.hpp"
#include "features/relation/relation_screens.hpp"
#include "qinqing/time/instant.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"
#include "widgets/time_text.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

const char* enteredRoleText(const wire::OperatingStatusView& v) {
  return v.enteredRole == "enterprise" ? "企业" : v.enteredRole == "cadre" ? "包联干部" : "系统";
}

std::string enteredText(const wire::OperatingStatusView& v) {
  return minuteText(v.enteredAt) + " " + enteredRoleText(v) + (v.enteredBy.empty() ? "" : "（" + v.enteredBy + "）");
}

void drawOwedMonths(OperatingStatusState& s, Dispatch& dispatch, bool mayEnter) {
  const auto& missing = s.overview->missingMonths;
  if (missing.empty()) {
    ImGui::TextColored(theme::kSuccess, "近三个月（%s至%s）经营状况均已填报。", s.overview->owedMonths.front().label().c_str(),
                       s.overview->owedMonths.back().label().c_str());
    probe::item("operating.owed", "");
    return;
  }
  std::string months;
  for (const auto& m : missing) months += (months.empty() ? "" : "、") + m.label();
  ImGui::AlignTextToFramePadding();
  ImGui::TextColored(theme::kWarning, "近三个月尚未填报：%s", months.c_str());
  probe::item("operating.owed", months);
  if (!mayEnter) return;
  for (const auto& m : missing) {
    ImGui::SameLine();
    if (ui::secondaryButton("operating.fill." + m.key(), "填报" + m.label())) dispatch(StartOperatingReport{m.key()});
  }
}

void drawReports(OperatingStatusState& s, Dispatch& dispatch, bool mayEnter, float dpr) {
  const auto& reports = s.overview->reports;
  if (reports.empty()) {
    ui::emptyState("operating.empty", "近 12 个月没有经营状况记录。");
    return;
  }
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_BordersInnerH |
                                ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("operating_reports", 8, flags, ImVec2(std::min(ImGui::GetContentRegionAvail().x, 1100 * dpr), 0))) return;
  const char* headers[] = {"月份", "经营状态", "产值（万元）", "营收（万元）", "从业人数", "主要困难", "填报", ""};
  const float weights[] = {0.9f, 0.9f, 1.0f, 1.0f, 0.8f, 2.2f, 1.8f, 1.3f};
  for (int i = 0; i < 8; ++i) ImGui::TableSetupColumn(headers[i], ImGuiTableColumnFlags_WidthStretch, weights[i]);
  ImGui::TableHeadersRow();
  int row = 0;
  for (const auto& v : reports) {
    const auto& r = v.report;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(r.month.label().c_str());
    probe::item("operating.row." + std::to_string(row), r.month.key());
    ImGui::TableNextColumn();
    const bool trouble = r.state != d::OperatingState::Normal;
    if (trouble) ImGui::TextColored(theme::kWarning, "%s", std::string(d::operatingStateLabel(r.state)).c_str());
    else ImGui::TextUnformatted(std::string(d::operatingStateLabel(r.state)).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(d::formatAmountWanYuan(r.outputValue).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(d::formatAmountWanYuan(r.revenue).c_str());
    ImGui::TableNextColumn();
    ImGui::Text("%d", r.employees);
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", r.difficulties.empty() ? "—" : r.difficulties.c_str());
    ImGui::TableNextColumn();
    // Time and role fit the column; who exactly (an enterprise's full name is long) shows on hover.
    ImGui::TextColored(theme::kMutedText, "%s %s", minuteText(v.enteredAt).c_str(), enteredRoleText(v));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", enteredText(v).c_str());
    ImGui::TableNextColumn();
    ImGui::PushID(row);
    if (mayEnter) {
      if (ImGui::SmallButton("修改")) dispatch(StartOperatingReport{r.month.key()});
      probe::item("operating.edit." + r.month.key(), "修改");
      ImGui::SameLine();
    }
    if (ImGui::SmallButton(s.historyMonth == r.month.key() ? "收起记录" : "填报记录")) {
      dispatch(LoadOperatingHistory{s.historyMonth == r.month.key() ? std::string() : r.month.key()});
    }
    probe::item("operating.history." + r.month.key(), "填报记录");
    ImGui::PopID();
    ++row;
  }
  ImGui::EndTable();
}

void drawHistory(OperatingStatusState& s) {
  if (s.historyMonth.empty()) return;
  ImGui::Spacing();
  auto month = d::YearMonth::parse(s.historyMonth);
  ImGui::TextUnformatted(((month ? month.value().label() : s.historyMonth) + " 的全部填报版本（最新在前，修改不会覆盖原记录）").c_str());
  if (s.historyLoading) {
    ui::spinner(ImGui::GetFontSize() * 0.4f);
    return;
  }
  if (!s.historyError.empty()) return ui::errorText("operating.history_error", s.historyError);
  int i = 0;
  for (const auto& v : s.history) {
    const auto& r = v.report;
    std::string line = enteredText(v) + "：" + std::string(d::operatingStateLabel(r.state)) + "，产值 " +
                       d::formatAmountWanYuan(r.outputValue) + " 万元，营收 " + d::formatAmountWanYuan(r.revenue) +
                       " 万元，从业人数 " + std::to_string(r.employees) + " 人" +
                       (r.difficulties.empty() ? "" : "；困难：" + r.difficulties);
    if (v.supersededAt.empty()) ImGui::TextWrapped("● 现行  %s", line.c_str());
    else ImGui::TextColored(theme::kMutedText, "○ %s 被替换  %s", minuteText(v.supersededAt).c_str(), line.c_str());
    probe::item("operating.version." + std::to_string(i++), v.supersededAt.empty() ? "现行" : "已替换");
  }
}

}  // namespace

void drawOperatingStatusTab(AppState& state, Dispatch& dispatch, long long enterpriseId) {
  OperatingStatusState& s = state.relation.operating;
  const float dpr = state.dpr;
  const d::Role role = state.session->profile.role;
  // The enterprise itself and its liaison cadre enter reports; the server checks it is the current one.
  const bool mayEnter = role == d::Role::Enterprise || role == d::Role::Cadre;
  if (s.enterpriseId != enterpriseId || (s.loading && !s.overview)) {
    ui::spinner(ImGui::GetFontSize() * 0.45f);
    ImGui::SameLine();
    ImGui::TextUnformatted("正在加载经营状况…");
    return;
  }
  if (!s.error.empty()) {
    ui::errorText("operating.error", s.error);
    if (ui::secondaryButton("operating.retry", "重新加载")) dispatch(LoadOperatingStatus{enterpriseId});
    return;
  }
  if (!s.overview) return;
  ImGui::Spacing();
  if (s.formOpen) {
    drawOperatingStatusForm(state, dispatch);
    return;
  }
  if (!s.feedback.message.empty()) {
    ImGui::TextColored(theme::kSuccess, "%s", s.feedback.message.c_str());
    probe::item("operating.message", s.feedback.message);
  }
  drawOwedMonths(s, dispatch, mayEnter);
  if (mayEnter) {
    if (ui::primaryButton("operating.new", "＋ 填报经营状况", false)) {
      dispatch(StartOperatingReport{s.overview->missingMonths.empty() ? d::YearMonth::of(d::localDate(state.now)).previous().key()
                                                                       : s.overview->missingMonths.back().key()});
    }
  }
  ImGui::Spacing();
  ImGui::TextUnformatted("近 12 个月趋势");
  std::vector<d::OperatingStatusReport> reports;
  for (const auto& v : s.overview->reports) reports.push_back(v.report);
  const d::YearMonth current = d::YearMonth::of(d::localDate(state.now));
  const bool currentReported = !reports.empty() && reports.front().month == current;
  drawOperatingTrendChart(d::operatingTrend(reports, currentReported ? current : current.previous()), dpr);
  ImGui::Spacing();
  drawReports(s, dispatch, mayEnter, dpr);
  drawHistory(s);
}

}  // namespace qinqing::web
