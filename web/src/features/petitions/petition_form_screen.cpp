// 发布诉求 (§14): the enterprise writes its petition, saves it as a draft or submits it to its
// liaison cadre (who is told by SMS and has 1 working day to review). Everything typed is kept on
// this computer as it is typed, so a dropped connection or a closed tab loses nothing; a submission
// retried after a lost reply creates one petition, not two (the client request id).
#include <string>

#include "features/petitions/deadline_text.hpp"
#include "qinqing/petition/petition_draft.hpp"
#include "qinqing/petition/petition_state.hpp"
#include "features/petitions/petitions_screens.hpp"
#include "app/theme.hpp"
#include "features/petitions/attachment_list.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

}  // namespace

void drawPetitionFormScreen(AppState& state, Dispatch& dispatch) {
  PetitionDraftState& f = state.petitions.draft;
  const float dpr = state.dpr;
  ui::screenTitle("petition_form.title", f.petitionId ? "修改诉求" : "发布诉求",
                  "填写企业遇到的问题和诉求。提交后由包联干部在" + workingDaysText(domain::ClockKind::Review) +
                      "内审核，审核通过后分办到承办单位办理；办理结果出来后请在" +
                      workingDaysText(domain::ClockKind::Rating) + "内评价。填写内容会自动保存在本机，断网也不会丢失。");
  if (f.restoredLocal) {
    ImGui::TextColored(theme::kPrimary, "已恢复您在本机上次填写的内容。");
    probe::item("petition_form.restored", "1");
  }
  const float width = std::min(ImGui::GetContentRegionAvail().x, 760 * dpr);
  bool changed = false;
  ImGui::BeginGroup();
  ImGui::PushItemWidth(width);
  {
    ui::FieldOptions o;
    o.width = width;
    o.maxChars = static_cast<int>(d::kPetitionTitleMaxChars);
    o.error = f.feedback.field("title");
    o.hint = "一句话概括诉求，如：申请技改项目贴息贷款";
    std::string before = f.content.title;
    ui::textField("petition_form.title_field", "诉求标题", f.content.title, o);
    changed |= before != f.content.title;
  }
  {
    std::vector<ui::Choice> categories;
    long long selected = 0;
    for (size_t i = 0; i < d::kPetitionCategories.size(); ++i) {
      categories.push_back({static_cast<long long>(i + 1), std::string(d::kPetitionCategories[i])});
      if (d::kPetitionCategories[i] == f.content.category) selected = static_cast<long long>(i + 1);
    }
    if (ui::choiceField("petition_form.category", "诉求类别", categories, selected, f.feedback.field("category"),
                        "请选择诉求类别", 260 * dpr)) {
      f.content.category = std::string(d::kPetitionCategories[static_cast<size_t>(selected - 1)]);
      changed = true;
    }
  }
  {
    ui::FieldOptions o;
    o.width = width;
    o.maxChars = static_cast<int>(d::kPetitionDescriptionMaxChars);
    o.error = f.feedback.field("description");
    changed |= ui::textArea("petition_form.description", "诉求描述（遇到的问题、希望政府协调解决的事项）",
                            f.content.description, o, 200 * dpr);
  }
  auto small = [&](const char* id, const char* field, const char* label, std::string& value, int maxChars,
                   const char* hint) {
    ui::FieldOptions o;
    o.width = 300 * dpr;
    o.maxChars = maxChars;
    o.error = f.feedback.field(field);
    o.hint = hint;
    std::string before = value;
    ui::textField(id, label, value, o);
    changed |= before != value;
  };
  // Two columns of a table keep both labels and both fields on one line each.
  if (ImGui::BeginTable("contact", 2, ImGuiTableFlags_SizingFixedFit)) {
    ImGui::TableNextColumn();
    small("petition_form.contact_name", "contact_name", "联系人", f.content.contactName, 20, "姓名");
    ImGui::TableNextColumn();
    ImGui::Dummy(ImVec2(12 * dpr, 0));
    ImGui::SameLine();
    ImGui::BeginGroup();
    small("petition_form.contact_mobile", "contact_mobile", "联系电话", f.content.contactMobile, 11, "11位手机号");
    ImGui::EndGroup();
    ImGui::EndTable();
  }
  ImGui::PopItemWidth();
  ImGui::EndGroup();
  if (changed) dispatch(StorePetitionDraftLocally{});

  ImGui::Spacing();
  ImGui::TextUnformatted("附件");
  if (f.petitionId) {
    drawAttachmentList(state, dispatch, f.petitionId, "petition", d::PetitionState::Draft);
  } else {
    ImGui::TextColored(theme::kMutedText, "先点击“保存草稿”，即可上传附件（PDF、图片、Word、Excel，最多10个，每个不超过10MB）。");
    probe::item("petition_form.attachments_hint", "");
  }

  ImGui::Spacing();
  if (!f.feedback.formError.empty()) ui::errorText("petition_form.error", f.feedback.formError);
  if (!f.feedback.message.empty()) {
    ImGui::TextColored(theme::kSuccess, "%s", f.feedback.message.c_str());
    probe::item("petition_form.message", f.feedback.message);
  }
  if (ui::primaryButton("petition_form.submit", "提交诉求", f.feedback.saving)) dispatch(SavePetitionDraft{true});
  ImGui::SameLine();
  if (ui::secondaryButton("petition_form.save", "保存草稿") && !f.feedback.saving) dispatch(SavePetitionDraft{false});
  ImGui::SameLine();
  if (ui::secondaryButton("petition_form.clear", f.petitionId ? "新建另一条诉求" : "清空重填")) dispatch(NewPetitionDraft{});
  if (!f.savedLocallyAt.empty()) {
    ImGui::SameLine();
    ImGui::TextColored(theme::kMutedText, "已自动保存在本机 %s", f.savedLocallyAt.c_str());
    probe::item("petition_form.saved_locally", f.savedLocallyAt);
  }
}

}  // namespace qinqing::web
