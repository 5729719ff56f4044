// 干部测评 pop-up after login (§16 “系统会定期弹出‘干部测评’会话框”): modal while this quarter's answer is
// missing. 稍后评价 closes it for this session; it comes back at the next sign-in.
#include "features/survey/survey_actions.hpp"
#include "features/survey/survey_intents.hpp"
#include "features/survey/survey_screens.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {

void drawSurveyPromptDialog(AppState& state, Dispatch& dispatch) {
  if (!surveyPopupDue(state)) return;
  const char* id = "干部测评##survey_prompt";
  if (!ImGui::IsPopupOpen(id)) ImGui::OpenPopup(id);
  const ImVec2 viewport = ImGui::GetMainViewport()->Size;
  ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(viewport.x * 0.9f, viewport.y * 0.9f));
  if (ImGui::BeginPopupModal(id, nullptr, ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove)) {
    probe::item("survey_prompt.dialog", "干部测评");
    const float width = 520 * state.dpr;
    drawSurveyForm(state, dispatch, "survey_prompt", width);
    ImGui::Separator();
    const bool saving = state.survey.form.feedback.saving;
    if (ui::primaryButton("survey_prompt.submit", "提交", saving)) dispatch(SubmitSurvey{});
    ImGui::SameLine();
    if (ui::secondaryButton("survey_prompt.later", "稍后评价")) dispatch(PutOffSurvey{});
    ImGui::EndPopup();
  }
}

}  // namespace qinqing::web
