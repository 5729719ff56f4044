// 基础数据—包联干部 (§9): the cadres in the administrator's scope, server-paged. 系统管理员 also
// opens a row to edit the cadre (moving them to another unit included) and adds cadres
// (cadre_edit_panel.cpp).
#include "widgets/list_model.hpp"
#include "features/base_data/base_data_screens.hpp"
#include "app/theme.hpp"
#include "widgets/data_table.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {

void drawCadreListScreen(AppState& state, Dispatch& dispatch) {
  auto& list = state.baseData.cadres;
  ui::screenTitle("cadres.title", "包联干部", "基础数据 / 包联干部");
  const bool editor = state.session->profile.role == domain::Role::SystemAdmin;
  if (editor && state.admin.cadreEdit.open) {
    drawCadreEditPanel(state, dispatch);
    return;
  }
  if (editor) {
    if (ui::secondaryButton("cadres.add", "＋ 新增干部")) openCadreEditor(state, nullptr);
    if (const auto& done = state.admin.cadreEdit.feedback.message; !done.empty()) {
      ImGui::SameLine();
      ImGui::AlignTextToFramePadding();
      ImGui::TextColored(theme::kSuccess, "%s", done.c_str());
      probe::item("cadres.message", done);
    }
  }

  std::vector<ui::TableColumn> columns = {{"name", "姓名", 1.2f},  {"unit", "工作单位", 2.4f},
                                          {"title", "职务", 1.2f}, {"", "手机号", 1.2f},
                                          {"", "邮箱", 1.8f},      {"enterprise_count", "包联企业数", 1.0f},
                                          {"", "联系记录（本月/累计）", 1.4f}};
  ui::TableModel model = tableModelFor(list);
  model.searchHint = "按姓名或单位查询（回车）";
  model.emptyText = list.request.query.empty() ? "您的管理范围内暂无包联干部。"
                                               : "没有姓名或单位包含“" + list.request.query + "”的干部";
  const auto& items = list.page.items;
  bool reload = ui::dataTable("cadres", columns, model,
      [&](int row, int col) {
        const auto& c = items[static_cast<size_t>(row)];
        std::string text;
        switch (col) {
          case 0: text = c.name; break;
          case 1: text = c.unit.name; break;
          case 2: text = c.title; break;
          case 3: text = c.mobileMasked; break;
          case 4: text = c.email; break;
          case 5: text = std::to_string(c.enterpriseCount); break;
          case 6: text = std::to_string(c.contactsThisMonth) + " / " + std::to_string(c.contactCount); break;
        }
        if (col == 6) probe::item("cadres.contacts." + std::to_string(row), text);
        ImGui::TextUnformatted(text.c_str());
        if (col == 0) probe::item("cadres.cell." + std::to_string(row), text);
      },
      [&](int row) {
        if (editor) openCadreEditor(state, &items[static_cast<size_t>(row)]);
      });
  if (reload) dispatch(LoadCadres{});
}

}  // namespace qinqing::web
