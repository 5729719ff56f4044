#include "widgets/file_list_view.hpp"

#include "app/file_list_actions.hpp"
#include "app/theme.hpp"
#include "imgui.h"
#include "qinqing/petition/petition_draft.hpp"
#include "qinqing/validation/file_type.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {

using Phase = FileUpload::Phase;

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

void drawUploadRow(Dispatch& dispatch, const FileListModel& list, const FileUpload& u, const std::string& prefix) {
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
    if (ImGui::SmallButton(("关闭##" + id).c_str())) dispatch(DismissFileUpload{list.key, u.id});
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

void drawFileList(AppState& state, Dispatch& dispatch, const std::string& key, const FileListLook& look) {
  FileListModel& list = fileList(state, key);
  const std::string& prefix = look.probePrefix;
  ImGui::PushID(prefix.c_str());

  ImGui::AlignTextToFramePadding();
  const std::string heading = look.title + "（" + std::to_string(list.items.size()) + "/" +
                              std::to_string(domain::kPetitionMaxAttachments) + "）";
  ImGui::TextUnformatted(heading.c_str());
  probe::item(prefix + ".heading", heading);
  if (look.mayAdd) {
    ImGui::SameLine();
    const bool full = static_cast<int>(list.items.size()) >= domain::kPetitionMaxAttachments;
    ImGui::BeginDisabled(full);
    if (ui::secondaryButton(prefix + ".add", "添加附件")) {
      // The dialog opens inside this click; the files come back between frames.
      chooseFiles(std::string(domain::attachmentAcceptList()), true, domain::kPetitionAttachmentMaxBytes,
                  [&state, key](std::vector<ChosenFile> files) { addChosenFiles(state, key, std::move(files)); });
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    mutedText("支持 PDF、JPG、PNG、Word、Excel，单个不超过 10 MB，最多 10 个");
  }

  if (list.items.empty() && list.uploads.empty()) {
    const std::string& why = look.mayAdd && !look.emptyEditableText.empty() ? look.emptyEditableText : look.emptyText;
    ui::emptyState(prefix + ".empty", why);
  } else if (ImGui::BeginTable("files", 4, ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("文件名", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("类型", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("大小", ImGuiTableColumnFlags_WidthStretch, 0.8f);
    ImGui::TableSetupColumn("操作", ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableHeadersRow();
    for (const auto& f : list.items) {
      const std::string id = std::to_string(f.id);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(f.fileName.c_str());
      ImGui::PopTextWrapPos();
      probe::item(prefix + ".row." + id, f.fileName);
      ImGui::TableNextColumn();
      mutedText(typeLabel(f.mime));
      ImGui::TableNextColumn();
      mutedText(domain::formatFileSize(f.size));
      ImGui::TableNextColumn();
      if (rowButton(prefix + ".download." + id, "下载", list.downloading == f.id, list.downloading != 0)) {
        dispatch(DownloadListedFile{key, f.id});
      }
      if (look.mayRemove) {
        ImGui::SameLine();
        if (rowButton(prefix + ".remove." + id, "移除", list.removing.count(f.id) > 0, false)) {
          dispatch(RemoveListedFile{key, f.id});
        }
      }
    }
    for (const auto& u : list.uploads) drawUploadRow(dispatch, list, u, prefix);
    ImGui::EndTable();
  }
  if (!list.error.empty()) ui::errorText(prefix + ".error", list.error);
  ImGui::PopID();
}

}  // namespace qinqing::web
