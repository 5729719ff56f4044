#include "widgets/status_badge.hpp"

#include "widgets/probe.hpp"

namespace qinqing::web::ui {

void statusBadge(std::string_view probeId, std::string_view text, const ImVec4& colour) {
  const float padX = ImGui::GetFontSize() * 0.45f;
  const ImVec2 textSize = ImGui::CalcTextSize(text.data(), text.data() + text.size());
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float height = ImGui::GetTextLineHeight();
  const ImVec2 size(textSize.x + padX * 2, height);
  ImDrawList* dl = ImGui::GetWindowDrawList();
  // A pale fill with text and border in the full colour reads well on both table row shades.
  dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y),
                    ImGui::GetColorU32(ImVec4(colour.x, colour.y, colour.z, 0.14f)), height * 0.5f);
  dl->AddRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), ImGui::GetColorU32(colour), height * 0.5f);
  dl->AddText(ImVec2(pos.x + padX, pos.y + (height - textSize.y) * 0.5f), ImGui::GetColorU32(colour), text.data(),
              text.data() + text.size());
  ImGui::Dummy(size);
  probe::item(probeId, text);
}

}  // namespace qinqing::web::ui
