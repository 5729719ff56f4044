// 发起满意度测评 (包联干部, §16): the cadre's enterprises, each with 发起测评 (the platform texts the
// enterprise's liaison to rate the cadre this quarter; once per enterprise and quarter) and the outcome
// beside it. Above the list, this quarter's count of answers: the platform never tells a cadre which
// enterprise answered or how (domain::surveyRaterVisibleTo), so rows carry no 已评价 mark.
#include "app/theme.hpp"
#include "features/survey/survey_intents.hpp"
#include "features/survey/survey_screens.hpp"
#include "widgets/data_table.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/list_model.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {

void cellText(const std::string& text) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(text.empty() ? "—" : text.c_str());
}

void drawSummary(const SurveyRequestState& s) {
  if (s.talliesLoading) {
    ui::spinner(ImGui::GetFontSize() * 0.4f);
    probe::item("survey_request.tallies_loading");
  }
  if (!s.talliesError.empty()) ui::errorText("survey_request.tallies_error", s.talliesError);
  if (!s.tallies) return;
  const std::string summary = s.tallies->quarter.label() + "：已收到企业对您的测评 " +
                              std::to_string(s.tallies->answerCount) + " 份（共 " +
                              std::to_string(s.enterprises.page.total) + " 家包联企业）";
  ImGui::TextUnformatted(summary.c_str());
  probe::item("survey_request.summary", summary);
  ImGui::TextColored(theme::kMutedText, "为保护企业评价的真实性，平台只统计份数，不显示哪家企业已评价或如何评价。");
}

}  // namespace

void drawSurveyRequestScreen(AppState& state, Dispatch& dispatch) {
  SurveyRequestState& s = state.survey.requests;
  ui::screenTitle("survey_request.title", "发起满意度测评",
                  "向包联企业发送短信，请其登录平台对您本季度的服务进行满意度测评；每家企业每季度只能发起一次。");
  drawSummary(s);
  ImGui::Spacing();
  const std::vector<ui::TableColumn> columns = {
      {"name", "企业名称", 3.0f}, {"region", "所属区域", 1.1f}, {"", "企业联络员", 1.1f}, {"", "发起测评", 4.2f}};
  ui::TableModel model = tableModelFor(s.enterprises);
  model.searchHint = "按企业名称或信用代码查找（回车）";
  model.emptyText = s.enterprises.request.query.empty()
                        ? "您名下暂无包联企业：包联关系由系统管理员在包联方案中分配，分配后企业会显示在这里。"
                        : "没有符合“" + s.enterprises.request.query + "”的包联企业。";
  const auto& items = s.enterprises.page.items;
  const bool reload = ui::dataTable(
      "survey_request", columns, model,
      [&](int row, int col) {
        const auto& e = items[static_cast<std::size_t>(row)];
        const std::string r = std::to_string(row);
        switch (col) {
          case 0:
            cellText(e.name);
            probe::item("survey_request.name." + r, e.name);
            break;
          case 1: cellText(e.region.name); break;
          case 2: cellText(e.liaison); break;
          case 3: {
            const auto it = s.rows.find(e.id);
            const SurveyRequestRow* outcome = it == s.rows.end() ? nullptr : &it->second;
            const bool sending = outcome && outcome->sending;
            ImGui::BeginDisabled(outcome && outcome->sent && !sending);
            if (ui::primaryButton("survey_request.send." + r, outcome && outcome->sent ? "已发起" : "发起测评", sending)) {
              dispatch(SendSurveyRequest{e.id});
            }
            ImGui::EndDisabled();
            if (outcome && (!outcome->message.empty() || !outcome->error.empty())) {
              ImGui::SameLine();
              ImGui::AlignTextToFramePadding();
              const bool ok = outcome->error.empty();
              const std::string& text = ok ? outcome->message : outcome->error;
              ImGui::PushStyleColor(ImGuiCol_Text, ok ? theme::kSuccess : theme::kDanger);
              ImGui::PushTextWrapPos(0.0f);
              ImGui::TextUnformatted(text.c_str());
              ImGui::PopTextWrapPos();
              ImGui::PopStyleColor();
              probe::item((ok ? "survey_request.message." : "survey_request.error.") + r, text);
            }
            break;
          }
        }
      },
      [](int) {});
  if (reload) dispatch(LoadSurveyRequests{});
}

}  // namespace qinqing::web
