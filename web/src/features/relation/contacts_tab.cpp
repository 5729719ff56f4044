// 联系记录 tab of an enterprise's record (§6): every contact logged with it, newest first; its cadre
// logs a new one here too.
#include "app/theme.hpp"
#include "features/relation/relation_screens.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {

void drawContactsTab(AppState& state, Dispatch& dispatch, long long enterpriseId) {
  EnterpriseContactsState& c = state.relation.contacts;
  if (c.enterpriseId != enterpriseId) return;
  ImGui::Spacing();
  if (c.formOpen) {
    drawContactForm(state, dispatch, false);
    return;
  }
  if (state.session->profile.role == domain::Role::Cadre) {
    if (ui::primaryButton("contacts.new", "＋ 登记联系", false)) dispatch(StartContact{enterpriseId, false});
    if (!c.feedback.message.empty()) {
      ImGui::SameLine();
      ImGui::AlignTextToFramePadding();
      ImGui::TextColored(theme::kSuccess, "%s", c.feedback.message.c_str());
      probe::item("contacts.message", c.feedback.message);
    }
  }
  drawContactTable(state, dispatch, "contacts", false);
}

}  // namespace qinqing::web
