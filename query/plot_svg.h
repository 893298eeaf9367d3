// plot_svg: counts over time as a self-contained SVG chart fit for a report
// (title with the exact query, axes with ticks and period labels, a footer
// naming the index state), written by hand: no plotting library needed.
//
// One chart, one axis and scale code: chart_svg() draws any number of series
// over the same periods, each as bars or as a line. Named series get a
// legend (right of the plot, colour swatch, name, total); each name is a
// Unicode isolate so an Arabic hashtag reads correctly with its '#' on the
// right and still starts beside its swatch (in Chromium too). Period labels
// are thinned by the range so they never touch. The --timeline plot is the
// one-series case (timeline_svg); the --matrix plot is one line per top value
// over grey bars of all matches (query/campaign/matrix_plot.h).
//
// Thread safety: functions of their arguments.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "query/timeline.h"

namespace lisan::query {

struct PlotLabels {
  std::string title;     // e.g. "Matches per week: #FreeTheCaptives"
  std::string subtitle;  // e.g. "341 documents searched · 82 matches"
  std::string footer;    // e.g. the index's manifest id and the run time
};

struct ChartSeries {
  std::string name;                   // legend text; "" = no legend entry
  std::vector<std::uint64_t> values;  // one per period of the chart (missing = 0)
  bool bars = false;                  // bars (drawn first, behind) or a line
};

struct ChartData {
  std::vector<std::string> periods;  // x axis, in time order ("2021-09-24", "2021-W38", ...)
  std::vector<ChartSeries> series;
  std::string y_label = "matching documents";
  std::string empty_note = "no dated matches";  // shown when there are no periods
};

// Series colours, in series order: ten well-separated hues, then the same
// hues dashed (so 12 series stay apart). The single-series timeline keeps
// its blue bars; bars behind lines are light grey.
std::string chart_svg(const ChartData& data, const PlotLabels& labels);

// The --timeline plot: one unnamed bar series.
std::string timeline_svg(const std::vector<TimelineBucket>& buckets, const PlotLabels& labels);

// Escapes & < > " for SVG/XML text and attributes.
std::string xml_escape(const std::string& text);

}  // namespace lisan::query
