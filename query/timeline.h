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

// A timeline has one period per day, week or month from its first to its
// last date, so one match dated 0000-01-01 or 9999-12-31 (a broken date
// field) beside 2021's would make millions of periods. Two bounds prevent it:
// dates far from the others are left out, and said to be (clip_days), and a
// timeline longer than kMaxTimelinePeriods is an error naming a coarser unit.
constexpr int kTimelineYearsAroundMedian = 40;
constexpr std::size_t kMaxTimelinePeriods = 5000;

// The days of a timeline and the ones left out of it ("YYYYMMDD" -> count).
struct ClippedDays {
  std::map<std::string, Xapian::doccount> kept;
  std::map<std::string, Xapian::doccount> left_out;
  std::string first, last;  // the bounds kept, "YYYY-MM-DD" ("" = none)
  Xapian::doccount left_out_count() const;
  // "2 matches dated outside 1981-06-01 .. 2061-06-01 left out: 1 on
  // 0000-01-01, 1 on 9999-12-31" ("" when none was).
  std::string note() const;
};

// Keeps the days within kTimelineYearsAroundMedian years of the median
// dated match. A bound the user gave (--since/--until, "YYYYMMDD" or "") is
// kept instead on its side: the query already ends there.
ClippedDays clip_days(const std::map<std::string, Xapian::doccount>& days, const std::string& since = "",
                      const std::string& until = "");

// `days` maps "YYYYMMDD" to a count (FacetCollector::day_counts()). Throws
// UsageError when the periods from the first to the last day would be more
// than kMaxTimelinePeriods.
std::vector<TimelineBucket> make_timeline(const std::map<std::string, Xapian::doccount>& days, TimelineUnit unit);

// How many periods of `unit` the days from `first` to `last` ("YYYYMMDD")
// span, and the error for more than kMaxTimelinePeriods ("" when fewer).
std::string too_many_periods(const std::string& first, const std::string& last, TimelineUnit unit);

// The label of the period holding `day` ("YYYYMMDD"): "2021-10-22",
// "2021-W42" or "2021-10", as make_timeline() names it ("" for a bad day).
std::string period_of(const std::string& day, TimelineUnit unit);

// A terminal bar chart: one line per period, bars scaled to `bar_width`
// characters, the count after each bar.
std::string timeline_bars(const std::vector<TimelineBucket>& buckets, std::size_t bar_width = 50);

}  // namespace lisan::query
