#include "widgets/probe.hpp"

#include <nlohmann/json.hpp>

#include "imgui.h"
#include "imgui_internal.h"

namespace qinqing::web::probe {
namespace {
struct ProbeFrame {
  nlohmann::json current;
  std::string last = "{}";
  float dpr = 1.0f;
};
ProbeFrame& frame() {
  static ProbeFrame f;  // one probe per page
  return f;
}
}  // namespace

void beginFrame(std::string_view screen, float dpr) {
  ProbeFrame& f = frame();
  f.dpr = dpr;
  f.current = {{"screen", screen}, {"dpr", dpr}, {"widgets", nlohmann::json::array()}, {"facts", nlohmann::json::object()}};
}

void item(std::string_view id, std::string_view text) {
  ProbeFrame& f = frame();
  ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  nlohmann::json w = {{"id", id},
                      {"x", min.x / f.dpr},
                      {"y", min.y / f.dpr},
                      {"w", (max.x - min.x) / f.dpr},
                      {"h", (max.y - min.y) / f.dpr},
                      {"visible", ImGui::IsItemVisible()},
                      {"active", ImGui::IsItemActive()},
                      {"disabled", (ImGui::GetItemFlags() & ImGuiItemFlags_Disabled) != 0}};
  if (!text.empty()) w["text"] = text;
  f.current["widgets"].push_back(std::move(w));
}

void fact(std::string_view key, std::string_view value) { frame().current["facts"][std::string(key)] = value; }

bool endFrame() {
  std::string now = frame().current.dump();
  const bool changed = now != frame().last;
  frame().last = std::move(now);
  return changed;
}

const std::string& lastFrameJson() { return frame().last; }

}  // namespace qinqing::web::probe
