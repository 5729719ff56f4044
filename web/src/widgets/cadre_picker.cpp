// The cadre picker of 企业入驻申请's approval and of 新增企业: the cadres the caller may assign
// (GET /api/cadres is scoped), searched and paged on the server; a click chooses one (一对一).
#include "widgets/list_model.hpp"
#include "widgets/cadre_picker.hpp"
#include "app/theme.hpp"
#include "widgets/data_table.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {

CadrePickResult drawCadrePicker(std::string_view probeId, ListState<domain::CadreSummary>& cadres,
                                const std::optional<domain::CadreSummary>& chosen, float width, float height) {
  CadrePickResult result;
  std::vector<ui::TableColumn> columns = {{"name", "姓名", 1.0f}, {"unit", "工作单位", 2.0f}, {"title", "职务", 1.0f},
                                          {"enterprise_count", "包联企业数", 0.9f}};
  ui::TableModel model = tableModelFor(cadres);
  model.searchHint = "按姓名、职务或单位查找干部（回车）";
  model.emptyText = cadres.request.query.empty() ? "您的管理范围内没有可选的包联干部。"
                                                 : "没有姓名、职务或单位包含“" + cadres.request.query + "”的干部";
  const auto& items = cadres.page.items;
  const std::string id(probeId);
  ImGui::BeginChild(id.c_str(), ImVec2(width, height), ImGuiChildFlags_None);
  result.reload = ui::dataTable(id, columns, model,
      [&](int row, int col) {
        const auto& c = items[static_cast<size_t>(row)];
        const bool isChosen = chosen && chosen->id == c.id;
        std::string text;
        switch (col) {
          case 0: text = c.name + (isChosen ? "（已选）" : ""); break;
          case 1: text = c.unit.name; break;
          case 2: text = c.title; break;
          case 3: text = std::to_string(c.enterpriseCount); break;
        }
        if (isChosen) ImGui::TextColored(theme::kPrimary, "%s", text.c_str());
        else ImGui::TextUnformatted(text.c_str());
        if (col == 0) probe::item(id + ".cell." + std::to_string(row), c.name);
      },
      [&](int row) { result.chosen = items[static_cast<size_t>(row)]; });
  ImGui::EndChild();
  return result;
}

}  // namespace qinqing::web
