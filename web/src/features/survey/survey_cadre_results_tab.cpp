// 测评结果 → 干部测评结果 (§11, §23): one row per liaison cadre in the reader's scope with the chosen
// quarter's answers — 满意 / 基本满意 / 不满意 of each of the four duties and the 满意率 over them —
// sorted (满意率, 测评份数, 姓名), searched by name and paged on the server.
#include <cstdio>

#include "app/theme.hpp"
#include "features/survey/survey_intents.hpp"
#include "features/survey/survey_screens.hpp"
#include "widgets/data_table.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/list_model.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

std::string permilleText(std::optional<int> permille) {
  if (!permille) return "—";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%d.%d%%", *permille / 10, *permille % 10);
  return buf;
}

ImVec4 rateColor(std::optional<int> permille) {
  if (!permille) return theme::kMutedText;
  if (*permille >= 900) return theme::kSuccess;
  if (*permille >= 800) return theme::kWarning;
  return theme::kDanger;
}

}  // namespace

void drawSurveyCadreResultsTab(AppState& state, Dispatch& dispatch) {
  SurveyState& s = state.survey;
  ImGui::TextColored(theme::kMutedText, "每格为 满意 / 基本满意 / 不满意 的份数；满意率 =（满意 + 基本满意）÷ 四项职责评价总数。");
  std::vector<ui::TableColumn> columns = {{std::string(d::cadreResultSortKey(d::CadreResultSort::Name)), "包联干部", 1.0f},
                                          {"", "工作单位", 1.6f},
                                          {std::string(d::cadreResultSortKey(d::CadreResultSort::Answers)), "测评份数", 0.8f}};
  for (d::CadreDuty duty : d::kAllCadreDuties) columns.push_back({"", std::string(d::cadreDutyLabel(duty)), 1.25f});
  columns.push_back({std::string(d::cadreResultSortKey(d::CadreResultSort::Satisfaction)), "满意率", 0.8f});
  ui::TableModel model = tableModelFor(s.cadreResults);
  model.searchHint = "按包联干部姓名查找（回车）";
  model.emptyText = s.cadreResults.request.query.empty() ? "所选季度您权限范围内的企业尚未提交测评。"
                                                         : "没有姓名含“" + s.cadreResults.request.query + "”的包联干部测评。";
  const auto& items = s.cadreResults.page.items;
  const bool reload = ui::dataTable(
      "cadre_results", columns, model,
      [&](int row, int col) {
        const auto& r = items[static_cast<std::size_t>(row)];
        const std::string id = "cadre_results." + std::to_string(row);
        if (col >= 3 && col < 7) {  // one duty: 满意 / 基本满意 / 不满意
          const d::DutyTally& t = r.duties[static_cast<std::size_t>(col - 3)];
          const std::string text = std::to_string(t.counts[0]) + " / " + std::to_string(t.counts[1]) + " / " +
                                   std::to_string(t.counts[2]);
          if (t.counts[2] > 0) ImGui::TextColored(theme::kDanger, "%s", text.c_str());
          else ImGui::TextUnformatted(text.c_str());
          ui::tooltipIfHovered(std::string(d::cadreDutyLabel(t.duty)) + " 满意率 " + permilleText(t.satisfactionPermille()));
          probe::item(id + "." + std::string(d::cadreDutyKey(t.duty)), text);
          return;
        }
        switch (col) {
          case 0:
            ImGui::TextUnformatted(r.cadre.name.c_str());
            probe::item(id + ".cadre", r.cadre.name);
            break;
          case 1:
            ImGui::TextUnformatted(r.unit.c_str());
            probe::item(id + ".unit", r.unit);
            break;
          case 2:
            ImGui::Text("%d", r.answerCount);
            probe::item(id + ".answers", std::to_string(r.answerCount));
            break;
          case 7: {
            const auto permille = r.satisfactionPermille();
            const std::string text = permilleText(permille);
            ImGui::TextColored(rateColor(permille), "%s", text.c_str());
            probe::item(id + ".rate", text);
            break;
          }
        }
      },
      [](int) {});
  if (reload) dispatch(LoadCadreResults{});
}

}  // namespace qinqing::web
