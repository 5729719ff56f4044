// A server-paged table of contacts (联系记录): date, way, what was discussed, the follow-up, and the
// enterprise (a cadre's own log) or the cadre (an enterprise's record). Long texts wrap to two lines
// and show whole on hover.
#include "features/relation/relation_screens.hpp"
#include "imgui.h"
#include "widgets/data_table.hpp"
#include "widgets/list_model.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {

void drawContactTable(AppState& state, Dispatch& dispatch, const char* probeId, bool withEnterprise) {
  auto& list = withEnterprise ? state.relation.contactLog.list : state.relation.contacts.list;
  std::vector<ui::TableColumn> columns = {{"date", "联系日期", 0.9f},
                                          {"way", "联系方式", 0.7f},
                                          {"", withEnterprise ? "企业" : "包联干部", withEnterprise ? 1.8f : 0.8f},
                                          {"", "沟通内容", 2.6f},
                                          {"", "后续跟进", 1.8f}};
  ui::TableModel model = tableModelFor(list);
  model.searchHint = "按沟通内容或后续跟进查询（回车）";
  model.emptyText = !list.request.query.empty() ? "没有内容包含“" + list.request.query + "”的联系记录"
                    : withEnterprise            ? "您还没有登记过联系记录；每次走访、电话、微信联系企业后请及时登记。"
                                                : "该企业还没有联系记录。";
  const auto& items = list.page.items;
  const bool reload = ui::dataTable(probeId, columns, model,
      [&](int row, int col) {
        const auto& c = items[static_cast<size_t>(row)];
        std::string text;
        switch (col) {
          case 0: text = c.entry.date.toIso(); break;
          case 1: text = std::string(domain::contactWayLabel(c.entry.way)); break;
          case 2: text = withEnterprise ? c.enterprise.name : c.cadre.name; break;
          case 3: text = c.entry.summary; break;
          case 4: text = c.entry.followUp.empty() ? "—" : c.entry.followUp; break;
        }
        ImGui::TextUnformatted(text.c_str());
        if ((col == 3 || col == 4) && ImGui::IsItemHovered() && ImGui::CalcTextSize(text.c_str()).x > ImGui::GetColumnWidth()) {
          ImGui::SetTooltip("%s", text.c_str());
        }
        if (col == 0 || col == 3) probe::item(std::string(probeId) + (col == 0 ? ".date." : ".summary.") + std::to_string(row), text);
      },
      [](int) {});
  if (reload) dispatch(withEnterprise ? Action{LoadContactLog{}} : Action{LoadEnterpriseContacts{}});
}

}  // namespace qinqing::web
