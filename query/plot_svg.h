// plot_svg: a timeline as a self-contained SVG bar chart fit for a report
// (title with the exact query, axes with ticks and period labels, a footer
// naming the index state), written by hand: no plotting library needed.
#pragma once

#include <string>
#include <vector>

#include "query/timeline.h"

namespace lisan::query {

struct PlotLabels {
  std::string title;     // e.g. "Matches per week: #FreeTheCaptives"
  std::string subtitle;  // e.g. "341 documents searched · 82 matches"
  std::string footer;    // e.g. the index's manifest id and the run time
};

std::string timeline_svg(const std::vector<TimelineBucket>& buckets, const PlotLabels& labels);

// Escapes & < > " for SVG/XML text and attributes.
std::string xml_escape(const std::string& text);

}  // namespace lisan::query
