#include "features/petitions/attachment_list.hpp"

#include "features/petitions/attachment_actions.hpp"
#include "imgui.h"
#include "qinqing/validation/file_type.hpp"
#include "widgets/file_list_view.hpp"
#include "widgets/form_widgets.hpp"

namespace qinqing::web {

void drawAttachmentList(AppState& state, Dispatch& dispatch, long long petitionId, const char* purpose,
                        domain::PetitionState petitionState) {
  const auto kind = domain::attachmentPurposeFromKey(purpose).value_or(domain::AttachmentPurpose::Petition);
  auto allowed = [&](domain::AttachmentChange change) {
    return state.session &&
           domain::attachmentChangeAllowed(state.session->profile.role, petitionState, kind, change).ok();
  };
  const bool resultFiles = kind == domain::AttachmentPurpose::Result;
  FileListLook look;
  look.probePrefix = std::string("attachments.") + purpose;
  look.title = resultFiles ? "办理结果附件" : "诉求附件";
  look.mayAdd = allowed(domain::AttachmentChange::Add);
  look.mayRemove = allowed(domain::AttachmentChange::Remove);
  look.emptyText = resultFiles ? "承办单位尚未上传办理结果附件。" : "企业未上传附件。";
  if (!resultFiles) look.emptyEditableText = "尚未添加附件，可点击“添加附件”上传相关材料。";
  drawFileList(state, dispatch, petitionFilesKey(petitionId, purpose), look);
}

void drawDispatchSheetButton(AppState& state, Dispatch& dispatch, long long petitionId, const std::string& number) {
  if (!state.session || state.session->profile.role == domain::Role::Enterprise) return;
  const auto& sheet = state.attachments.sheet;
  const bool busy = sheet.loading && sheet.petitionId == petitionId;
  if (ui::secondaryButton("dispatch_sheet.download", busy ? "分办单下载中…" : "下载分办单") && !busy) {
    dispatch(DownloadDispatchSheet{petitionId, number});
  }
  ImGui::SetItemTooltip("A4 纸打印的企业诉求分办单（PDF）");
  if (busy) {
    ImGui::SameLine();
    ui::spinner(ImGui::GetFontSize() * 0.4f);
  }
  if (!sheet.error.empty() && sheet.petitionId == petitionId) ui::errorText("dispatch_sheet.error", sheet.error);
}

}  // namespace qinqing::web
