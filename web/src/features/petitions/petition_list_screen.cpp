// The petition lists of every role's menu (issue 5; notice §4, §12, §14, §22, §23): 我的诉求,
// 待审核诉求, 待分办诉求, 待处理诉求, 提交办理结果, 已处理诉求, 延期申请, 评价申诉, 已分办诉求, 诉求办理进度,
// 超期情况. One screen, because every list has the same columns and only the server's box differs;
// a row opens the petition's detail (petition_detail_screen.cpp) in place of the list.
#include <string>

#include "features/petitions/deadline_text.hpp"
#include "qinqing/identity/menu.hpp"
#include "qinqing/petition/petition_boxes.hpp"
#include "widgets/petition_badges.hpp"
#include "features/petitions/petitions_screens.hpp"
#include "app/theme.hpp"
#include "widgets/data_table.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

struct BoxText {
  std::string title;
  std::string subtitle;
  std::string empty;  // why the list is empty when no filter is set
};

BoxText boxText(d::PetitionBox box, d::Role role) {
  switch (box) {
    case d::PetitionBox::Mine:
      return {"我的诉求", "本企业发布的全部诉求（含草稿）及办理进度。点击一行查看时间线；退回的诉求可修改后重新提交。",
              "贵企业还没有发布诉求。点击左侧“发布诉求”填写。"};
    case d::PetitionBox::Review:
      return {"待审核诉求", "包联企业提交的诉求，请在" + workingDaysText(d::ClockKind::Review) + "内审核：可修改内容后通过，或退回企业并说明原因。",
              "没有待审核的诉求：包联企业提交新诉求时会短信通知您。"};
    case d::PetitionBox::Handled:
      return role == d::Role::Cadre
                 ? BoxText{"已处理诉求", "您审核过的诉求及其后续办理进度。", "您还没有审核过诉求。"}
                 : BoxText{"已处理诉求", "本单位已提交办理结果的诉求：企业评价、整改、申诉和销号情况。",
                           "本单位还没有提交过办理结果。"};
    case d::PetitionBox::ToSign:
      return {"待处理诉求", "分办到本单位的诉求，请在" + workingDaysText(d::ClockKind::Sign) + "内签收；不属于本单位职责的可退回分办员并说明原因。",
              "没有待签收的诉求：有新诉求分办到本单位时会短信通知管理员。"};
    case d::PetitionBox::SubmitResult:
      return {"提交办理结果", "已签收、正在办理或整改的诉求，须在" + workingDaysText(d::ClockKind::Result) + "内提交办理结果；确需延期的，请在期限前申请。",
              "没有正在办理的诉求：签收后的诉求会出现在这里。"};
    case d::PetitionBox::Dispatch:
      return {"待分办诉求", "包联干部审核通过、等待分办的诉求：分办到市直单位或县市区。",
              "没有待分办的诉求：包联干部审核通过或承办单位退回后会出现在这里。"};
    case d::PetitionBox::Extensions:
      return {"延期申请", "承办单位提出的延期申请，批准时确定新的办理期限，不批准时说明理由。", "没有待处理的延期申请。"};
    case d::PetitionBox::Appeals:
      return {"评价申诉", "承办单位认为企业恶意差评而提出的申诉，由市双千分办组裁定。", "没有待处理的评价申诉。"};
    case d::PetitionBox::Dispatched:
      return {"已分办诉求", "已分办的诉求及承办单位的签收、办理、评价进度。", "还没有分办过诉求。"};
    case d::PetitionBox::Progress:
      return {"诉求办理进度", "全部诉求的办理进度（只读）。可督办任何未办结的诉求。", "平台还没有已提交的诉求。"};
    case d::PetitionBox::Overdue:
      return {"超期情况", "当前环节已超过办理时限的诉求（只读），按逾期时间排序可先看最久的。", "目前没有超期的诉求。"};
  }
  return {"诉求", "", "没有诉求。"};
}

bool drawPetitionListFilters(PetitionListState& s, float dpr) {
  bool reload = false;
  std::vector<ui::Choice> states = {{0, "全部状态"}};
  for (size_t i = 0; i < d::kAllPetitionStates.size(); ++i) {
    states.push_back({static_cast<long long>(i + 1), std::string(d::petitionStateLabel(d::kAllPetitionStates[i]))});
  }
  std::vector<ui::Choice> categories = {{0, "全部类别"}};
  for (size_t i = 0; i < d::kPetitionCategories.size(); ++i) {
    categories.push_back({static_cast<long long>(i + 1), std::string(d::kPetitionCategories[i])});
  }
  // A table keeps both labels and both fields level (groups on one line shift by a baseline).
  if (!ImGui::BeginTable("petition_filters", 2, ImGuiTableFlags_SizingFixedFit)) return false;
  ImGui::TableNextColumn();
  long long state = s.stateFilter;
  if (ui::choiceField("petitions.filter.state", "状态", states, state, nullptr, "全部状态", 150 * dpr)) {
    s.stateFilter = static_cast<int>(state);
    s.list.request.page = 1;
    reload = true;
  }
  ImGui::TableNextColumn();
  if (ui::choiceField("petitions.filter.category", "类别", categories, s.categoryFilter, nullptr, "全部类别",
                      150 * dpr)) {
    s.list.request.page = 1;
    reload = true;
  }
  ImGui::EndTable();
  return reload;
}

}  // namespace

void drawPetitionListScreen(AppState& state, Dispatch& dispatch) {
  PetitionsState& p = state.petitions;
  if (p.detail.id != 0) return drawPetitionDetailScreen(state, dispatch);
  PetitionListState& s = p.list;
  const auto box = d::petitionBoxFromKey(s.box);
  if (!box) return;
  const d::Role role = state.session->profile.role;
  const BoxText text = boxText(*box, role);
  ui::screenTitle("petitions.title", text.title, text.subtitle);
  if (!s.message.empty()) {
    ImGui::TextColored(theme::kSuccess, "%s", s.message.c_str());
    probe::item("petitions.message", s.message);
  }
  bool reload = drawPetitionListFilters(s, state.dpr);
  ImGui::Spacing();

  const std::vector<ui::TableColumn> columns = {
      {"number", "编号", 1.25f},  {"", "诉求标题", 2.4f},  {"", "类别", 0.75f},   {"", "企业", 2.0f},
      {"", "状态", 0.95f},        {"", "承办单位", 1.5f}, {"due", "当前环节时限", 1.5f}, {"updated", "更新时间", 1.25f}};
  ui::TableModel model;
  model.request = &s.list.request;
  model.searchText = &s.list.searchText;
  model.searchHint = "编号、标题或企业名称";
  model.total = s.list.page.total;
  model.rowCount = static_cast<int>(s.list.page.items.size());
  model.loading = s.list.loading;
  model.error = s.list.error;
  const bool filtered = s.stateFilter || s.categoryFilter || !s.list.request.query.empty();
  model.emptyText = filtered ? "没有符合筛选条件的诉求。可放宽条件后再查询。" : text.empty;
  const auto& items = s.list.page.items;
  reload |= ui::dataTable(
      "petitions", columns, model,
      [&](int row, int col) {
        const auto& it = items[static_cast<size_t>(row)];
        const std::string r = std::to_string(row);
        switch (col) {
          case 0:
            ImGui::TextUnformatted(it.number.c_str());
            probe::item("petitions.number." + r, it.number);
            break;
          case 1:
            ImGui::TextUnformatted(it.title.empty() ? "（未填写标题）" : it.title.c_str());
            if (ImGui::IsItemHovered() && !it.title.empty()) ImGui::SetTooltip("%s", it.title.c_str());
            probe::item("petitions.title." + r, it.title);
            break;
          case 2: ImGui::TextUnformatted(it.category.c_str()); break;
          case 3: ImGui::TextUnformatted(it.enterprise.name.c_str()); break;
          case 4: drawPetitionStateBadge("petitions.state." + r, it); break;
          case 5: ImGui::TextUnformatted(it.handler ? it.handler->name.c_str() : "—"); break;
          case 6: drawDeadlineBadge("petitions.deadline." + r, it.deadline); break;
          case 7: ImGui::TextUnformatted(shortChinaTime(it.updatedAt).c_str()); break;
        }
      },
      [&](int row) { dispatch(OpenPetition{items[static_cast<size_t>(row)].id}); });
  if (reload) dispatch(LoadPetitions{});
}

}  // namespace qinqing::web
