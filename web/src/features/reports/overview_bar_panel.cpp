// The petitions behind one bar of the 驾驶舱's stage chart (a stage and a clock standing), soonest
// due first, paged on the server; a row opens the petition in place and its 返回 comes back here.
// Esc or 返回驾驶舱 goes back to the charts.
#include "app/shell_intents.hpp"
#include "app/theme.hpp"
#include "features/reports/reports_screens.hpp"
#include "widgets/data_table.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/petition_badges.hpp"
#include "widgets/probe.hpp"
#include "widgets/time_text.hpp"

namespace qinqing::web {

void drawOverviewBarPanel(AppState& state, Dispatch& dispatch) {
  namespace d = qinqing::domain;
  OverviewState& s = state.overview;
  const OverviewBar& bar = *s.bar;
  const std::string title = std::string(d::petitionStateLabel(bar.stage)) + " · " +
                            std::string(d::clockStandingLabel(bar.standing));
  ui::screenTitle("overview.bar.title", title, "驾驶舱 / 在办诉求（按环节与时限）；按期限由近到远排列，点击一行查看诉求。");
  if (ui::secondaryButton("overview.bar.back", "返回驾驶舱") || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
    dispatch(CloseOverviewBar{});
    dispatch(LoadOverview{});
    return;
  }
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  const std::string count = "共 " + std::to_string(s.barTotal) + " 件";
  ImGui::TextColored(theme::kMutedText, "%s", count.c_str());
  probe::item("overview.bar.count", count);
  std::vector<ui::TableColumn> columns = {{"", "编号", 1.3f},   {"", "诉求标题", 2.0f}, {"", "企业", 2.0f},
                                          {"", "状态", 0.8f},   {"", "责任方", 1.4f},  {"", "当前时限", 1.9f},
                                          {"", "提交时间", 1.1f}};
  ui::TableModel model;
  model.request = &s.barRequest;
  model.searchable = false;
  model.total = s.barTotal;
  model.rowCount = static_cast<int>(s.barItems.size());
  model.loading = s.barLoading;
  model.error = s.barError;
  model.emptyText = "这一环节目前没有" + std::string(d::clockStandingLabel(bar.standing)) +
                    "的诉求（数据可能已更新，请返回驾驶舱刷新）。";
  const bool changed = ui::dataTable("overview.bar", columns, model,
      [&](int row, int col) {
        const auto& it = s.barItems[static_cast<std::size_t>(row)];
        const std::string r = std::to_string(row);
        switch (col) {
          case 0:
            ImGui::TextUnformatted(it.number.c_str());
            probe::item("overview.bar.number." + r, it.number);
            break;
          case 1: ImGui::TextUnformatted(it.title.c_str()); ui::tooltipIfHovered(it.title); break;
          case 2: ImGui::TextUnformatted(it.enterprise.name.c_str()); break;
          case 3: drawPetitionStateBadge("overview.bar.state." + r, it); break;
          case 4: ImGui::TextUnformatted(d::responsiblePartyOf(it).c_str()); break;
          case 5: drawDeadlineBadge("overview.bar.deadline." + r, it.deadline); break;
          case 6: ImGui::TextUnformatted(it.submittedAt ? shortChinaTime(*it.submittedAt).c_str() : "—"); break;
        }
      },
      [&](int row) { dispatch(OpenPetition{s.barItems[static_cast<std::size_t>(row)].id}); });
  if (changed) dispatch(LoadOverviewBar{});
}

}  // namespace qinqing::web
