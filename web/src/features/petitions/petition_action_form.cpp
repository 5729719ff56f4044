// The form of the action chosen on a petition's detail: what each step of the flow asks the clerk
// for (a reason to return, where to route, the new due date of an extension, the result, the
// rating …), each field's error beside it, Enter-free confirmation with the primary button and
// Esc to cancel. The same shared rules the server applies run before anything is sent.
#include <string>

#include "features/petitions/deadline_text.hpp"
#include "qinqing/petition/petition_draft.hpp"
#include "features/petitions/petitions_screens.hpp"
#include "app/theme.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

const std::string* fieldError(const PetitionActionForm& f, std::string_view name) { return f.feedback.field(name); }

void reasonField(PetitionActionForm& f, std::string& value, const char* field, const char* label, float dpr,
                 const char* hint = "") {
  ui::FieldOptions o;
  o.maxChars = static_cast<int>(d::kPetitionReasonMaxChars);
  o.error = fieldError(f, field);
  o.hint = hint;
  ui::textArea(std::string("petition.form.") + field, label, value, o, 90 * dpr);
}

void dateField(PetitionActionForm& f, std::string& value, const char* field, const char* label, float dpr) {
  ui::FieldOptions o;
  o.width = 200 * dpr;
  o.maxChars = 10;
  o.hint = "2026-12-31";
  o.error = fieldError(f, field);
  ui::textField(std::string("petition.form.") + field, label, value, o);
}

void choiceRow(const char* probeId, const char* label, bool selected, const std::function<void()>& choose) {
  if (ImGui::RadioButton(label, selected)) choose();
  probe::item(probeId, label);
}

void contentFields(PetitionActionForm& f, float dpr) {
  ui::FieldOptions title;
  title.maxChars = static_cast<int>(d::kPetitionTitleMaxChars);
  title.error = fieldError(f, "title");
  ui::textField("petition.form.title", "诉求标题", f.content.title, title);
  std::vector<ui::Choice> categories;
  long long selected = 0;
  for (size_t i = 0; i < d::kPetitionCategories.size(); ++i) {
    categories.push_back({static_cast<long long>(i + 1), std::string(d::kPetitionCategories[i])});
    if (d::kPetitionCategories[i] == f.content.category) selected = static_cast<long long>(i + 1);
  }
  if (ui::choiceField("petition.form.category", "诉求类别", categories, selected, fieldError(f, "category"), "请选择",
                      220 * dpr)) {
    f.content.category = std::string(d::kPetitionCategories[static_cast<size_t>(selected - 1)]);
  }
  ui::FieldOptions desc;
  desc.maxChars = static_cast<int>(d::kPetitionDescriptionMaxChars);
  desc.error = fieldError(f, "description");
  ui::textArea("petition.form.description", "诉求描述", f.content.description, desc, 140 * dpr);
}

void dispatchFields(AppState& state, Dispatch& dispatch, PetitionActionForm& f, float dpr) {
  choiceRow("petition.form.kind_unit", "分办到市直单位", f.handlerKind == d::HandlerKind::Unit, [&] {
    f.handlerKind = d::HandlerKind::Unit;
    f.handlerId = 0;
  });
  ImGui::SameLine();
  choiceRow("petition.form.kind_county", "分办到县市区", f.handlerKind == d::HandlerKind::County, [&] {
    f.handlerKind = d::HandlerKind::County;
    f.handlerId = 0;
  });
  if (!state.loginOptions.options) {
    if (!state.loginOptions.loading) dispatch(LoadLoginOptions{});
    ui::spinner(ImGui::GetFontSize() * 0.4f);
    ImGui::SameLine();
    ImGui::TextUnformatted("正在加载单位列表…");
    return;
  }
  const auto& options = *state.loginOptions.options;
  std::vector<ui::Choice> choices;
  if (f.handlerKind == d::HandlerKind::Unit) {
    // A unit is named with its region so two counties' 住建局 are told apart.
    for (const auto& u : options.units) {
      std::string region;
      for (const auto& r : options.regions) {
        if (r.id == u.regionId) region = r.name;
      }
      choices.push_back({u.id, u.name + (region.empty() || u.name.rfind(region, 0) == 0 ? "" : "（" + region + "）")});
    }
  } else {
    for (const auto& r : options.regions) {
      if (d::isSubdivision(r.kind)) choices.push_back({r.id, r.name});
    }
  }
  ui::choiceField("petition.form.handler", f.handlerKind == d::HandlerKind::Unit ? "承办单位" : "承办县市区", choices, f.handlerId,
                  fieldError(f, "handler_id"), "请选择", 360 * dpr);
  reasonField(f, f.note, "note", "分办意见（选填）", dpr);
}

void ratingFields(PetitionActionForm& f, float dpr) {
  ImGui::TextUnformatted("评价等级");
  for (size_t i = 0; i < d::kAllRatings.size(); ++i) {
    if (i) ImGui::SameLine();
    const std::string label(d::ratingLabel(d::kAllRatings[i]));
    if (ImGui::RadioButton(label.c_str(), f.rating == static_cast<long long>(i + 1))) f.rating = static_cast<long long>(i + 1);
    probe::item("petition.form.rating." + std::string(d::ratingKey(d::kAllRatings[i])), label);
  }
  if (const auto* e = fieldError(f, "rating")) ui::errorText("petition.form.rating.error", *e);
  const bool bad = f.rating > 0 && d::ratingIsBad(d::kAllRatings[static_cast<size_t>(f.rating - 1)]);
  if (bad) {
    ImGui::TextColored(theme::kWarning, "%s", ("不满意的诉求将退回原承办单位整改（" + workingDaysText(d::ClockKind::Rectification) + "），整改后请再次评价。").c_str());
  }
  reasonField(f, f.comment, "comment", bad ? "不满意的原因（必填）" : "评价意见（选填）", dpr);
}

void decisionFields(PetitionActionForm& f, const char* yes, const char* no) {
  choiceRow("petition.form.approve", yes, f.approve, [&] { f.approve = true; });
  ImGui::SameLine();
  choiceRow("petition.form.refuse", no, !f.approve, [&] { f.approve = false; });
}

}  // namespace

void drawPetitionActionForm(AppState& state, Dispatch& dispatch) {
  PetitionDetailState& s = state.petitions.detail;
  PetitionActionForm& f = s.form;
  if (!f.action || !s.detail) return;
  const float dpr = state.dpr;
  const d::PetitionAction action = *f.action;
  const std::string label(d::petitionActionLabel(action));

  // Drawn inline between rules: an auto-sized child would need a second frame to show its content,
  // and the client draws no frame while nothing changes.
  ImGui::Spacing();
  ImGui::Separator();
  ImGui::TextColored(theme::kPrimary, "%s", label.c_str());
  ImGui::Indent(12 * dpr);
  probe::item("petition.form.title_text", label);
  switch (action) {
    case d::PetitionAction::Approve:
      ImGui::Checkbox("修改诉求内容后通过（企业原文将保留在时间线中）", &f.editContent);
      probe::item("petition.form.edit_content", f.editContent ? "1" : "0");
      if (f.editContent) contentFields(f, dpr);
      break;
    case d::PetitionAction::ReturnToEnterprise:
      reasonField(f, f.reason, "reason", "退回原因（企业可见）", dpr, "例如：请补充融资金额和用途");
      break;
    case d::PetitionAction::ReturnToDispatcher:
      reasonField(f, f.reason, "reason", "退回原因", dpr, "例如：非本单位职责，建议分办至…");
      break;
    case d::PetitionAction::Withdraw: reasonField(f, f.note, "note", "撤回说明（选填）", dpr); break;
    case d::PetitionAction::Dispatch: dispatchFields(state, dispatch, f, dpr); break;
    case d::PetitionAction::Sign:
      ImGui::TextWrapped("%s", ("签收后开始计算办理时限：" + workingDaysText(d::ClockKind::Result) + "内提交办理结果。").c_str());
      break;
    case d::PetitionAction::RequestExtension:
      dateField(f, f.dueDate, "new_due_date", "申请延期至（工作日）", dpr);
      reasonField(f, f.reason, "reason", "延期理由", dpr);
      break;
    case d::PetitionAction::DecideExtension:
      decisionFields(f, "批准延期", "不批准");
      if (f.approve) dateField(f, f.dueDate, "new_due_date", "延期后的办理期限", dpr);
      reasonField(f, f.note, "note", f.approve ? "审批意见（选填）" : "不批准的理由", dpr);
      break;
    case d::PetitionAction::SubmitResult: {
      ui::FieldOptions o;
      o.maxChars = static_cast<int>(d::kPetitionResultMaxChars);
      o.error = fieldError(f, "result_text");
      ui::textArea("petition.form.result_text", "办理结果（企业可见）", f.resultText, o, 160 * dpr);
      ImGui::TextColored(theme::kMutedText, "相关文件请在下方“办理结果附件”中上传。");
      break;
    }
    case d::PetitionAction::Rate: ratingFields(f, dpr); break;
    case d::PetitionAction::Appeal:
      reasonField(f, f.reason, "reason", "申诉理由（认为属恶意差评的依据）", dpr);
      break;
    case d::PetitionAction::DecideAppeal:
      decisionFields(f, "申诉成立（该评价不计入考核）", "申诉不成立");
      reasonField(f, f.note, "note", "裁定意见", dpr);
      break;
    case d::PetitionAction::RecordReturnVisit: {
      dateField(f, f.visitDate, "visited_on", "回访日期", dpr);
      std::vector<ui::Choice> methods = {{1, "电话"}, {2, "上门"}, {3, "座谈"}, {4, "其他"}};
      long long m = 1;
      for (const auto& c : methods) {
        if (c.label == f.visitMethod) m = c.id;
      }
      if (ui::choiceField("petition.form.method", "回访方式", methods, m, fieldError(f, "method"), "请选择", 160 * dpr)) {
        f.visitMethod = methods[static_cast<size_t>(m - 1)].label;
      }
      reasonField(f, f.visitNote, "visit_note", "回访情况", dpr);
      break;
    }
    case d::PetitionAction::Urge:
      ImGui::TextWrapped("催办将短信提醒当前环节的责任方，每个工作日可催办一次。");
      reasonField(f, f.note, "note", "催办说明（选填）", dpr);
      break;
    case d::PetitionAction::Supervise:
      ImGui::TextWrapped("督办将短信提醒当前环节的责任方，并记入时间线。");
      reasonField(f, f.note, "note", "督办意见（选填）", dpr);
      break;
    case d::PetitionAction::SaveDraft:
    case d::PetitionAction::Submit:
    case d::PetitionAction::ExpireRating: break;
  }
  if (!f.feedback.formError.empty()) ui::errorText("petition.form.error", f.feedback.formError);
  ImGui::Spacing();
  if (ui::primaryButton("petition.form.confirm", "确认" + label, f.feedback.saving)) dispatch(SubmitPetitionAction{});
  ImGui::SameLine();
  if (ui::secondaryButton("petition.form.cancel", "取消") ||
      (ImGui::IsKeyPressed(ImGuiKey_Escape) && !f.feedback.saving)) {
    dispatch(CancelPetitionAction{});
  }
  ImGui::Unindent(12 * dpr);
  ImGui::Separator();
}

}  // namespace qinqing::web
