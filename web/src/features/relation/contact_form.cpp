// 登记联系 (§6): the date (today unless the contact was earlier; at most 90 days back), the way it
// happened, what was discussed and the follow-up. In 联系记录 the cadre first picks one of its
// enterprises; on an enterprise's record the enterprise is that one.
#include <string>

#include "app/theme.hpp"
#include "features/relation/relation_screens.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

}  // namespace

void drawContactForm(AppState& state, Dispatch& dispatch, bool inLog) {
  ContactForm& form = inLog ? state.relation.contactLog.form : state.relation.contacts.form;
  FormFeedback& fb = inLog ? state.relation.contactLog.feedback : state.relation.contacts.feedback;
  const float dpr = state.dpr;
  ImGui::TextUnformatted("登记联系");
  if (inLog) {
    std::vector<ui::Choice> enterprises;
    for (const auto& e : state.relation.contactLog.enterprises) {
      enterprises.push_back({e.id, e.name + (e.contactedThisMonth ? "" : "（本月未联系）")});
    }
    if (ui::choiceField("contact_form.enterprise", "联系的企业", enterprises, form.enterpriseId, fb.field("enterprise"),
                        state.relation.contactLog.enterprisesLoading ? "正在加载包联企业…" : "请选择包联企业",
                        std::min(ImGui::GetContentRegionAvail().x, 460 * dpr))) {
      fb.clearField("enterprise");
    }
  }
  bool submit = false;
  const float rowY = ImGui::GetCursorPosY();
  ImGui::BeginGroup();
  {
    ui::FieldOptions o;
    o.width = 200 * dpr;
    o.maxChars = 10;
    o.error = fb.field("date");
    o.hint = "2026-11-03";
    const std::string before = form.date;
    submit |= ui::textField("contact_form.date", "联系日期", form.date, o);
    if (before != form.date) fb.clearField("date");
  }
  ImGui::EndGroup();
  ui::beside(rowY);
  ImGui::BeginGroup();
  {
    std::vector<ui::Choice> ways;
    for (size_t i = 0; i < d::kAllContactWays.size(); ++i) {
      ways.push_back({static_cast<long long>(i), std::string(d::contactWayLabel(d::kAllContactWays[i]))});
    }
    if (ui::radioField("contact_form.way", "联系方式", ways, form.way, fb.field("way"))) fb.clearField("way");
  }
  ImGui::EndGroup();
  const float width = std::min(ImGui::GetContentRegionAvail().x, 720 * dpr);
  {
    ui::FieldOptions o;
    o.width = width;
    o.maxChars = static_cast<int>(d::kContactSummaryMax);
    o.error = fb.field("summary");
    o.hint = "了解的生产经营情况、企业反映的问题、宣讲的政策等";
    if (ui::textArea("contact_form.summary", "沟通内容", form.summary, o, 120 * dpr)) fb.clearField("summary");
  }
  {
    ui::FieldOptions o;
    o.width = width;
    o.maxChars = static_cast<int>(d::kContactFollowUpMax);
    o.error = fb.field("follow_up");
    o.hint = "需要跟进协调的事项（选填）";
    if (ui::textArea("contact_form.follow_up", "后续跟进", form.followUp, o, 80 * dpr)) fb.clearField("follow_up");
  }
  if (!fb.formError.empty()) ui::errorText("contact_form.error", fb.formError);
  ImGui::Spacing();
  if (ui::primaryButton("contact_form.save", "保存", fb.saving) || (submit && !fb.saving)) dispatch(SaveContact{inLog});
  ImGui::SameLine();
  if (ui::secondaryButton("contact_form.cancel", "取消") || (!fb.saving && ImGui::IsKeyPressed(ImGuiKey_Escape))) {
    (inLog ? state.relation.contactLog.formOpen : state.relation.contacts.formOpen) = false;
    fb.clear();
  }
}

}  // namespace qinqing::web
