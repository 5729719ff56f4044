#include "features/petitions/attachment_list.hpp"

#include "features/petitions/attachment_actions.hpp"
#include "imgui.h"
#include "qinqing/petition/petition_draft.hpp"
#include "qinqing/validation/file_type.hpp"
#include "app/theme.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {

using Phase = AttachmentUpload::Phase;

std::string typeLabel(const std::string& mime) {
  auto type = domain::fileTypeFromMime(mime);
  return type ? std::string(domain::fileTypeLabel(*type)) : mime;
}

void mutedText(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopStyleColor();
}

// A small button that shows a spinner instead while its request runs.
bool rowButton(const std::string& probeId, const char* label, bool busy, bool disabled) {
  if (busy) {
    ui::spinner(ImGui::GetFontSize() * 0.35f);
    probe::item(probeId, std::string(label) + "中");
    return false;
  }
  ImGui::BeginDisabled(disabled);
  const bool clicked = ImGui::SmallButton((std::string(label) + "##" + probeId).c_str());
  ImGui::EndDisabled();
  probe::item(probeId, label);
  return clicked && !disabled;
}

void drawUploadRow(Dispatch& dispatch, const AttachmentListModel& list, const AttachmentUpload& u,
                   const std::string& prefix) {
  const std::string id = prefix + ".upload." + std::to_string(u.id);
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(u.fileName.c_str());
  ImGui::TableNextColumn();
  auto type = domain::fileTypeFromName(u.fileName);
  mutedText(type ? std::string(domain::fileTypeLabel(*type)) : "—");
  ImGui::TableNextColumn();
  mutedText(domain::formatFileSize(u.size));
  ImGui::TableNextColumn();
  if (u.phase == Phase::Failed) {
    ImGui::PushStyleColor(ImGuiCol_Text, theme::kDanger);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(u.error.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    probe::item(id, u.fileName + "：" + u.error);
    ImGui::SameLine();
    if (ImGui::SmallButton(("关闭##" + id).c_str())) {
      dispatch(DismissAttachmentUpload{list.petitionId, list.purpose, u.id});
    }
    probe::item(id + ".dismiss", "关闭");
    return;
  }
  if (u.phase == Phase::Waiting) {
    mutedText("等待上传");
    probe::item(id, u.fileName + "：等待上传");
    return;
  }
  const float fraction = u.size > 0 ? static_cast<float>(u.sent) / static_cast<float>(u.size) : 0.0f;
  ui::spinner(ImGui::GetFontSize() * 0.35f);
  ImGui::SameLine();
  const std::string label = "上传中 " + std::to_string(static_cast<int>(fraction * 100)) + "%";
  ImGui::ProgressBar(fraction, ImVec2(-1, 0), label.c_str());
  probe::item(id, u.fileName + "：" + label);
}

}  // namespace

void drawAttachmentList(AppState& state, Dispatch& dispatch, long long petitionId, const char* purpose,
                        domain::PetitionState petitionState) {
  AttachmentListModel& list = attachmentList(state, petitionId, purpose);
  const std::string prefix = std::string("attachments.") + purpose;
  const bool resultFiles = list.purpose == domain::attachmentPurposeKey(domain::AttachmentPurpose::Result);
  auto allowed = [&](domain::AttachmentChange change) {
    return state.session &&
           domain::attachmentChangeAllowed(state.session->profile.role, petitionState,
                                           domain::attachmentPurposeFromKey(list.purpose).value_or(domain::AttachmentPurpose::Petition),
                                           change).ok();
  };
  const bool editable = allowed(domain::AttachmentChange::Add);
  const bool mayRemove = allowed(domain::AttachmentChange::Remove);
  ImGui::PushID(prefix.c_str());

  ImGui::AlignTextToFramePadding();
  const std::string heading = std::string(resultFiles ? "办理结果附件" : "诉求附件") + "（" +
                              std::to_string(list.items.size()) + "/" + std::to_string(domain::kPetitionMaxAttachments) + "）";
  ImGui::TextUnformatted(heading.c_str());
  probe::item(prefix + ".heading", heading);
  if (editable) {
    ImGui::SameLine();
    const bool full = static_cast<int>(list.items.size()) >= domain::kPetitionMaxAttachments;
    ImGui::BeginDisabled(full);
    if (ui::secondaryButton(prefix + ".add", "添加附件")) {
      // The dialog opens inside this click; the files come back between frames.
      chooseFiles(std::string(domain::attachmentAcceptList()), true, domain::kPetitionAttachmentMaxBytes,
                  [&state, petitionId, p = list.purpose](std::vector<ChosenFile> files) {
                    addChosenAttachments(state, petitionId, p, std::move(files));
                  });
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    mutedText("支持 PDF、JPG、PNG、Word、Excel，单个不超过 10 MB，最多 10 个");
  }

  if (list.items.empty() && list.uploads.empty()) {
    const char* why = resultFiles ? "承办单位尚未上传办理结果附件。"
                                  : (editable ? "尚未添加附件，可点击“添加附件”上传相关材料。" : "企业未上传附件。");
    ui::emptyState(prefix + ".empty", why);
  } else if (ImGui::BeginTable("files", 4, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("文件名", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("类型", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("大小", ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableSetupColumn("操作", ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableHeadersRow();
    for (const auto& a : list.items) {
      const std::string id = std::to_string(a.id);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(a.fileName.c_str());
      ImGui::PopTextWrapPos();
      probe::item(prefix + ".row." + id, a.fileName);
      ImGui::TableNextColumn();
      mutedText(typeLabel(a.mime));
      ImGui::TableNextColumn();
      mutedText(domain::formatFileSize(a.size));
      ImGui::TableNextColumn();
      if (rowButton(prefix + ".download." + id, "下载", list.downloading == a.id, list.downloading != 0)) {
        dispatch(DownloadAttachment{petitionId, list.purpose, a.id});
      }
      if (mayRemove) {
        ImGui::SameLine();
        if (rowButton(prefix + ".remove." + id, "移除", list.removing.count(a.id) > 0, false)) {
          dispatch(RemoveAttachment{petitionId, list.purpose, a.id});
        }
      }
    }
    for (const auto& u : list.uploads) drawUploadRow(dispatch, list, u, prefix);
    ImGui::EndTable();
  }
  if (!list.error.empty()) ui::errorText(prefix + ".error", list.error);
  ImGui::PopID();
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
