// Form building blocks used by every screen: a labelled field with its error beside it, a choice
// list, buttons, a spinner for every wait, and an empty-state message that says why.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"

namespace qinqing::web::ui {

struct FieldOptions {
  float width = 0.0f;          // 0: the whole available width
  bool password = false;
  bool readOnly = false;
  int maxChars = 200;          // limit counted in characters (not bytes)
  const std::string* error = nullptr;  // shown in red under the field
  std::string_view hint;       // grey placeholder text
};

// A label above an input. Returns true when Enter was pressed inside the field.
bool textField(std::string_view probeId, std::string_view label, std::string& value, const FieldOptions& options);

// A label above a multi-line input with a character counter under it. Returns true when the text
// changed this frame.
bool textArea(std::string_view probeId, std::string_view label, std::string& value, const FieldOptions& options,
              float height);

struct Choice {
  long long id = 0;
  std::string label;
};
// ImGui::BeginCombo with a small chevron sized to the text instead of the frame-high arrow button.
// Pair with ImGui::EndCombo when it returns true.
bool beginCombo(const char* id, const char* preview, ImGuiComboFlags flags = 0);

// A labelled drop-down with a filter box for long lists. Returns true when the choice changed.
bool choiceField(std::string_view probeId, std::string_view label, const std::vector<Choice>& choices,
                 long long& selected, const std::string* error, std::string_view placeholder, float width = 0.0f);

// A label above a row of radio buttons, for a few choices seen at once (提出部门, 区域类型); the row is a
// frame high, so it shares the baseline of a field beside it. Each option is recorded in the probe as
// probeId.option.<id>, the group under probeId with the chosen label. Returns true when it changed.
bool radioField(std::string_view probeId, std::string_view label, const std::vector<Choice>& choices,
                long long& selected, const std::string* error);

// Places the next field to the right of the one just drawn, its top at rowY (GetCursorPosY() taken
// before the left field). Label and input of both then share their baselines, whether the left
// field ended with an input or with an error under it (SameLine alone would shift the right label
// down to the left input's text baseline).
void beside(float rowY);

// A filled primary button; disabled (and showing a spinner) while `busy`.
bool primaryButton(std::string_view probeId, std::string_view label, bool busy, ImVec2 size = ImVec2(0, 0));
bool secondaryButton(std::string_view probeId, std::string_view label, ImVec2 size = ImVec2(0, 0));

// A small rotating arc; call only while something is in flight (it keeps frames coming).
void spinner(float radius);

// Text in the danger colour, wrapped, recorded in the probe.
void errorText(std::string_view probeId, const std::string& message);
// A muted, centred explanation for an empty list or a screen that cannot load.
void emptyState(std::string_view probeId, std::string_view message);

// A screen's heading and, under it in muted text, where it sits in the menu and what it is for
// (wrapped to the width).
void screenTitle(std::string_view probeId, std::string_view title, std::string_view subtitle);

// Explanatory text in the muted colour, wrapped at the window's edge or `width` from the cursor.
void mutedWrapped(std::string_view text, float width = 0.0f);
// The text as a tooltip while the last item is hovered (nothing when empty).
void tooltipIfHovered(std::string_view text);

// A "label: value" row of a read-only detail view.
void detailRow(std::string_view probeId, std::string_view label, std::string_view value, float labelWidth);

}  // namespace qinqing::web::ui
