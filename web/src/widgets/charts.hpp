// Charts drawn in the canvas for the 驾驶舱: stacked horizontal bars, ranked bars, a line chart and a
// donut. Every mark is an ImGui item (hover shows its numbers in a tooltip, a click reports which
// one, and the probe names it for browser tests); scales come from shared/report/overview.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "imgui.h"

namespace qinqing::web::ui {

struct ChartSeries {
  std::string label;
  ImVec4 color;
};

// One row per category, one segment per series. values[row][series]. The bar length is shared by
// every row (the largest row total fills the width). hover[row][series]: the tooltip text.
struct StackedBars {
  std::string probeId;  // segments are probeId.<row>.<series>, labels probeId.<row>
  std::vector<std::string> rowLabels;
  std::vector<ChartSeries> series;
  std::vector<std::vector<int>> values;
  float labelWidth = 0;
  float rowHeight = 0;
  float width = 0;
};
struct BarSegment {
  int row = -1;
  int series = -1;
};
std::optional<BarSegment> stackedBars(const StackedBars& chart);

// Bars from 0 to 100 %: fractions in [0, 1], a value text at each bar's end, hover text per row.
struct RankedBars {
  std::string probeId;  // probeId.<row>
  std::vector<std::string> labels;
  std::vector<double> fractions;
  std::vector<std::string> valueTexts;
  std::vector<std::string> hoverTexts;
  ImVec4 color;
  float labelWidth = 0;
  float rowHeight = 0;
  float width = 0;
};
std::optional<int> rankedBars(const RankedBars& chart);

// Lines over categories: values[series][x]. Hovering a column shows every series' value there.
struct LineChart {
  std::string probeId;  // columns are probeId.<x>
  std::vector<std::string> xLabels;
  std::vector<std::string> xHover;  // the column's title in the tooltip
  std::vector<ChartSeries> series;
  std::vector<std::vector<int>> values;
  ImVec2 size;
};
std::optional<int> lineChart(const LineChart& chart);

// A ring of parts with a legend beside it; hovering a wedge or a legend row shows its count and
// share; a click on either reports the part.
struct Donut {
  std::string probeId;  // legend rows are probeId.<part>
  std::vector<ChartSeries> parts;
  std::vector<int> values;
  std::string centerText;     // 92.5%
  std::string centerCaption;  // 满意率
  float radius = 0;
};
std::optional<int> donut(const Donut& chart);

// A small legend line of coloured squares and labels.
void chartLegend(const std::vector<ChartSeries>& series);

}  // namespace qinqing::web::ui
