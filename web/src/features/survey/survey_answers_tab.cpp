// 测评结果 → 测评答卷: the answers in force in the caller's scope, newest first, paged and searched on
// the server (企业 or 包联干部 name). Only what the API returns is shown: it decides whose names a role sees.
#include "app/theme.hpp"
#include "features/survey/survey_intents.hpp"
#include "features/survey/survey_screens.hpp"
#include "widgets/data_table.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/list_model.hpp"
#include "widgets/probe.hpp"
#include "widgets/time_text.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

// 疫情防控“指导员”：满意（意见）；… one duty per line.
std::string ratingsOf(const d::SurveyAnswer& a) {
  std::string out;
  for (const auto& score : a.duties) {
    if (!out.empty()) out += "\n";
    out += std::string(d::cadreDutyLabel(score.duty)) + "：" + std::string(d::dutyRatingLabel(score.rating));
    if (!score.comment.empty()) out += "（" + score.comment + "）";
  }
  return out;
}

}  // namespace

void drawSurveyAnswersTab(AppState& state, Dispatch& dispatch) {
  SurveyState& s = state.survey;
  const std::vector<ui::Choice> quarters = {{0, "全部季度"}, {1, "本季度"}, {2, "上季度"}};
  long long quarter = s.answersQuarter;
  bool reload = false;
  if (ui::radioField("survey_answers.quarter", "季度", quarters, quarter, nullptr)) {
    s.answersQuarter = static_cast<int>(quarter);
    s.answers.request.page = 1;
    reload = true;
  }
  ImGui::TextColored(theme::kMutedText, "每家企业每季度以最新一次测评为准；此处只显示您权限范围内的答卷。");
  const std::vector<ui::TableColumn> columns = {{"", "季度", 1.3f},     {"", "企业", 2.6f},
                                                {"", "包联干部", 1.0f}, {"", "四员职责评价", 4.2f},
                                                {"answered_at", "提交时间", 1.4f}};
  ui::TableModel model = tableModelFor(s.answers);
  model.searchHint = "按企业或包联干部姓名查找（回车）";
  if (!s.answers.request.query.empty()) model.emptyText = "没有符合“" + s.answers.request.query + "”的答卷。";
  else if (s.answersQuarter != 0) model.emptyText = "所选季度范围内的企业尚未提交测评。";
  else model.emptyText = "您权限范围内的企业尚未提交过测评。";
  const auto& items = s.answers.page.items;
  reload |= ui::dataTable(
      "survey_answers", columns, model,
      [&](int row, int col) {
        const auto& v = items[static_cast<std::size_t>(row)];
        const std::string r = std::to_string(row);
        switch (col) {
          case 0: ImGui::TextUnformatted(v.answer.quarter.label().c_str()); break;
          case 1: {
            const std::string name = v.enterprise.name.empty() ? "（不显示）" : v.enterprise.name;
            ImGui::TextWrapped("%s", name.c_str());
            probe::item("survey_answers.enterprise." + r, name);
            break;
          }
          case 2: ImGui::TextUnformatted(v.cadre.name.c_str()); break;
          case 3: {
            const std::string ratings = ratingsOf(v.answer);
            ImGui::TextWrapped("%s", ratings.c_str());
            probe::item("survey_answers.ratings." + r, ratings);
            break;
          }
          case 4: {
            const std::string when = minuteText(v.answeredAt);
            ImGui::TextUnformatted(when.c_str());
            probe::item("survey_answers.time." + r, when);
            if (v.replaced) ImGui::TextColored(theme::kMutedText, "（替换了此前的评价）");
            break;
          }
        }
      },
      [](int) {});
  if (reload) dispatch(LoadSurveyAnswers{});
}

}  // namespace qinqing::web
