#include "query/campaign/matrix_plot.h"

#include <fmt/format.h>

namespace lisan::query::campaign {
namespace {

// How a value is written where it is used: #hashtag, @mention.
std::string legend_name(const std::string& field, const std::string& value) {
  if (field == "hashtag") return "#" + value;
  if (field == "mention") return "@" + value;
  return value;
}

}  // namespace

ChartData day_matrix_chart(const DayMatrix& m) {
  ChartData data;
  data.empty_note = "no dated matches";
  ChartSeries all;
  all.name = "all matches";
  all.bars = true;
  std::vector<ChartSeries> lines(m.columns.size());
  for (std::size_t c = 0; c < m.columns.size(); ++c) lines[c].name = legend_name(m.field, m.columns[c]);
  for (const auto& row : m.rows) {
    data.periods.push_back(row.period);
    all.values.push_back(row.matches);
    for (std::size_t c = 0; c < lines.size() && c < row.counts.size(); ++c) lines[c].values.push_back(row.counts[c]);
  }
  data.series.push_back(std::move(all));
  for (auto& l : lines) data.series.push_back(std::move(l));
  return data;
}

PlotLabels day_matrix_labels(const DayMatrix& m, const std::string& query, Xapian::doccount documents,
                             const std::string& footer) {
  PlotLabels labels;
  labels.title = fmt::format("Matches per {} per top {}: {}", timeline_unit_name(m.unit), m.field, query.empty() ? "(all documents)" : query);
  const Xapian::doccount left_out = m.clip.left_out_count();
  labels.subtitle = fmt::format("{} matching of {} documents{}{} · top {} of {} {} value{}", m.matches, documents,
                                m.undated > 0 ? fmt::format(" ({} undated, not shown)", m.undated) : "",
                                left_out > 0 ? fmt::format(" ({} dated outside {} .. {}, not shown)", left_out,
                                                           m.clip.first, m.clip.last)
                                             : "",
                                m.columns.size(), m.distinct, m.field, m.distinct == 1 ? "" : "s");
  labels.footer = footer;
  return labels;
}

}  // namespace lisan::query::campaign
