// The petitions behind one cell of 诉求办理统计表, newest first, paged on the server; a row opens
// the petition in place and its 返回 comes back here. Esc or 返回统计表 goes back to the table.
#include "app/theme.hpp"
#include "app/shell_intents.hpp"
#include "features/reports/reports_screens.hpp"
#include "widgets/data_table.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/petition_badges.hpp"
#include "widgets/probe.hpp"
#include "widgets/time_text.hpp"

namespace qinqing::web {

void drawStatsCellPanel(AppState& state, Dispatch& dispatch) {
  PetitionStatsState& s = state.petitionStats;
  const StatsCell& cell = *s.cell;
  ui::screenTitle("stats.cell.title", cell.title,
                  domain::formulaText(cell.figure));
  if (ui::secondaryButton("stats.cell.back", "返回统计表") || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
    dispatch(CloseStatsCell{});
    return;
  }
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  ImGui::TextColored(theme::kMutedText, "%s",
                     (domain::petitionStatsTitle(s.shown) + "　共 " + std::to_string(s.cellTotal) + " 件").c_str());
  std::vector<ui::TableColumn> columns = {{"", "编号", 1.3f},   {"", "诉求标题", 2.6f}, {"", "企业", 2.0f},
                                          {"", "状态", 0.9f},   {"", "承办单位", 1.4f}, {"", "当前时限", 1.2f},
                                          {"", "提交时间", 1.1f}};
  ui::TableModel model;
  model.request = &s.cellRequest;
  model.searchable = false;
  model.total = s.cellTotal;
  model.rowCount = static_cast<int>(s.cellItems.size());
  model.loading = s.cellLoading;
  model.error = s.cellError;
  model.emptyText = "这一格没有诉求（数据可能已更新，请返回统计表重新查询）。";
  const bool changed = ui::dataTable("stats.cell", columns, model,
      [&](int row, int col) {
        const auto& it = s.cellItems[static_cast<std::size_t>(row)];
        const std::string r = std::to_string(row);
        switch (col) {
          case 0:
            ImGui::TextUnformatted(it.number.c_str());
            probe::item("stats.cell.number." + r, it.number);
            break;
          case 1: ImGui::TextUnformatted(it.title.c_str()); break;
          case 2: ImGui::TextUnformatted(it.enterprise.name.c_str()); break;
          case 3: drawPetitionStateBadge("stats.cell.state." + r, it); break;
          case 4: ImGui::TextUnformatted(it.handler ? it.handler->name.c_str() : "—"); break;
          case 5: drawDeadlineBadge("stats.cell.deadline." + r, it.deadline); break;
          case 6: ImGui::TextUnformatted(it.submittedAt ? shortChinaTime(*it.submittedAt).c_str() : "—"); break;
        }
      },
      [&](int row) { dispatch(OpenPetition{s.cellItems[static_cast<std::size_t>(row)].id}); });
  if (changed) dispatch(LoadStatsCell{});
}

}  // namespace qinqing::web
