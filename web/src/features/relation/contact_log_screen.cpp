// 联系企业—联系记录 (§6, a cadre): which of its enterprises it has not contacted this calendar month,
// 登记联系, and every contact it logged, newest first. In the month's last five working days the
// platform also texts the cadre the list of those not yet contacted.
#include <string>

#include "app/theme.hpp"
#include "features/relation/relation_screens.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {

void drawUncontacted(const ContactLogState& s) {
  if (s.enterprisesLoading && s.enterprises.empty()) {
    ui::spinner(ImGui::GetFontSize() * 0.4f);
    ImGui::SameLine();
    ImGui::TextUnformatted("正在加载包联企业…");
    return;
  }
  if (!s.enterprisesError.empty()) return ui::errorText("contact_log.enterprises_error", s.enterprisesError);
  if (s.enterprises.empty()) {
    ImGui::TextColored(theme::kMutedText, "您目前没有包联企业。");
    return;
  }
  std::string names;
  int count = 0;
  for (const auto& e : s.enterprises) {
    if (e.contactedThisMonth) continue;
    if (count < 5) names += (names.empty() ? "" : "、") + e.name;
    ++count;
  }
  if (count == 0) {
    ImGui::TextColored(theme::kSuccess, "本月已联系全部 %d 家包联企业。", static_cast<int>(s.enterprises.size()));
    probe::item("contact_log.uncontacted", "0");
    return;
  }
  const std::string text = "本月尚未联系 " + std::to_string(count) + " 家：" + names + (count > 5 ? " 等" : "");
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + std::min(ImGui::GetContentRegionAvail().x, 1000.0f * ImGui::GetFontSize() / 21.0f));
  ImGui::TextColored(theme::kWarning, "%s", text.c_str());
  ImGui::PopTextWrapPos();
  probe::item("contact_log.uncontacted", std::to_string(count));
}

}  // namespace

void drawContactLogScreen(AppState& state, Dispatch& dispatch) {
  ContactLogState& s = state.relation.contactLog;
  ui::screenTitle("contact_log.title", "联系记录",
                  "联系企业 / 联系记录：每次走访、电话、微信或座谈联系包联企业后及时登记；每月最后五个工作日，平台会短信提醒本月尚未联系的企业。");
  if (s.formOpen) {
    drawContactForm(state, dispatch, true);
    return;
  }
  drawUncontacted(s);
  if (ui::primaryButton("contact_log.new", "＋ 登记联系", false)) dispatch(StartContact{0, true});
  if (!s.feedback.message.empty()) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextColored(theme::kSuccess, "%s", s.feedback.message.c_str());
    probe::item("contact_log.message", s.feedback.message);
  }
  drawContactTable(state, dispatch, "contact_log", true);
}

}  // namespace qinqing::web
