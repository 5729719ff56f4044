// One petition as every party sees it (issue 5, step 7; notice §4, §12, §14): what was asked and by
// whom, the files, the unit's results and the ratings, each clock with its due date (hover for how
// it was counted) and whether it was met, and the timeline of who did what and when. The buttons
// are the actions the shared state machine allows this user now; each opens its form below them
// (petition_action_form.cpp).
#include <string>

#include "qinqing/petition/petition_contact.hpp"
#include "qinqing/petition/petition_deadline.hpp"
#include "features/petitions/petitions_screens.hpp"
#include "app/theme.hpp"
#include "features/petitions/attachment_list.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/petition_badges.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

void sectionTitle(const char* text) {
  ImGui::Spacing();
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.05f);
  ImGui::TextColored(theme::kPrimary, "%s", text);
  ImGui::PopFont();
  ImGui::Separator();
}

void wrapped(std::string_view probeId, const std::string& text) {
  ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x + ImGui::GetCursorPosX());
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  probe::item(probeId, text);
}

// The buttons of the actions allowed now. SaveDraft/Submit open the 发布诉求 form with this petition.
void drawActionButtons(AppState& state, Dispatch& dispatch, const d::PetitionDetail& p) {
  bool first = true;
  bool editShown = false;
  for (auto action : p.actions) {
    if (action == d::PetitionAction::SaveDraft || action == d::PetitionAction::Submit) {
      if (editShown) continue;
      editShown = true;
      if (!first) ImGui::SameLine();
      first = false;
      if (ui::primaryButton("petition.edit", "修改并提交", false)) dispatch(EditPetitionDraft{p.summary.id});
      continue;
    }
    if (!first) ImGui::SameLine();
    first = false;
    const std::string key(d::petitionActionKey(action));
    const std::string label(d::petitionActionLabel(action));
    const bool open = state.petitions.detail.form.action == action;
    if (open) ImGui::BeginDisabled();
    if (ui::secondaryButton("petition.action." + key, label)) dispatch(StartPetitionAction{action});
    if (open) ImGui::EndDisabled();
  }
  if (!first) ImGui::SameLine();
  drawDispatchSheetButton(state, dispatch, p.summary.id, p.summary.number);
  if (first && p.actions.empty()) {
    probe::item("petition.no_actions", "");
  }
}

// 联系人: the mobile as the server showed it; 查看完整号码 for those who call (audited).
void drawContact(AppState& state, Dispatch& dispatch, const d::PetitionDetail& p, float labelW) {
  const PetitionDetailState& s = state.petitions.detail;
  ui::detailRow("petition.contact", "联系人", p.content.contactName + "  " + p.content.contactMobile, labelW);
  const bool masked = p.content.contactMobile.find('*') != std::string::npos;
  if (masked && d::roleMayRevealPetitionContact(state.session->profile.role)) {
    ImGui::SameLine();
    ImGui::BeginDisabled(s.revealing);
    if (ImGui::SmallButton(s.revealing ? "正在查询…##reveal_contact" : "查看完整号码##reveal_contact")) {
      dispatch(RevealPetitionContact{});
    }
    ImGui::EndDisabled();
    probe::item("petition.contact.reveal", "查看完整号码");
    ImGui::SetItemTooltip("查看完整号码会记入审计日志");
  }
  if (!s.revealError.empty()) ui::errorText("petition.contact.reveal_error", s.revealError);
}

void drawFacts(AppState& state, Dispatch& dispatch, const d::PetitionDetail& p, float dpr) {
  const float labelW = 110 * dpr;
  const auto& s = p.summary;
  ui::detailRow("petition.enterprise", "企业名称", s.enterprise.name, labelW);
  ui::detailRow("petition.uscc", "信用代码", p.enterpriseUscc, labelW);
  ui::detailRow("petition.region", "所属区域", p.regionName + (p.industryGroupName.empty() ? "" : " · " + p.industryGroupName + "组"), labelW);
  ui::detailRow("petition.category", "诉求类别", p.content.category, labelW);
  drawContact(state, dispatch, p, labelW);
  ui::detailRow("petition.cadre", "包联干部", s.cadre ? s.cadre->name : "—", labelW);
  ui::detailRow("petition.handler", "承办单位", s.handler ? s.handler->name : "尚未分办", labelW);
  ui::detailRow("petition.submitted", "提交时间", s.submittedAt ? shortChinaTime(*s.submittedAt) : "尚未提交", labelW);
}

void drawPetitionDetailVersions(const d::PetitionDetail& p) {
  if (p.versions.size() < 2) return;
  sectionTitle("内容版本（企业原文与干部修改稿均保留）");
  for (size_t i = 0; i < p.versions.size(); ++i) {
    const auto& v = p.versions[i];
    const std::string head = std::string(v.kind == d::VersionKind::CadreEdit ? "包联干部修改稿" : "企业提交稿") + " · " + v.author +
                             " · " + shortChinaTime(v.at) + "##version" + std::to_string(i);
    if (ImGui::TreeNode(head.c_str())) {
      ImGui::TextColored(theme::kMutedText, "标题：");
      ImGui::SameLine();
      ImGui::TextUnformatted(v.content.title.c_str());
      wrapped("petition.version." + std::to_string(i), v.content.description);
      ImGui::TreePop();
    }
    probe::item("petition.version_head." + std::to_string(i), head.substr(0, head.find("##")));
  }
}

void drawRecords(const d::PetitionDetail& p) {
  if (!p.results.empty()) {
    sectionTitle("办理结果");
    for (size_t i = 0; i < p.results.size(); ++i) {
      const auto& r = p.results[i];
      ImGui::TextColored(theme::kMutedText, "%s · %s · %s", r.round == 1 ? "办理结果" : "整改结果", r.submittedBy.c_str(),
                         shortChinaTime(r.at).c_str());
      wrapped("petition.result." + std::to_string(i), r.text);
    }
  }
  if (!p.ratings.empty()) {
    sectionTitle("企业评价");
    for (size_t i = 0; i < p.ratings.size(); ++i) {
      const auto& r = p.ratings[i];
      std::string line = std::string(r.round == 1 ? "首次评价：" : "再次评价：") + std::string(d::ratingLabel(r.rating));
      if (r.setAside) line += "（申诉成立，不计入考核）";
      ImGui::TextColored(d::ratingIsBad(r.rating) ? theme::kDanger : theme::kSuccess, "%s", line.c_str());
      ImGui::SameLine();
      ImGui::TextColored(theme::kMutedText, "%s", shortChinaTime(r.at).c_str());
      probe::item("petition.rating." + std::to_string(i), line);
      if (!r.comment.empty()) wrapped("petition.rating_comment." + std::to_string(i), r.comment);
    }
  }
  if (!p.extensions.empty()) {
    sectionTitle("延期申请");
    for (size_t i = 0; i < p.extensions.size(); ++i) {
      const auto& x = p.extensions[i];
      std::string line = "申请延期至 " + x.requestedDueDate.toIso() + " · " + std::string(d::extensionStatusLabel(x.status));
      if (x.decidedDueDate) line += "，新期限 " + x.decidedDueDate->toIso();
      ImGui::TextUnformatted(line.c_str());
      probe::item("petition.extension." + std::to_string(i), line);
      wrapped("petition.extension_reason." + std::to_string(i), "理由：" + x.reason +
                                                                    (x.decisionNote.empty() ? "" : "；意见：" + x.decisionNote));
    }
  }
  if (!p.appeals.empty()) {
    sectionTitle("评价申诉");
    for (size_t i = 0; i < p.appeals.size(); ++i) {
      const auto& a = p.appeals[i];
      const std::string line = std::string(d::appealStatusLabel(a.status)) + " · " + shortChinaTime(a.filedAt);
      ImGui::TextUnformatted(line.c_str());
      probe::item("petition.appeal." + std::to_string(i), line);
      wrapped("petition.appeal_reason." + std::to_string(i),
              "申诉理由：" + a.reason + (a.decisionNote.empty() ? "" : "；裁定意见：" + a.decisionNote));
    }
  }
  if (!p.visits.empty()) {
    sectionTitle("回访记录");
    for (size_t i = 0; i < p.visits.size(); ++i) {
      const auto& v = p.visits[i];
      const std::string line = v.visitedOn.toIso() + " · " + v.method + " · " + v.recordedBy + "：" + v.note;
      wrapped("petition.visit." + std::to_string(i), line);
    }
  }
}

void drawClocks(const d::PetitionDetail& p, float dpr) {
  sectionTitle("办理时限（平台自动计时）");
  if (p.clocks.empty()) {
    ImGui::TextColored(theme::kMutedText, "诉求提交后开始计时。");
    return;
  }
  if (!ImGui::BeginTable("clocks", 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH)) return;
  ImGui::TableSetupColumn("环节", ImGuiTableColumnFlags_WidthFixed, 90 * dpr);
  ImGui::TableSetupColumn("责任方");
  ImGui::TableSetupColumn("开始");
  ImGui::TableSetupColumn("时限");
  ImGui::TableSetupColumn("完成");
  ImGui::TableSetupColumn("结果", ImGuiTableColumnFlags_WidthFixed, 90 * dpr);
  ImGui::TableHeadersRow();
  for (size_t i = 0; i < p.clocks.size(); ++i) {
    const auto& k = p.clocks[i];
    const std::string r = std::to_string(i);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(std::string(d::clockKindLabel(k.kind)).c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(k.responsible.c_str());
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(shortChinaTime(k.startedAt).c_str());
    ImGui::TableNextColumn();
    const std::string due = k.dueDate ? k.dueDate->toIso() + (k.extended ? "（已延期）" : "") : "不设时限";
    ImGui::TextUnformatted(due.c_str());
    // The clock's explanation: how many working days, from when, what was skipped.
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", d::petitionClockExplanation(k).c_str());
    probe::item("petition.clock.due." + r, due);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(k.finishedAt ? shortChinaTime(*k.finishedAt).c_str() : "—");
    ImGui::TableNextColumn();
    std::string result = "进行中";
    ImVec4 colour = theme::kPrimary;
    if (k.finishedAt) {
      result = !k.onTime ? "已完成" : (*k.onTime ? "按时" : "超时");
      colour = !k.onTime ? theme::kMutedText : (*k.onTime ? theme::kSuccess : theme::kDanger);
    }
    ImGui::TextColored(colour, "%s", result.c_str());
    probe::item("petition.clock." + r, std::string(d::clockKindLabel(k.kind)) + ":" + result);
  }
  ImGui::EndTable();
}

void drawTimeline(const d::PetitionDetail& p, float dpr) {
  sectionTitle("办理时间线");
  for (size_t i = 0; i < p.events.size(); ++i) {
    const auto& e = p.events[i];
    const std::string r = std::to_string(i);
    ImGui::TextColored(theme::kMutedText, "%s", shortChinaTime(e.at).c_str());
    ImGui::SameLine(150 * dpr);
    const std::string who = e.actor + (e.actorRole.empty() ? "" : "（" + e.actorRole + "）");
    const std::string line = who + "  " + e.actionLabel + (e.from != e.to ? " → " + std::string(d::petitionStateLabel(e.to)) : "");
    ImGui::TextUnformatted(line.c_str());
    probe::item("petition.event." + r, line);
    if (!e.note.empty()) {
      ImGui::SetCursorPosX(ImGui::GetCursorPosX() + 150 * dpr);
      ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x);
      ImGui::TextColored(theme::kMutedText, "%s", e.note.c_str());
      ImGui::PopTextWrapPos();
      probe::item("petition.event_note." + r, e.note);
    }
  }
}

}  // namespace

void drawPetitionDetailScreen(AppState& state, Dispatch& dispatch) {
  PetitionDetailState& s = state.petitions.detail;
  const float dpr = state.dpr;
  const bool formOpen = s.form.action.has_value();
  if (ui::secondaryButton("petition.back", "返回列表") ||
      (!formOpen && ImGui::IsKeyPressed(ImGuiKey_Escape) && !ImGui::IsAnyItemActive())) {
    dispatch(OpenPetition{0});
    return;
  }
  if (!s.detail) {
    if (s.loading) {
      ui::spinner(ImGui::GetFontSize() * 0.5f);
      ImGui::SameLine();
      ImGui::TextUnformatted("正在加载诉求…");
    }
    if (!s.error.empty()) ui::errorText("petition.error", s.error);
    return;
  }
  const d::PetitionDetail& p = *s.detail;
  ImGui::SameLine();
  if (s.loading) ui::spinner(ImGui::GetFontSize() * 0.4f);

  ImGui::Spacing();
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.25f);
  const std::string heading = p.summary.title.empty() ? "（未填写标题）" : p.summary.title;
  ImGui::TextUnformatted(heading.c_str());
  ImGui::PopFont();
  probe::item("petition.heading", heading);
  ImGui::TextColored(theme::kMutedText, "%s", p.summary.number.c_str());
  probe::item("petition.number", p.summary.number);
  ImGui::SameLine();
  drawPetitionStateBadge("petition.state", p.summary);
  ImGui::SameLine();
  drawDeadlineBadge("petition.deadline", p.summary.deadline);

  if (!s.conflict.empty()) ui::errorText("petition.conflict", s.conflict + "（已刷新为最新状态）");
  if (!s.error.empty()) ui::errorText("petition.error", s.error);
  if (!s.message.empty()) {
    ImGui::TextColored(theme::kSuccess, "%s", s.message.c_str());
    probe::item("petition.message", s.message);
  }
  ImGui::Spacing();
  drawActionButtons(state, dispatch, p);
  if (formOpen) drawPetitionActionForm(state, dispatch);

  sectionTitle("诉求内容");
  drawFacts(state, dispatch, p, dpr);
  ImGui::Spacing();
  wrapped("petition.description", p.content.description);
  drawPetitionDetailVersions(p);
  sectionTitle("附件");
  drawAttachmentList(state, dispatch, p.summary.id, "petition", p.summary.state);
  const d::Role role = state.session->profile.role;
  if (!p.results.empty() || role == d::Role::UnitAdmin || role == d::Role::CountyAdmin) {
    drawAttachmentList(state, dispatch, p.summary.id, "result", p.summary.state);
  }
  drawRecords(p);
  drawClocks(p, dpr);
  drawTimeline(p, dpr);
}

}  // namespace qinqing::web
