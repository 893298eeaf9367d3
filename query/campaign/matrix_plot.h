// The --matrix FIELD --plot FILE.svg chart (issue 6): the per-day matrix of
// value_stats.h drawn by plot_svg.h's chart_svg as one line per top value
// (legend: "#hashtag", "@mention", domain, author or channel, with its total)
// over light grey bars of all matches per day, x = day, y = matches.
//
// Thread safety: functions of their arguments.
#pragma once

#include <string>

#include "query/campaign/value_stats.h"
#include "query/plot_svg.h"

namespace lisan::query::campaign {

// The chart's series: "all matches" bars, then one line per column.
ChartData day_matrix_chart(const DayMatrix& matrix);

// Title naming the field and the query (`query` "" = the whole index) and a
// subtitle with the counts the chart leaves out (undated matches, values
// beyond the columns); `footer` names the index state.
PlotLabels day_matrix_labels(const DayMatrix& matrix, const std::string& query, Xapian::doccount documents,
                             const std::string& footer);

}  // namespace lisan::query::campaign
