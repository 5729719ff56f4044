#include "app/theme.hpp"

namespace qinqing::web::theme {

void apply(float dpr) {
  ImGuiStyle style;  // start from defaults each time so a DPR change does not compound scaling
  ImGui::StyleColorsLight(&style);
  style.WindowRounding = 6.0f;
  style.FrameRounding = 4.0f;
  style.PopupRounding = 4.0f;
  style.GrabRounding = 4.0f;
  style.WindowBorderSize = 0.0f;
  style.FrameBorderSize = 1.0f;
  style.FramePadding = ImVec2(10.0f, 7.0f);
  style.ItemSpacing = ImVec2(10.0f, 10.0f);
  style.WindowPadding = ImVec2(20.0f, 16.0f);
  style.CellPadding = ImVec2(8.0f, 6.0f);
  style.ScrollbarSize = 14.0f;

  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = ImVec4(0.122f, 0.161f, 0.216f, 1.0f);            // #1f2937
  c[ImGuiCol_TextDisabled] = ImVec4(0.62f, 0.65f, 0.70f, 1.0f);
  c[ImGuiCol_WindowBg] = ImVec4(0.957f, 0.965f, 0.976f, 1.0f);        // #f4f6f9
  c[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
  c[ImGuiCol_PopupBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
  c[ImGuiCol_Border] = ImVec4(0.835f, 0.863f, 0.902f, 1.0f);          // #d5dce6
  c[ImGuiCol_FrameBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
  c[ImGuiCol_FrameBgHovered] = ImVec4(0.95f, 0.97f, 1.0f, 1.0f);
  c[ImGuiCol_FrameBgActive] = ImVec4(0.93f, 0.96f, 1.0f, 1.0f);
  c[ImGuiCol_Button] = ImVec4(0.93f, 0.945f, 0.965f, 1.0f);
  c[ImGuiCol_ButtonHovered] = ImVec4(0.86f, 0.90f, 0.96f, 1.0f);
  c[ImGuiCol_ButtonActive] = ImVec4(0.80f, 0.86f, 0.95f, 1.0f);
  c[ImGuiCol_Header] = ImVec4(0.88f, 0.92f, 0.98f, 1.0f);
  c[ImGuiCol_HeaderHovered] = ImVec4(0.84f, 0.89f, 0.97f, 1.0f);
  c[ImGuiCol_HeaderActive] = ImVec4(0.78f, 0.85f, 0.96f, 1.0f);
  c[ImGuiCol_CheckMark] = kPrimary;
  c[ImGuiCol_NavCursor] = kPrimary;
  c[ImGuiCol_TableHeaderBg] = ImVec4(0.925f, 0.937f, 0.957f, 1.0f);
  c[ImGuiCol_TableRowBgAlt] = ImVec4(0.975f, 0.98f, 0.988f, 1.0f);

  style.FontSizeBase = kBaseFontSize;
  style.ScaleAllSizes(dpr);
  style.FontScaleDpi = dpr;
  ImGui::GetStyle() = style;
}

}  // namespace qinqing::web::theme
