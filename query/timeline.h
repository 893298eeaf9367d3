// Timeline: matches per day, ISO week or month, from the per-day counts the
// facet collector gathered over all matches. Periods with no match between
// the first and the last are kept (count 0) so a chart shows the gaps.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <xapian.h>

namespace lisan::query {

enum class TimelineUnit { kDay, kWeek, kMonth };

struct TimelineBucket {
  std::string period;  // "2021-10-22", "2021-W42" (ISO week) or "2021-10"
  std::string start;   // first day of the period, "YYYY-MM-DD"
  Xapian::doccount count = 0;
};

// "day", "week" or "month"; throws UsageError otherwise.
TimelineUnit parse_timeline_unit(const std::string& text);
const char* timeline_unit_name(TimelineUnit unit);

// `days` maps "YYYYMMDD" to a count (FacetCollector::day_counts()).
std::vector<TimelineBucket> make_timeline(const std::map<std::string, Xapian::doccount>& days, TimelineUnit unit);

// A terminal bar chart: one line per period, bars scaled to `bar_width`
// characters, the count after each bar.
std::string timeline_bars(const std::vector<TimelineBucket>& buckets, std::size_t bar_width = 50);

}  // namespace lisan::query
