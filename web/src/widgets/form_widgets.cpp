#include "widgets/form_widgets.hpp"

#include <algorithm>
#include <cmath>

#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "app/theme.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web::ui {
namespace {

// Counts UTF-8 characters (continuation bytes excluded): limits are in characters, not bytes.
int charCount(const std::string& s) {
  int n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

struct LimitData {
  int maxChars;
};

int limitCallback(ImGuiInputTextCallbackData* data) {
  auto* limit = static_cast<LimitData*>(data->UserData);
  if (data->EventFlag == ImGuiInputTextFlags_CallbackCharFilter) {
    // The buffer here is the previous state; refuse a new character once the limit is reached.
    std::string current(data->Buf ? data->Buf : "");
    return charCount(current) >= limit->maxChars ? 1 : 0;
  }
  return 0;
}

// A radio button whose circle is sized to the text (ImGui's is a whole frame high, which looks heavy
// beside Chinese labels); the item is a frame high so a row of them shares a field's baseline.
bool smallRadio(const char* label, bool active) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float radius = ImGui::GetFontSize() * 0.34f;
  const ImVec2 textSize = ImGui::CalcTextSize(label);
  const float height = ImGui::GetFrameHeight();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const bool pressed = ImGui::InvisibleButton(label, ImVec2(radius * 2 + style.ItemInnerSpacing.x + textSize.x, height));
  const bool hovered = ImGui::IsItemHovered();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 centre(pos.x + radius, pos.y + height / 2);
  draw->AddCircleFilled(centre, radius, ImGui::GetColorU32(hovered ? ImGuiCol_FrameBgHovered : ImGuiCol_FrameBg));
  draw->AddCircle(centre, radius, (active ? ImGui::GetColorU32(ImGuiCol_CheckMark) : ImGui::GetColorU32(theme::kMutedText)), 0,
                  std::max(1.0f, style.FrameBorderSize));
  if (active) draw->AddCircleFilled(centre, radius * 0.5f, ImGui::GetColorU32(ImGuiCol_CheckMark));
  draw->AddText(ImVec2(pos.x + radius * 2 + style.ItemInnerSpacing.x, pos.y + (height - textSize.y) / 2),
                ImGui::GetColorU32(ImGuiCol_Text), label);
  return pressed;
}

}  // namespace

bool textField(std::string_view probeId, std::string_view label, std::string& value, const FieldOptions& options) {
  ImGui::PushID(probeId.data(), probeId.data() + probeId.size());
  if (!label.empty()) ImGui::TextUnformatted(label.data(), label.data() + label.size());
  float width = options.width > 0 ? options.width : ImGui::GetContentRegionAvail().x;
  ImGui::SetNextItemWidth(width);
  ImGuiInputTextFlags flags = ImGuiInputTextFlags_EnterReturnsTrue;
  if (options.password) flags |= ImGuiInputTextFlags_Password;
  if (options.readOnly) flags |= ImGuiInputTextFlags_ReadOnly;
  flags |= ImGuiInputTextFlags_CallbackCharFilter;
  LimitData limit{options.maxChars};
  if (options.error) ImGui::PushStyleColor(ImGuiCol_Border, theme::kDanger);
  bool entered;
  if (options.hint.empty()) {
    entered = ImGui::InputText("##v", &value, flags, limitCallback, &limit);
  } else {
    std::string hint(options.hint);
    entered = ImGui::InputTextWithHint("##v", hint.c_str(), &value, flags, limitCallback, &limit);
  }
  if (options.error) ImGui::PopStyleColor();
  probe::item(probeId, options.password ? std::string(charCount(value), '*') : value);
  if (options.error) errorText(std::string(probeId) + ".error", *options.error);
  ImGui::PopID();
  return entered;
}

bool textArea(std::string_view probeId, std::string_view label, std::string& value, const FieldOptions& options,
              float height) {
  ImGui::PushID(probeId.data(), probeId.data() + probeId.size());
  if (!label.empty()) ImGui::TextUnformatted(label.data(), label.data() + label.size());
  LimitData limit{options.maxChars};
  if (options.error) ImGui::PushStyleColor(ImGuiCol_Border, theme::kDanger);
  ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackCharFilter;
  if (options.readOnly) flags |= ImGuiInputTextFlags_ReadOnly;
  const bool changed = ImGui::InputTextMultiline(
      "##v", &value, ImVec2(options.width > 0 ? options.width : -1.0f, height), flags, limitCallback, &limit);
  if (options.error) ImGui::PopStyleColor();
  probe::item(probeId, value);
  // How much room is left: long texts are the norm here (诉求描述, 办理结果).
  const std::string counter = std::to_string(charCount(value)) + " / " + std::to_string(options.maxChars) + " 字";
  ImGui::TextColored(theme::kMutedText, "%s", counter.c_str());
  if (options.error) errorText(std::string(probeId) + ".error", *options.error);
  ImGui::PopID();
  return changed;
}

bool beginCombo(const char* id, const char* preview, ImGuiComboFlags flags) {
  // ImGui's arrow is a square button a frame high; a small chevron sized to the text reads lighter.
  const bool open = ImGui::BeginCombo(id, preview, flags | ImGuiComboFlags_NoArrowButton);
  const ImVec2 max = ImGui::GetItemRectMax();
  const ImVec2 min = ImGui::GetItemRectMin();
  const float half = ImGui::GetFontSize() * 0.22f;
  const ImVec2 c(max.x - ImGui::GetStyle().FramePadding.x - half, (min.y + max.y) / 2);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 col = ImGui::GetColorU32(theme::kMutedText);
  const float t = std::max(1.5f, ImGui::GetFontSize() * 0.08f);
  draw->AddLine(ImVec2(c.x - half, c.y - half * 0.5f), ImVec2(c.x, c.y + half * 0.5f), col, t);
  draw->AddLine(ImVec2(c.x, c.y + half * 0.5f), ImVec2(c.x + half, c.y - half * 0.5f), col, t);
  return open;
}

bool choiceField(std::string_view probeId, std::string_view label, const std::vector<Choice>& choices,
                 long long& selected, const std::string* error, std::string_view placeholder, float width) {
  ImGui::PushID(probeId.data(), probeId.data() + probeId.size());
  ImGui::TextUnformatted(label.data(), label.data() + label.size());
  std::string preview(placeholder);
  for (const auto& c : choices) {
    if (c.id == selected) preview = c.label;
  }
  ImGui::SetNextItemWidth(width > 0 ? width : ImGui::GetContentRegionAvail().x);
  bool changed = false;
  if (error) ImGui::PushStyleColor(ImGuiCol_Border, theme::kDanger);
  bool open = beginCombo("##c", preview.c_str(), ImGuiComboFlags_HeightLarge);
  if (error) ImGui::PopStyleColor();
  probe::item(probeId, preview);
  if (open) {
    int index = 0;
    for (const auto& c : choices) {
      bool isSelected = c.id == selected;
      ImGui::PushID(index++);
      if (ImGui::Selectable(c.label.c_str(), isSelected)) {
        changed = c.id != selected;
        selected = c.id;
      }
      probe::item(std::string(probeId) + ".option." + std::to_string(c.id), c.label);
      if (isSelected) ImGui::SetItemDefaultFocus();
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  if (error) errorText(std::string(probeId) + ".error", *error);
  ImGui::PopID();
  return changed;
}

bool radioField(std::string_view probeId, std::string_view label, const std::vector<Choice>& choices,
                long long& selected, const std::string* error) {
  ImGui::PushID(probeId.data(), probeId.data() + probeId.size());
  ImGui::TextUnformatted(label.data(), label.data() + label.size());
  bool changed = false;
  std::string chosen;
  const ImGuiStyle& style = ImGui::GetStyle();
  int index = 0;
  for (const auto& c : choices) {
    if (index > 0) ImGui::SameLine(0, style.ItemSpacing.x * 2);
    ImGui::PushID(index++);
    if (smallRadio(c.label.c_str(), c.id == selected) && c.id != selected) {
      selected = c.id;
      changed = true;
    }
    ImGui::PopID();
    probe::item(std::string(probeId) + ".option." + std::to_string(c.id), c.label);
    if (c.id == selected) chosen = c.label;
  }
  if (choices.empty()) ImGui::Dummy(ImVec2(0, ImGui::GetFrameHeight()));
  probe::item(probeId, chosen);
  if (error) errorText(std::string(probeId) + ".error", *error);
  ImGui::PopID();
  return changed;
}

void beside(float rowY) {
  ImGui::SameLine();
  ImGui::SetCursorPosY(rowY);
  ImGui::GetCurrentWindow()->DC.CurrLineTextBaseOffset = 0.0f;  // the label starts at the row's top
}

bool primaryButton(std::string_view probeId, std::string_view label, bool busy, ImVec2 size) {
  ImGui::PushStyleColor(ImGuiCol_Button, theme::kPrimary);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, theme::kPrimaryHover);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, theme::kPrimaryHover);
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
  ImGui::BeginDisabled(busy);
  std::string text = busy ? std::string(label) + "中…" : std::string(label);
  text += "##" + std::string(probeId);
  bool clicked = ImGui::Button(text.c_str(), size);
  ImGui::EndDisabled();
  ImGui::PopStyleColor(4);
  probe::item(probeId, label);
  if (busy) {
    ImGui::SameLine();
    spinner(ImGui::GetFontSize() * 0.45f);
  }
  return clicked && !busy;
}

bool secondaryButton(std::string_view probeId, std::string_view label, ImVec2 size) {
  std::string text = std::string(label) + "##" + std::string(probeId);
  bool clicked = ImGui::Button(text.c_str(), size);
  probe::item(probeId, label);
  return clicked;
}

void spinner(float radius) {
  ImVec2 pos = ImGui::GetCursorScreenPos();
  float lineH = ImGui::GetFrameHeight();
  ImVec2 centre(pos.x + radius, pos.y + lineH * 0.5f);
  ImGui::Dummy(ImVec2(radius * 2, lineH));
  float t = static_cast<float>(ImGui::GetTime());
  float start = t * 6.0f;
  ImDrawList* dl = ImGui::GetWindowDrawList();
  dl->PathClear();
  for (int i = 0; i <= 24; ++i) {
    float a = start + (static_cast<float>(i) / 24.0f) * 4.2f;
    dl->PathLineTo(ImVec2(centre.x + std::cos(a) * radius, centre.y + std::sin(a) * radius));
  }
  dl->PathStroke(ImGui::GetColorU32(theme::kPrimary), 0, radius * 0.35f);
}

void errorText(std::string_view probeId, const std::string& message) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kDanger);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(message.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  probe::item(probeId, message);
}

void emptyState(std::string_view probeId, std::string_view message) {
  ImVec2 avail = ImGui::GetContentRegionAvail();
  ImVec2 size = ImGui::CalcTextSize(message.data(), message.data() + message.size(), false, avail.x);
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (avail.x - size.x) * 0.5f));
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
  ImGui::TextUnformatted(message.data(), message.data() + message.size());
  ImGui::PopStyleColor();
  probe::item(probeId, message);
}

void screenTitle(std::string_view probeId, std::string_view title, std::string_view subtitle) {
  ImGui::PushFont(nullptr, ImGui::GetStyle().FontSizeBase * 1.25f);
  ImGui::TextUnformatted(title.data(), title.data() + title.size());
  ImGui::PopFont();
  probe::item(probeId, title);
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(subtitle.data(), subtitle.data() + subtitle.size());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

void detailRow(std::string_view probeId, std::string_view label, std::string_view value, float labelWidth) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
  ImGui::TextUnformatted(label.data(), label.data() + label.size());
  ImGui::PopStyleColor();
  ImGui::SameLine(labelWidth);
  std::string shown = value.empty() ? "（未填写）" : std::string(value);
  ImGui::TextUnformatted(shown.c_str());
  probe::item(probeId, value);
}

void mutedWrapped(std::string_view text, float width) {
  ImGui::PushStyleColor(ImGuiCol_Text, theme::kMutedText);
  ImGui::PushTextWrapPos(width > 0.0f ? ImGui::GetCursorPosX() + width : 0.0f);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

void tooltipIfHovered(std::string_view text) {
  if (!text.empty() && ImGui::IsItemHovered()) ImGui::SetTooltip("%.*s", static_cast<int>(text.size()), text.data());
}

}  // namespace qinqing::web::ui
