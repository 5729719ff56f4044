// 测评结果 (超级巡查员, §23) and 干部测评结果 (单位/县市区管理员, §11): the chosen quarter's 满意/基本满意/不满意
// counts per duty over the caller's scope and the satisfaction rate (满意 + 基本满意) as a percentage
// (测评统计 tab), per cadre (survey_cadre_results_tab.cpp), the 包联成效 answers (survey_effect_tab.cpp)
// and the answers themselves in the 测评答卷 tab (survey_answers_tab.cpp). A quarter row above the
// tabs picks this quarter or one of the three before.
#include <cstdio>

#include "app/theme.hpp"
#include "features/survey/survey_intents.hpp"
#include "features/survey/survey_screens.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

// 875 ‰ → "87.5%"; none → "—" (nobody answered).
std::string percent(std::optional<int> permille) {
  if (!permille) return "—";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%d.%d%%", *permille / 10, *permille % 10);
  return buf;
}

void drawTallies(AppState& state, Dispatch& dispatch) {
  SurveyState& s = state.survey;
  if (s.talliesLoading) ui::spinner(8);
  if (!s.talliesError.empty()) {
    ui::errorText("survey_results.error", s.talliesError);
    if (ui::secondaryButton("survey_results.retry", "重试")) dispatch(LoadSurveyTallies{});
  }
  if (!s.tallies) return;
  const auto& t = *s.tallies;
  const std::string summary = t.quarter.label() + " · 共收到测评 " + std::to_string(t.answerCount) + " 份";
  ImGui::TextColored(theme::kMutedText, "%s", summary.c_str());
  probe::item("survey_results.summary", summary);
  if (t.answerCount == 0) {
    ui::emptyState("survey_results.empty", "所选季度您权限范围内的企业尚未提交测评。");
    return;
  }
  if (!ImGui::BeginTable("survey_tallies", 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) return;
  for (const char* h : {"职责", "满意", "基本满意", "不满意", "合计", "满意率"}) ImGui::TableSetupColumn(h);
  ImGui::TableHeadersRow();
  for (const auto& duty : t.duties) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(std::string(d::cadreDutyLabel(duty.duty)).c_str());
    for (int c : duty.counts) {
      ImGui::TableNextColumn();
      ImGui::Text("%d", c);
    }
    ImGui::TableNextColumn();
    ImGui::Text("%d", duty.total());
    ImGui::TableNextColumn();
    const std::string rate = percent(duty.satisfactionPermille());
    ImGui::TextUnformatted(rate.c_str());
    probe::item("survey_results." + std::string(d::cadreDutyKey(duty.duty)), rate);
  }
  ImGui::EndTable();
}

}  // namespace

void drawSurveyResultsScreen(AppState& state, Dispatch& dispatch) {
  SurveyState& s = state.survey;
  ui::screenTitle("survey_results.title", state.activeMenuKey == "inspect.surveys" ? "测评结果" : "干部测评结果",
                  "包联企业对包联干部四员职责的满意度测评：所选季度的统计、各包联干部的结果、包联成效问卷的回答，以及权限范围内的测评答卷");
  // The quarter of the first three tabs: this one and the three before.
  std::vector<ui::Choice> quarters;
  d::Quarter q = d::Quarter::of(d::localDate(state.now));
  for (int i = 0; i < 4; ++i, q = q.previous()) quarters.push_back({i, q.label()});
  long long chosen = s.resultsQuarter;
  if (ui::radioField("survey_results.quarter", "季度", quarters, chosen, nullptr))
    dispatch(ChooseResultsQuarter{static_cast<int>(chosen)});
  ImGui::Spacing();
  if (!ImGui::BeginTabBar("survey_results_tabs")) return;
  if (ImGui::BeginTabItem("测评统计")) {
    probe::item("survey_results.tab.tallies", "测评统计");
    s.answersTab = s.cadreTab = s.effectTab = false;
    drawTallies(state, dispatch);
    ImGui::EndTabItem();
  } else {
    probe::item("survey_results.tab.tallies", "测评统计");
  }
  if (ImGui::BeginTabItem("干部测评结果")) {
    probe::item("survey_results.tab.cadres", "干部测评结果");
    if (!s.cadreTab) {
      s.cadreTab = true;
      s.answersTab = s.effectTab = false;
      dispatch(LoadCadreResults{});
    }
    drawSurveyCadreResultsTab(state, dispatch);
    ImGui::EndTabItem();
  } else {
    probe::item("survey_results.tab.cadres", "干部测评结果");
  }
  if (ImGui::BeginTabItem("包联成效")) {
    probe::item("survey_results.tab.effect", "包联成效");
    if (!s.effectTab) {
      s.effectTab = true;
      s.answersTab = s.cadreTab = false;
      dispatch(LoadQuestionTallies{});
    }
    drawSurveyEffectTab(state, dispatch);
    ImGui::EndTabItem();
  } else {
    probe::item("survey_results.tab.effect", "包联成效");
  }
  if (ImGui::BeginTabItem("测评答卷")) {
    probe::item("survey_results.tab.answers", "测评答卷");
    if (!s.answersTab) {
      s.answersTab = true;
      s.cadreTab = s.effectTab = false;
      dispatch(LoadSurveyAnswers{});
    }
    drawSurveyAnswersTab(state, dispatch);
    ImGui::EndTabItem();
  } else {
    probe::item("survey_results.tab.answers", "测评答卷");
  }
  ImGui::EndTabBar();
}

}  // namespace qinqing::web
