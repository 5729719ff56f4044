// 干部测评 (enterprise, §16 实时测评): the same form any time, whether this quarter is already
// answered, and the answer history (a later answer in the quarter replaces the earlier one).
#include "app/theme.hpp"
#include "features/survey/survey_intents.hpp"
#include "features/survey/survey_screens.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"
#include "widgets/time_text.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

void drawSurveyHistory(const SurveyState& s) {
  ImGui::TextUnformatted("测评记录");
  if (s.historyLoading) ui::spinner(8);
  if (!s.historyError.empty()) ui::errorText("survey.history.error", s.historyError);
  if (!s.historyLoading && s.history.empty() && s.historyError.empty()) {
    ui::emptyState("survey.history.empty", "还没有测评记录：提交一次测评后会显示在这里。");
    return;
  }
  if (!ImGui::BeginTable("survey_history", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) return;
  ImGui::TableSetupColumn("季度");
  ImGui::TableSetupColumn("包联干部");
  ImGui::TableSetupColumn("评价");
  ImGui::TableSetupColumn("提交时间");
  ImGui::TableHeadersRow();
  int row = 0;
  for (const auto& v : s.history) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(v.answer.quarter.label().c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(v.cadre.name.c_str());
    ImGui::TableNextColumn();
    std::string ratings;
    for (const auto& score : v.answer.duties) {
      if (!ratings.empty()) ratings += "；";
      ratings += std::string(d::cadreDutyLabel(score.duty)) + " " + std::string(d::dutyRatingLabel(score.rating));
    }
    ImGui::TextWrapped("%s", ratings.c_str());
    probe::item("survey.history.row" + std::to_string(row), ratings);
    ImGui::TableNextColumn();
    std::string when = minuteText(v.answeredAt) + (v.supersededAt.empty() ? "" : "（已被新评价替换）");
    ImGui::TextUnformatted(when.c_str());
    ++row;
  }
  ImGui::EndTable();
}

}  // namespace

void drawSurveyScreen(AppState& state, Dispatch& dispatch) {
  SurveyState& s = state.survey;
  ui::screenTitle("survey.title", "干部测评", "对包联干部的服务进行满意度测评和包联成效调查，可随时评价");
  if (s.promptLoading) ui::spinner(8);
  if (!s.promptError.empty()) ui::errorText("survey.prompt_error", s.promptError);
  if (s.prompt) {
    const std::string status = s.prompt->answered ? s.prompt->quarter.label() + "已完成测评，可再次评价（以最新一次为准）"
                                                  : s.prompt->quarter.label() + "尚未测评";
    ImGui::TextColored(s.prompt->answered ? theme::kSuccess : theme::kMutedText, "%s", status.c_str());
    probe::item("survey.status", status);
    if (!s.prompt->cadre) {
      ui::emptyState("survey.no_cadre", "贵企业暂无包联干部，暂不能测评。");
    } else {
      drawSurveyForm(state, dispatch, "survey", 520 * state.dpr);
      if (!s.form.feedback.message.empty()) {
        ImGui::TextColored(theme::kSuccess, "%s", s.form.feedback.message.c_str());
        probe::item("survey.message", s.form.feedback.message);
      }
      if (ui::primaryButton("survey.submit", "提交", s.form.feedback.saving)) dispatch(SubmitSurvey{});
    }
  }
  ImGui::Spacing();
  ImGui::Separator();
  drawSurveyHistory(s);
}

}  // namespace qinqing::web
