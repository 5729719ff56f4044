// 基础数据—包联企业 (§9, administrators and dispatchers) and 我的资料—包联企业 (§3, a cadre's own
// enterprises): a server-paged table; a row opens the record (and, for the cadre, its edit form).
// 系统管理员 also adds an enterprise by hand (新增企业, new_enterprise_panel.cpp).
#include "widgets/list_model.hpp"
#include "features/base_data/base_data_screens.hpp"
#include "app/theme.hpp"
#include "widgets/data_table.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {

void drawEnterpriseListScreen(AppState& state, Dispatch& dispatch) {
  auto& list = state.baseData.enterprises;
  auto& detail = state.baseData.enterprise;
  const bool cadre = state.session->profile.role == domain::Role::Cadre;

  ui::screenTitle("enterprises.title", "包联企业", cadre ? "我的资料 / 包联企业：请及时更新企业信息，手机号码是企业接收平台短信的方式，务必准确。"
                        : state.session->profile.role == domain::Role::SystemAdmin
                            ? "基础数据 / 包联企业：全部企业；可新增企业并指定包联干部，企业账号待联络员激活。"
                            : "基础数据 / 包联企业");

  if (detail.id != 0) {
    if (ui::secondaryButton("enterprises.back", "‹ 返回列表") ||
        (!detail.editing && !state.admin.reassign.open && ImGui::IsKeyPressed(ImGuiKey_Escape))) {
      dispatch(OpenEnterprise{0});
      return;
    }
    drawEnterpriseDetail(state, dispatch);
    return;
  }
  const bool systemAdmin = state.session->profile.role == domain::Role::SystemAdmin;
  NewEnterpriseState& added = state.admin.newEnterprise;
  if (systemAdmin && added.open) {
    if (ui::secondaryButton("new_enterprise.back", "‹ 返回列表")) {
      added.open = false;
      added.feedback.clear();
      return;
    }
    drawNewEnterprisePanel(state, dispatch);
    return;
  }
  if (systemAdmin) {
    if (ui::primaryButton("enterprises.add", "＋ 新增企业", false)) dispatch(StartNewEnterprise{});
    if (!added.feedback.message.empty()) {
      ImGui::SameLine();
      ImGui::AlignTextToFramePadding();
      ImGui::TextColored(theme::kSuccess, "%s", added.feedback.message.c_str());
      probe::item("enterprises.message", added.feedback.message);
    }
  }

  std::vector<ui::TableColumn> columns = {
      {"name", "企业名称", 3.0f}, {"uscc", "统一社会信用代码", 2.0f}, {"region", "区域", 1.2f},
      {"industry_group", "行业", 0.8f}, {"cadre", "包联干部", 1.2f}, {"", "联络员", 1.0f}, {"", "联络员手机", 1.2f},
      {"", "最近联系", 1.2f}};
  ui::TableModel model = tableModelFor(list);
  model.searchHint = "按企业名称或统一社会信用代码查询（回车）";
  model.emptyText = !list.request.query.empty() ? "没有名称或代码包含“" + list.request.query + "”的企业"
                    : cadre ? "您目前没有包联企业；包联关系由本单位管理员按一对一包联方案导入。"
                            : "您的管理范围内暂无企业。";
  const auto& items = list.page.items;
  bool reload = ui::dataTable("enterprises", columns, model,
      [&](int row, int col) {
        const auto& r = items[static_cast<size_t>(row)];
        std::string text;
        switch (col) {
          case 0: text = r.name; break;
          case 1: text = r.uscc; break;
          case 2: text = r.region.name; break;
          case 3: text = r.industryGroup ? r.industryGroup->name : ""; break;
          case 4: text = r.cadre ? r.cadre->name : "（未分配）"; break;
          case 5: text = r.liaison; break;
          case 6: text = r.liaisonMobile; break;
          case 7: text = r.lastContactDate.empty() ? "从未联系" : r.lastContactDate; break;
        }
        // §6: an enterprise nobody contacted this calendar month is marked, so the cadre sees whom to call.
        if (col == 7 && !r.contactedThisMonth) {
          ImGui::TextColored(theme::kWarning, "%s · 本月未联系", text.c_str());
          probe::item("enterprises.uncontacted." + std::to_string(row), text);
          return;
        }
        ImGui::TextUnformatted(text.c_str());
        if (col == 0) probe::item("enterprises.cell." + std::to_string(row), text);
      },
      [&](int row) { dispatch(OpenEnterprise{items[static_cast<size_t>(row)].id}); });
  if (reload) dispatch(LoadEnterprises{});
}

void drawCompanyInfoScreen(AppState& state, Dispatch& dispatch) {
  ui::screenTitle("company.title", "企业基本信息", "企业信息 / 企业基本信息：联络员手机号用于接收平台短信，请保持准确。");
  drawEnterpriseDetail(state, dispatch);
}

}  // namespace qinqing::web
