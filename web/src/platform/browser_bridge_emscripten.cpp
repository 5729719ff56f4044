#include <emscripten/emscripten.h>

#include <string>

#include "imgui.h"
#include "imgui_internal.h"
#include "platform/font_loader.hpp"
#include "platform/input_bridge.hpp"
#include "app/theme.hpp"

extern "C" {
void qq_after_frame(int wantText, float caretX, float caretY, float lineHeight);
void qq_clipboard_write(const char* text);
}

namespace qinqing::web {
namespace {
struct BridgeState {
  std::string preedit;        // the IME's composition string, not yet committed
  std::string clipboard;      // last text ImGui copied (read back by ImGui's own paste, which is off)
  std::string selection;      // buffer returned to JS for copy/cut
  ImVec2 caret{0, 0};
  float lineHeight = 0;
  bool caretKnown = false;
  bool wantTextInput = false; // this frame's answer, before io.WantTextInput catches up next frame
  bool hoveringText = false;  // the mouse cursor of the last frame was the text I-beam
};
BridgeState& bridge() {
  static BridgeState s;  // one bridge per page
  return s;
}

void setImeData(ImGuiContext*, ImGuiViewport*, ImGuiPlatformImeData* data) {
  BridgeState& b = bridge();
  b.caretKnown = data->WantVisible || data->WantTextInput;
  b.wantTextInput = data->WantTextInput;
  b.caret = data->InputPos;
  b.lineHeight = data->InputLineHeight;
}
void setClipboard(ImGuiContext*, const char* text) {
  bridge().clipboard = text ? text : "";
  qq_clipboard_write(bridge().clipboard.c_str());
}
// ImGui's own Ctrl+V is off: paste arrives once, from the DOM paste event.
const char* getClipboard(ImGuiContext*) { return nullptr; }
}  // namespace

void installInputBridge() {
  ImGuiPlatformIO& pio = ImGui::GetPlatformIO();
  pio.Platform_SetImeDataFn = setImeData;
  pio.Platform_SetClipboardTextFn = setClipboard;
  pio.Platform_GetClipboardTextFn = getClipboard;
}

void drawImePreedit() {
  BridgeState& b = bridge();
  if (b.preedit.empty() || !ImGui::GetIO().WantTextInput || !b.caretKnown) return;
  ImDrawList* dl = ImGui::GetForegroundDrawList();
  ImVec2 size = ImGui::CalcTextSize(b.preedit.c_str());
  ImVec2 pos = b.caret;
  dl->AddRectFilled(pos, ImVec2(pos.x + size.x + 4, pos.y + b.lineHeight), IM_COL32(255, 255, 240, 255));
  dl->AddText(ImVec2(pos.x + 2, pos.y), ImGui::GetColorU32(ImGuiCol_Text), b.preedit.c_str());
  dl->AddLine(ImVec2(pos.x + 2, pos.y + b.lineHeight - 2), ImVec2(pos.x + 2 + size.x, pos.y + b.lineHeight - 2),
              ImGui::GetColorU32(theme::kPrimary), 2.0f);
}

void afterFrameInputBridge(float dpr) {
  BridgeState& b = bridge();
  b.hoveringText = ImGui::GetMouseCursor() == ImGuiMouseCursor_TextInput;
  bool want = b.wantTextInput || ImGui::GetIO().WantTextInput;
  qq_after_frame(want ? 1 : 0, b.caret.x / dpr, b.caret.y / dpr, b.lineHeight / dpr);
}

}  // namespace qinqing::web

using qinqing::web::bridge;

extern "C" EMSCRIPTEN_KEEPALIVE void qq_ime_text(const char* utf8) {
  if (!utf8 || !*utf8) return;
  qinqing::web::noteTextForFonts(utf8);  // typed or pasted rare characters fetch their glyphs
  ImGui::GetIO().AddInputCharactersUTF8(utf8);
}

extern "C" EMSCRIPTEN_KEEPALIVE void qq_ime_preedit(const char* utf8) {
  bridge().preedit = utf8 ? utf8 : "";
  qinqing::web::noteTextForFonts(bridge().preedit);
}

// The active field's selection for the DOM copy/cut event; never the content of a password field.
extern "C" EMSCRIPTEN_KEEPALIVE const char* qq_selected_text() {
  auto& b = bridge();
  b.selection.clear();
  ImGuiContext& g = *ImGui::GetCurrentContext();
  ImGuiInputTextState* st = ImGui::GetInputTextState(g.ActiveId);
  if (st && st->HasSelection() && !(st->Flags & ImGuiInputTextFlags_Password)) {
    int a = st->GetSelectionStart(), e = st->GetSelectionEnd();
    if (a > e) std::swap(a, e);
    b.selection.assign(st->TextA.Data + a, st->TextA.Data + e);
  }
  return b.selection.c_str();
}

extern "C" EMSCRIPTEN_KEEPALIVE int qq_hovering_text_input() { return bridge().hoveringText ? 1 : 0; }
