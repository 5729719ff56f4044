// Pieces the content screens share: wrapped text, times, audience pickers, the back link.
#include <algorithm>

#include "app/theme.hpp"
#include "features/content/content_actions.hpp"
#include "features/content/content_screens.hpp"
#include "widgets/file_list_view.hpp"
#include "widgets/form_widgets.hpp"
#include "widgets/probe.hpp"
#include "widgets/time_text.hpp"

namespace qinqing::web::content {
namespace d = qinqing::domain;

void wrapped(std::string_view probeId, const std::string& text) {
  ImGui::PushTextWrapPos(ImGui::GetContentRegionAvail().x + ImGui::GetCursorPosX());
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  probe::item(probeId, text);
}

void sectionTitle(const char* text) {
  ImGui::Spacing();
  ImGui::TextColored(theme::kPrimary, "%s", text);
  ImGui::Separator();
}

std::string namesOf(const std::vector<long long>& ids, const std::vector<d::NamedRef>& refs, const char* all) {
  if (ids.empty()) return all;
  std::string out;
  for (long long id : ids) {
    auto it = std::find_if(refs.begin(), refs.end(), [id](const d::NamedRef& r) { return r.id == id; });
    if (!out.empty()) out += "、";
    out += it != refs.end() ? it->name : "#" + std::to_string(id);
  }
  return out;
}

std::vector<d::Role> readerRoles() {
  std::vector<d::Role> out;
  for (d::Role r : d::kAllRoles) {
    if (r != d::Role::SecurityAdmin && r != d::Role::AuditAdmin) out.push_back(r);
  }
  return out;
}

bool check(std::string_view probeId, const char* label, bool& value) {
  // ImGui's box is a frame high, heavy beside text: a smaller box, as radioField draws its circles.
  const ImGuiStyle style = ImGui::GetStyle();
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(style.FramePadding.x, style.FramePadding.y * 0.35f));
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + style.FramePadding.y * 0.65f);
  const bool changed = ImGui::Checkbox((std::string(label) + "##" + std::string(probeId)).c_str(), &value);
  ImGui::PopStyleVar();
  probe::item(probeId, value ? "1" : "0");
  return changed;
}

namespace {
// Checkboxes flowing left to right, wrapping before the right edge.
template <typename Each>
bool flowChecks(std::string_view probeId, int count, Each each) {
  bool changed = false;
  const float right = ImGui::GetContentRegionAvail().x + ImGui::GetCursorPosX();
  ImGui::PushID(probeId.data(), probeId.data() + probeId.size());
  for (int i = 0; i < count; ++i) {
    std::string label;
    bool checked = false;
    std::string key;
    each(i, label, checked, key, false);
    const float w = ImGui::GetTextLineHeight() + ImGui::GetStyle().FramePadding.y * 0.7f + ImGui::GetStyle().ItemInnerSpacing.x + ImGui::CalcTextSize(label.c_str()).x;
    if (i > 0) {
      ImGui::SameLine(0, ImGui::GetStyle().ItemSpacing.x * 3);
      if (ImGui::GetCursorPosX() + w > right) ImGui::NewLine();
    }
    if (check(std::string(probeId) + "." + key, label.c_str(), checked)) {
      each(i, label, checked, key, true);
      changed = true;
    }
  }
  ImGui::PopID();
  return changed;
}
}  // namespace

bool roleChecks(std::string_view probeId, std::vector<d::Role>& roles) {
  const auto all = readerRoles();
  return flowChecks(probeId, static_cast<int>(all.size()), [&](int i, std::string& label, bool& checked, std::string& key, bool apply) {
    const d::Role r = all[static_cast<size_t>(i)];
    auto it = std::find(roles.begin(), roles.end(), r);
    if (apply) {
      if (checked && it == roles.end()) roles.push_back(r);
      if (!checked && it != roles.end()) roles.erase(it);
      return;
    }
    label = std::string(d::roleDisplayName(r));
    key = std::string(d::roleKey(r));
    checked = it != roles.end();
  });
}

bool refChecks(std::string_view probeId, const char* allLabel, bool& all, std::vector<long long>& ids,
               const std::vector<d::NamedRef>& refs) {
  return flowChecks(probeId, static_cast<int>(refs.size()) + 1, [&](int i, std::string& label, bool& checked, std::string& key, bool apply) {
    if (i == 0) {
      if (apply) {
        all = checked;
        if (all) ids.clear();
        return;
      }
      label = allLabel;
      key = "all";
      checked = all;
      return;
    }
    const auto& ref = refs[static_cast<size_t>(i - 1)];
    auto it = std::find(ids.begin(), ids.end(), ref.id);
    if (apply) {
      if (checked && it == ids.end()) ids.push_back(ref.id);
      if (!checked && it != ids.end()) ids.erase(it);
      all = ids.empty();
      return;
    }
    label = ref.name;
    key = std::to_string(ref.id);
    checked = !all && it != ids.end();
  });
}

bool escapePressed() {
  return ImGui::IsKeyPressed(ImGuiKey_Escape, false) && !ImGui::IsAnyItemActive() &&
         !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId);
}

bool backButton(std::string_view probeId, const char* label, bool escGoesBack) {
  const bool clicked = ui::secondaryButton(probeId, std::string("← ") + label);
  return clicked || (escGoesBack && escapePressed());
}

void contentFiles(AppState& state, Dispatch& dispatch, ContentFileOwner owner, long long id, const std::string& probePrefix,
                  const char* title, bool publisher) {
  FileListLook look;
  look.probePrefix = probePrefix;
  look.title = title;
  look.mayAdd = publisher;  // the publishing API takes files in every state (系统管理员 only)
  look.mayRemove = publisher;
  look.emptyText = "没有附件。";
  look.emptyEditableText = "尚未添加附件，可点击“添加附件”上传文件（读者在正文下方下载）。";
  drawFileList(state, dispatch, contentFilesKey(owner, id), look);
}

bool stateFilter(std::string_view probeId, const char* label, const std::vector<std::string>& labels, int& filter,
                 float width) {
  // The label sits left of the combo, on its baseline, so the filter shares a row with buttons.
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label);
  ImGui::SameLine();
  ImGui::PushID(probeId.data(), probeId.data() + probeId.size());
  ImGui::SetNextItemWidth(width);
  const std::string preview = filter > 0 && filter <= static_cast<int>(labels.size()) ? labels[static_cast<size_t>(filter - 1)] : "全部";
  bool changed = false;
  const bool open = ImGui::BeginCombo("##c", preview.c_str());
  probe::item(probeId, preview);
  if (open) {
    for (int i = 0; i <= static_cast<int>(labels.size()); ++i) {
      const std::string text = i == 0 ? "全部" : labels[static_cast<size_t>(i - 1)];
      ImGui::PushID(i);
      if (ImGui::Selectable(text.c_str(), i == filter) && i != filter) {
        filter = i;
        changed = true;
      }
      probe::item(std::string(probeId) + ".option." + std::to_string(i), text);
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  ImGui::PopID();
  return changed;
}

void successText(std::string_view probeId, const std::string& text) {
  ImGui::TextColored(theme::kSuccess, "%s", text.c_str());
  probe::item(probeId, text);
}

}  // namespace qinqing::web::content
