// The 12-month trend of an enterprise (§3): 产值 (万元) as bars on the left axis, 从业人数 as a line on
// the right one; months without a report leave a gap. The axes round up with domain::niceAxisMax so
// the ticks read as round numbers. Hovering a month shows its figures.
#include <algorithm>
#include <string>

#include "app/theme.hpp"
#include "features/relation/relation_screens.hpp"
#include "imgui.h"
#include "widgets/probe.hpp"

namespace qinqing::web {
namespace {
namespace d = qinqing::domain;

ImU32 colour(const ImVec4& c, float alpha = 1.0f) { return ImGui::GetColorU32(ImVec4(c.x, c.y, c.z, c.w * alpha)); }

// 123456 hundredths → "1234.56"; axis ticks are whole 万元 or 人.
std::string tickText(long long value) { return std::to_string(value); }

}  // namespace

void drawOperatingTrendChart(const std::vector<d::OperatingTrendPoint>& points, float dpr) {
  if (points.empty()) return;
  long long maxOutput = 0;
  int maxEmployees = 0;
  int reported = 0;
  for (const auto& p : points) {
    if (p.outputValue) maxOutput = std::max(maxOutput, (*p.outputValue + 99) / 100);  // whole 万元
    if (p.employees) maxEmployees = std::max(maxEmployees, *p.employees);
    if (p.outputValue || p.employees) ++reported;
  }
  const long long outputAxis = d::niceAxisMax(maxOutput);
  const long long employeeAxis = d::niceAxisMax(maxEmployees);

  const float width = std::min(ImGui::GetContentRegionAvail().x, 900 * dpr);
  const float height = 240 * dpr;
  const float font = ImGui::GetFontSize();
  const float left = ImGui::CalcTextSize(tickText(outputAxis).c_str()).x + 14 * dpr;
  const float right = ImGui::CalcTextSize(tickText(employeeAxis).c_str()).x + 14 * dpr;
  const float top = font + 12 * dpr;  // the legend
  const float bottom = font + 10 * dpr;  // the month labels
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("trend_chart", ImVec2(width, height));
  probe::item("operating.chart", std::to_string(reported));
  const bool hovered = ImGui::IsItemHovered();
  ImDrawList* draw = ImGui::GetWindowDrawList();

  const ImVec2 plotMin(origin.x + left, origin.y + top);
  const ImVec2 plotMax(origin.x + width - right, origin.y + height - bottom);
  const float plotH = plotMax.y - plotMin.y;
  const float slot = (plotMax.x - plotMin.x) / static_cast<float>(points.size());
  const ImU32 grid = colour(theme::kMutedText, 0.18f);
  const ImU32 text = colour(theme::kMutedText);
  const ImU32 bar = colour(theme::kPrimary, 0.75f);
  const ImU32 line = colour(theme::kWarning);

  // Grid and both axes' ticks: five steps (1×, 5× 10^k) or four (2× 10^k) keep every tick whole on
  // the left axis; the right one shares the grid lines.
  const long long leading = [&] { long long v = outputAxis; while (v >= 10) v /= 10; return v; }();
  const int steps = static_cast<int>(std::min<long long>(leading == 2 ? 4 : 5, std::max<long long>(outputAxis, 1)));
  for (int i = 0; i <= steps; ++i) {
    const float y = plotMax.y - plotH * static_cast<float>(i) / static_cast<float>(steps);
    draw->AddLine(ImVec2(plotMin.x, y), ImVec2(plotMax.x, y), grid, dpr);
    const std::string l = tickText(outputAxis * i / steps);
    const std::string r = tickText(employeeAxis * i / steps);
    draw->AddText(ImVec2(plotMin.x - 6 * dpr - ImGui::CalcTextSize(l.c_str()).x, y - font / 2), text, l.c_str());
    draw->AddText(ImVec2(plotMax.x + 6 * dpr, y - font / 2), text, r.c_str());
  }
  // Legend.
  const float sq = font * 0.6f;
  float lx = plotMin.x;
  draw->AddRectFilled(ImVec2(lx, origin.y + (font - sq) / 2), ImVec2(lx + sq, origin.y + (font + sq) / 2), bar);
  lx += sq + 6 * dpr;
  draw->AddText(ImVec2(lx, origin.y), text, "产值（万元，左轴）");
  lx += ImGui::CalcTextSize("产值（万元，左轴）").x + 18 * dpr;
  draw->AddLine(ImVec2(lx, origin.y + font / 2), ImVec2(lx + sq * 1.6f, origin.y + font / 2), line, 2.5f * dpr);
  lx += sq * 1.6f + 6 * dpr;
  draw->AddText(ImVec2(lx, origin.y), text, "从业人数（人，右轴）");

  int hoveredIndex = -1;
  if (hovered) {
    const float mx = ImGui::GetIO().MousePos.x;
    if (mx >= plotMin.x && mx < plotMax.x) hoveredIndex = static_cast<int>((mx - plotMin.x) / slot);
  }
  ImVec2 previous;
  bool hasPrevious = false;
  for (size_t i = 0; i < points.size(); ++i) {
    const auto& p = points[i];
    const float cx = plotMin.x + slot * (static_cast<float>(i) + 0.5f);
    if (static_cast<int>(i) == hoveredIndex) {
      draw->AddRectFilled(ImVec2(cx - slot / 2, plotMin.y), ImVec2(cx + slot / 2, plotMax.y), colour(theme::kPrimary, 0.07f));
    }
    if (p.outputValue) {
      const float h = plotH * static_cast<float>(static_cast<double>(*p.outputValue) / 100.0 / static_cast<double>(outputAxis));
      draw->AddRectFilled(ImVec2(cx - slot * 0.3f, plotMax.y - h), ImVec2(cx + slot * 0.3f, plotMax.y), bar, 2 * dpr,
                          ImDrawFlags_RoundCornersTop);
    }
    if (p.employees) {
      const ImVec2 at(cx, plotMax.y - plotH * static_cast<float>(*p.employees) / static_cast<float>(employeeAxis));
      if (hasPrevious) draw->AddLine(previous, at, line, 2.5f * dpr);
      draw->AddCircleFilled(at, 3.5f * dpr, line);
      previous = at;
      hasPrevious = true;
    } else {
      hasPrevious = false;  // a month without a report breaks the line
    }
    const std::string month = std::to_string(p.month.month) + "月";
    const float tw = ImGui::CalcTextSize(month.c_str()).x;
    draw->AddText(ImVec2(cx - tw / 2, plotMax.y + 4 * dpr), text, month.c_str());
  }
  draw->AddLine(ImVec2(plotMin.x, plotMax.y), ImVec2(plotMax.x, plotMax.y), colour(theme::kMutedText, 0.6f), dpr);

  if (hoveredIndex >= 0 && hoveredIndex < static_cast<int>(points.size())) {
    const auto& p = points[static_cast<size_t>(hoveredIndex)];
    if (p.outputValue || p.employees) {
      ImGui::SetTooltip("%s\n产值：%s 万元\n从业人数：%s 人", p.month.label().c_str(),
                        p.outputValue ? d::formatAmountWanYuan(*p.outputValue).c_str() : "—",
                        p.employees ? std::to_string(*p.employees).c_str() : "—");
    } else {
      ImGui::SetTooltip("%s：未填报", p.month.label().c_str());
    }
  }
}

}  // namespace qinqing::web
