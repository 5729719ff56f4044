#include "widgets/charts.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "app/theme.hpp"
#include "qinqing/report/overview.hpp"
#include "widgets/probe.hpp"

namespace qinqing::web::ui {
namespace {

ImU32 colorU32(const ImVec4& c, float alpha = 1.0f) { return ImGui::GetColorU32(ImVec4(c.x, c.y, c.z, c.w * alpha)); }

// A faint guide line and its value at the chart's edge.
const ImVec4 kGrid{0.86f, 0.88f, 0.91f, 1.0f};

void rowLabel(const std::string& text, ImVec2 at, float width, float rowHeight) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 size = ImGui::CalcTextSize(text.c_str());
  const float y = at.y + (rowHeight - size.y) * 0.5f;
  draw->PushClipRect(at, ImVec2(at.x + width, at.y + rowHeight), true);
  draw->AddText(ImVec2(at.x + std::max(0.0f, width - size.x - ImGui::GetStyle().ItemSpacing.x), y),
                colorU32(ImGui::GetStyle().Colors[ImGuiCol_Text]), text.c_str());
  draw->PopClipRect();
}

// The hover text as a tooltip, and in the probe (fact chart_tooltip) for browser tests.
void chartTooltip(const std::string& text) {
  ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  ImGui::SetTooltip("%s", text.c_str());
  probe::fact("chart_tooltip", text);
}

}  // namespace

void chartLegend(const std::vector<ChartSeries>& series) {
  const float box = ImGui::GetFontSize() * 0.7f;
  for (std::size_t i = 0; i < series.size(); ++i) {
    if (i > 0) ImGui::SameLine(0, ImGui::GetFontSize());
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float y = p.y + (ImGui::GetTextLineHeight() - box) * 0.5f;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, y), ImVec2(p.x + box, y + box), colorU32(series[i].color), 2.0f);
    ImGui::Dummy(ImVec2(box + 4, ImGui::GetTextLineHeight()));
    ImGui::SameLine(0, 4);
    ImGui::TextUnformatted(series[i].label.c_str());
  }
}

std::optional<BarSegment> stackedBars(const StackedBars& chart) {
  std::optional<BarSegment> clicked;
  int largest = 0;
  for (const auto& row : chart.values) {
    int total = 0;
    for (int v : row) total += v;
    largest = std::max(largest, total);
  }
  const int axisMax = domain::niceAxisMax(largest);
  const float barWidth = std::max(10.0f, chart.width - chart.labelWidth - ImGui::GetFontSize() * 3);
  const float barHeight = chart.rowHeight * 0.62f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float x0 = origin.x + chart.labelWidth;
  for (int g = 0; g <= 4; ++g) {  // guides at quarters of the axis
    const float x = x0 + barWidth * static_cast<float>(g) / 4.0f;
    draw->AddLine(ImVec2(x, origin.y), ImVec2(x, origin.y + chart.rowHeight * static_cast<float>(chart.values.size())),
                  colorU32(kGrid));
  }
  for (std::size_t r = 0; r < chart.values.size(); ++r) {
    const float top = origin.y + chart.rowHeight * static_cast<float>(r);
    rowLabel(chart.rowLabels[r], ImVec2(origin.x, top), chart.labelWidth, chart.rowHeight);
    ImGui::SetCursorScreenPos(ImVec2(origin.x, top));
    ImGui::Dummy(ImVec2(chart.labelWidth, chart.rowHeight));
    probe::item(chart.probeId + "." + std::to_string(r), chart.rowLabels[r]);
    float x = x0;
    int total = 0;
    for (std::size_t s = 0; s < chart.values[r].size(); ++s) {
      const int v = chart.values[r][s];
      total += v;
      if (v == 0) continue;
      const float w = std::max(3.0f, barWidth * static_cast<float>(v) / static_cast<float>(axisMax));
      const ImVec2 a(x, top + (chart.rowHeight - barHeight) * 0.5f);
      const ImVec2 b(x + w, a.y + barHeight);
      ImGui::SetCursorScreenPos(a);
      const std::string id = chart.probeId + "." + std::to_string(r) + "." + std::to_string(s);
      ImGui::PushID(id.c_str());
      if (ImGui::InvisibleButton("seg", ImVec2(w, barHeight))) clicked = BarSegment{static_cast<int>(r), static_cast<int>(s)};
      ImGui::PopID();
      const bool hovered = ImGui::IsItemHovered();
      draw->AddRectFilled(a, b, colorU32(chart.series[s].color, hovered ? 1.0f : 0.85f));
      if (hovered) {
        chartTooltip(chart.rowLabels[r] + " · " + chart.series[s].label + "：" + std::to_string(v) + " 件\n点击查看这些诉求");
      }
      probe::item(id, std::to_string(v));
      x += w;
    }
    const std::string totalText = std::to_string(total);
    draw->AddText(ImVec2(x + 6, top + (chart.rowHeight - ImGui::GetTextLineHeight()) * 0.5f),
                  colorU32(theme::kMutedText), totalText.c_str());
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + chart.rowHeight * static_cast<float>(chart.values.size())));
  // The axis: 0, a quarter, … the maximum, under the guides.
  for (int g = 0; g <= 4; ++g) {
    const std::string t = std::to_string(axisMax * g / 4);
    const float x = x0 + barWidth * static_cast<float>(g) / 4.0f - ImGui::CalcTextSize(t.c_str()).x * 0.5f;
    draw->AddText(ImVec2(x, ImGui::GetCursorScreenPos().y), colorU32(theme::kMutedText), t.c_str());
  }
  ImGui::Dummy(ImVec2(chart.width, ImGui::GetTextLineHeightWithSpacing()));
  return clicked;
}

std::optional<int> rankedBars(const RankedBars& chart) {
  std::optional<int> clicked;
  const float valueWidth = ImGui::CalcTextSize("100.0%").x + ImGui::GetFontSize();
  const float barWidth = std::max(10.0f, chart.width - chart.labelWidth - valueWidth);
  const float barHeight = chart.rowHeight * 0.6f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float x0 = origin.x + chart.labelWidth;
  for (std::size_t r = 0; r < chart.labels.size(); ++r) {
    const float top = origin.y + chart.rowHeight * static_cast<float>(r);
    rowLabel(chart.labels[r], ImVec2(origin.x, top), chart.labelWidth, chart.rowHeight);
    ImGui::SetCursorScreenPos(ImVec2(origin.x, top));
    const std::string id = chart.probeId + "." + std::to_string(r);
    ImGui::PushID(id.c_str());
    if (ImGui::InvisibleButton("row", ImVec2(chart.width, chart.rowHeight))) clicked = static_cast<int>(r);
    ImGui::PopID();
    const bool hovered = ImGui::IsItemHovered();
    if (hovered) {
      draw->AddRectFilled(ImVec2(origin.x, top), ImVec2(origin.x + chart.width, top + chart.rowHeight),
                          colorU32(kGrid, 0.5f));
      chartTooltip(chart.hoverTexts[r]);
    }
    probe::item(id, chart.labels[r] + " " + chart.valueTexts[r]);
    const float y = top + (chart.rowHeight - barHeight) * 0.5f;
    draw->AddRectFilled(ImVec2(x0, y), ImVec2(x0 + barWidth, y + barHeight), colorU32(kGrid, 0.6f), 2.0f);
    const float w = barWidth * static_cast<float>(std::clamp(chart.fractions[r], 0.0, 1.0));
    if (w > 0) draw->AddRectFilled(ImVec2(x0, y), ImVec2(x0 + w, y + barHeight), colorU32(chart.color, hovered ? 1.0f : 0.85f), 2.0f);
    draw->AddText(ImVec2(x0 + barWidth + 6, top + (chart.rowHeight - ImGui::GetTextLineHeight()) * 0.5f),
                  colorU32(ImGui::GetStyle().Colors[ImGuiCol_Text]), chart.valueTexts[r].c_str());
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + chart.rowHeight * static_cast<float>(chart.labels.size())));
  ImGui::Dummy(ImVec2(chart.width, 1));
  return clicked;
}

std::optional<int> lineChart(const LineChart& chart) {
  std::optional<int> clicked;
  const std::size_t n = chart.xLabels.size();
  if (n == 0) return clicked;
  int largest = 0;
  for (const auto& s : chart.values)
    for (int v : s) largest = std::max(largest, v);
  const int axisMax = domain::niceAxisMax(largest);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float axisWidth = ImGui::CalcTextSize(std::to_string(axisMax).c_str()).x + 8;
  const float labelHeight = ImGui::GetTextLineHeightWithSpacing();
  const ImVec2 plotMin(origin.x + axisWidth, origin.y + 6);
  const ImVec2 plotMax(origin.x + chart.size.x - 6, origin.y + chart.size.y - labelHeight);
  const float columnWidth = (plotMax.x - plotMin.x) / static_cast<float>(n);
  const auto xOf = [&](std::size_t i) { return plotMin.x + columnWidth * (static_cast<float>(i) + 0.5f); };
  const auto yOf = [&](int v) {
    return plotMax.y - (plotMax.y - plotMin.y) * static_cast<float>(v) / static_cast<float>(axisMax);
  };
  for (int g = 0; g <= 4; ++g) {
    const int v = axisMax * g / 4;
    const float y = yOf(v);
    draw->AddLine(ImVec2(plotMin.x, y), ImVec2(plotMax.x, y), colorU32(kGrid));
    const std::string t = std::to_string(v);
    draw->AddText(ImVec2(plotMin.x - ImGui::CalcTextSize(t.c_str()).x - 6, y - ImGui::GetTextLineHeight() * 0.5f),
                  colorU32(theme::kMutedText), t.c_str());
  }
  int hoveredColumn = -1;
  for (std::size_t i = 0; i < n; ++i) {
    ImGui::SetCursorScreenPos(ImVec2(plotMin.x + columnWidth * static_cast<float>(i), plotMin.y));
    const std::string id = chart.probeId + "." + std::to_string(i);
    ImGui::PushID(id.c_str());
    if (ImGui::InvisibleButton("col", ImVec2(columnWidth, plotMax.y - plotMin.y + labelHeight))) clicked = static_cast<int>(i);
    ImGui::PopID();
    std::string text = chart.xHover[i];
    for (std::size_t s = 0; s < chart.series.size(); ++s)
      text += "\n" + chart.series[s].label + "：" + std::to_string(chart.values[s][i]) + " 件";
    if (ImGui::IsItemHovered()) {
      hoveredColumn = static_cast<int>(i);
      chartTooltip(text + "\n点击查看当周收到的诉求");
    }
    probe::item(id, text);
    // Every other label when they would crowd.
    const bool showLabel = n <= 8 || i % 2 == (n - 1) % 2;
    if (showLabel) {
      const float w = ImGui::CalcTextSize(chart.xLabels[i].c_str()).x;
      draw->AddText(ImVec2(xOf(i) - w * 0.5f, plotMax.y + 4), colorU32(theme::kMutedText), chart.xLabels[i].c_str());
    }
  }
  if (hoveredColumn >= 0)
    draw->AddRectFilled(ImVec2(plotMin.x + columnWidth * static_cast<float>(hoveredColumn), plotMin.y),
                        ImVec2(plotMin.x + columnWidth * static_cast<float>(hoveredColumn + 1), plotMax.y),
                        colorU32(kGrid, 0.45f));
  for (std::size_t s = 0; s < chart.series.size(); ++s) {
    const ImU32 c = colorU32(chart.series[s].color);
    for (std::size_t i = 0; i + 1 < n; ++i)
      draw->AddLine(ImVec2(xOf(i), yOf(chart.values[s][i])), ImVec2(xOf(i + 1), yOf(chart.values[s][i + 1])), c, 2.5f);
    for (std::size_t i = 0; i < n; ++i) {
      const float r = static_cast<int>(i) == hoveredColumn ? 5.0f : 3.5f;
      draw->AddCircleFilled(ImVec2(xOf(i), yOf(chart.values[s][i])), r, c);
    }
  }
  ImGui::SetCursorScreenPos(origin);
  ImGui::Dummy(chart.size);
  return clicked;
}

std::optional<int> donut(const Donut& chart) {
  std::optional<int> clicked;
  std::vector<int> values = chart.values;
  const auto shares = domain::sharesOf(values);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float r = chart.radius;
  const ImVec2 center(origin.x + r, origin.y + r);
  const float thickness = r * 0.36f;
  ImGui::PushID(chart.probeId.c_str());
  if (ImGui::InvisibleButton("ring", ImVec2(2 * r, 2 * r))) clicked = -1;
  ImGui::PopID();
  probe::item(chart.probeId, chart.centerText);
  // Which wedge the mouse is over: by its angle from 12 o'clock, clockwise.
  int hovered = -1;
  if (ImGui::IsItemHovered()) {
    const ImVec2 m = ImGui::GetMousePos();
    const float dx = m.x - center.x, dy = m.y - center.y;
    const float dist = std::sqrt(dx * dx + dy * dy);
    if (dist <= r && dist >= r - thickness - 2) {
      float angle = std::atan2(dx, -dy);
      if (angle < 0) angle += 2 * std::numbers::pi_v<float>;
      double start = 0;
      for (std::size_t i = 0; i < shares.size(); ++i) {
        const double end = start + shares[i] * 2 * std::numbers::pi;
        if (shares[i] > 0 && angle >= start && angle < end) hovered = static_cast<int>(i);
        start = end;
      }
    }
  }
  if (clicked && *clicked == -1) clicked = hovered >= 0 ? std::optional<int>(hovered) : std::nullopt;
  const float ringR = r - thickness * 0.5f;
  if (shares.empty() || std::all_of(shares.begin(), shares.end(), [](double s) { return s == 0.0; })) {
    draw->AddCircle(center, ringR, colorU32(kGrid), 64, thickness);
  } else {
    double start = -std::numbers::pi / 2;
    for (std::size_t i = 0; i < shares.size(); ++i) {
      if (shares[i] <= 0) continue;
      const double end = start + shares[i] * 2 * std::numbers::pi;
      const int segments = std::max(4, static_cast<int>(64 * shares[i]));
      draw->PathArcTo(center, static_cast<int>(i) == hovered ? ringR + 3 : ringR, static_cast<float>(start),
                      static_cast<float>(end), segments);
      draw->PathStroke(colorU32(chart.parts[i].color, static_cast<int>(i) == hovered ? 1.0f : 0.9f), 0,
                       static_cast<int>(i) == hovered ? thickness + 6 : thickness);
      start = end;
    }
  }
  const ImVec2 ct = ImGui::CalcTextSize(chart.centerText.c_str());
  const ImVec2 cc = ImGui::CalcTextSize(chart.centerCaption.c_str());
  draw->AddText(ImVec2(center.x - ct.x * 0.5f, center.y - ct.y), colorU32(ImGui::GetStyle().Colors[ImGuiCol_Text]),
                chart.centerText.c_str());
  draw->AddText(ImVec2(center.x - cc.x * 0.5f, center.y + 2), colorU32(theme::kMutedText), chart.centerCaption.c_str());
  const auto partText = [&](std::size_t i) {
    char pct[16];
    std::snprintf(pct, sizeof pct, "%.1f%%", shares[i] * 100.0);
    return chart.parts[i].label + "：" + std::to_string(values[i]) + "（" + pct + "）";
  };
  if (hovered >= 0) {
    chartTooltip(partText(static_cast<std::size_t>(hovered)) + "\n点击查看测评结果");
  }
  // The legend beside the ring: each row is a link too.
  const float legendX = origin.x + 2 * r + ImGui::GetFontSize();
  const float lineH = ImGui::GetTextLineHeightWithSpacing();
  const float legendTop = center.y - lineH * static_cast<float>(chart.parts.size()) * 0.5f;
  for (std::size_t i = 0; i < chart.parts.size(); ++i) {
    const std::string text = partText(i);
    ImGui::SetCursorScreenPos(ImVec2(legendX, legendTop + lineH * static_cast<float>(i)));
    const float box = ImGui::GetFontSize() * 0.7f;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const std::string id = chart.probeId + "." + std::to_string(i);
    ImGui::PushID(id.c_str());
    if (ImGui::InvisibleButton("legend", ImVec2(box + 6 + ImGui::CalcTextSize(text.c_str()).x, ImGui::GetTextLineHeight())))
      clicked = static_cast<int>(i);
    ImGui::PopID();
    if (ImGui::IsItemHovered()) {
      chartTooltip(text + "\n点击查看测评结果");
    }
    probe::item(id, text);
    const float y = p.y + (ImGui::GetTextLineHeight() - box) * 0.5f;
    draw->AddRectFilled(ImVec2(p.x, y), ImVec2(p.x + box, y + box), colorU32(chart.parts[i].color), 2.0f);
    draw->AddText(ImVec2(p.x + box + 6, p.y), colorU32(ImGui::GetStyle().Colors[ImGuiCol_Text]), text.c_str());
  }
  ImGui::SetCursorScreenPos(origin);
  ImGui::Dummy(ImVec2(2 * r, 2 * r));
  return clicked;
}

}  // namespace qinqing::web::ui
