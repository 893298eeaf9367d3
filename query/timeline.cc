#include "query/timeline.h"

#include <algorithm>

#include <fmt/format.h>

#include "lisan/core/error.h"
#include "lisan/date.h"

namespace lisan::query {
namespace {

// Days since the epoch of "YYYYMMDD" (the day slot's form), or false.
bool parse_day(const std::string& s, std::int64_t& days) {
  if (s.size() != 8 || s.find_first_not_of("0123456789") != std::string::npos) return false;
  const int y = std::stoi(s.substr(0, 4));
  const unsigned m = static_cast<unsigned>(std::stoi(s.substr(4, 2)));
  const unsigned d = static_cast<unsigned>(std::stoi(s.substr(6, 2)));
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  days = days_from_civil(y, m, d);
  return true;
}

std::string iso_day(std::int64_t days) {
  int y;
  unsigned m, d;
  civil_from_days(days, y, m, d);
  return fmt::format("{:04}-{:02}-{:02}", y, m, d);
}

// Monday of the ISO week holding `days` (1970-01-01 was a Thursday).
std::int64_t week_start(std::int64_t days) {
  const std::int64_t weekday = ((days + 3) % 7 + 7) % 7;  // Monday = 0
  return days - weekday;
}

// "2021-W42": the ISO year is the year of the week's Thursday.
std::string iso_week_label(std::int64_t monday) {
  const std::int64_t thursday = monday + 3;
  int y;
  unsigned m, d;
  civil_from_days(thursday, y, m, d);
  const std::int64_t week = (thursday - days_from_civil(y, 1, 1)) / 7 + 1;
  return fmt::format("{:04}-W{:02}", y, week);
}

// First day of the period holding `days`, and of the next period.
std::int64_t period_start(std::int64_t days, TimelineUnit unit) {
  switch (unit) {
    case TimelineUnit::kDay: return days;
    case TimelineUnit::kWeek: return week_start(days);
    case TimelineUnit::kMonth: {
      int y;
      unsigned m, d;
      civil_from_days(days, y, m, d);
      return days_from_civil(y, m, 1);
    }
  }
  return days;
}

std::int64_t next_period(std::int64_t start, TimelineUnit unit) {
  switch (unit) {
    case TimelineUnit::kDay: return start + 1;
    case TimelineUnit::kWeek: return start + 7;
    case TimelineUnit::kMonth: {
      int y;
      unsigned m, d;
      civil_from_days(start, y, m, d);
      return m == 12 ? days_from_civil(y + 1, 1, 1) : days_from_civil(y, m + 1, 1);
    }
  }
  return start + 1;
}

std::string label(std::int64_t start, TimelineUnit unit) {
  switch (unit) {
    case TimelineUnit::kDay: return iso_day(start);
    case TimelineUnit::kWeek: return iso_week_label(start);
    case TimelineUnit::kMonth: return iso_day(start).substr(0, 7);
  }
  return iso_day(start);
}

}  // namespace

std::string period_of(const std::string& day, TimelineUnit unit) {
  std::int64_t d;
  return parse_day(day, d) ? label(period_start(d, unit), unit) : std::string();
}

TimelineUnit parse_timeline_unit(const std::string& text) {
  if (text == "day") return TimelineUnit::kDay;
  if (text == "week") return TimelineUnit::kWeek;
  if (text == "month") return TimelineUnit::kMonth;
  throw UsageError(fmt::format("--timeline {}: use day, week or month", text));
}

const char* timeline_unit_name(TimelineUnit unit) {
  switch (unit) {
    case TimelineUnit::kDay: return "day";
    case TimelineUnit::kWeek: return "week";
    case TimelineUnit::kMonth: return "month";
  }
  return "day";
}

Xapian::doccount ClippedDays::left_out_count() const {
  Xapian::doccount n = 0;
  for (const auto& [day, count] : left_out) n += count;
  return n;
}

std::string ClippedDays::note() const {
  if (left_out.empty()) return {};
  const Xapian::doccount n = left_out_count();
  std::string out = fmt::format("{} match{} dated outside {} .. {} left out of the timeline:", n, n == 1 ? "" : "es",
                                first, last);
  std::size_t shown = 0;
  for (const auto& [day, count] : left_out) {
    if (shown++ == 5) {
      out += fmt::format(" and {} more day(s)", left_out.size() - 5);
      break;
    }
    out += fmt::format("{} {} on {}-{}-{}", shown == 1 ? "" : ",", count, day.substr(0, 4), day.substr(4, 2),
                       day.substr(6, 2));
  }
  return out;
}

ClippedDays clip_days(const std::map<std::string, Xapian::doccount>& days, const std::string& since,
                      const std::string& until) {
  ClippedDays out;
  std::uint64_t total = 0;
  for (const auto& [day, count] : days) total += count;
  if (total == 0) return out;
  // The median dated match: the middle of the data, which a few wild dates
  // cannot move far (a mean or the first and last dates can).
  std::string median;
  std::uint64_t seen = 0;
  for (const auto& [day, count] : days) {
    seen += count;
    if (2 * seen >= total) {
      median = day;
      break;
    }
  }
  std::int64_t m;
  if (!parse_day(median, m)) m = 0;
  int y;
  unsigned mo, d;
  civil_from_days(m, y, mo, d);
  const auto shifted = [&](int years) {
    const int year = std::clamp(y + years, 0, 9999);
    // 29 February of a leap year becomes the 28th in a common one.
    const unsigned day = mo == 2 && d == 29 ? 28 : d;
    return fmt::format("{:04}{:02}{:02}", year, mo, day);
  };
  const std::string lo = since.empty() ? shifted(-kTimelineYearsAroundMedian) : since;
  const std::string hi = until.empty() ? shifted(kTimelineYearsAroundMedian) : until;
  for (const auto& [day, count] : days) (day < lo || day > hi ? out.left_out : out.kept)[day] += count;
  const auto iso = [](const std::string& day) { return day.substr(0, 4) + "-" + day.substr(4, 2) + "-" + day.substr(6, 2); };
  out.first = iso(lo);
  out.last = iso(hi);
  return out;
}

std::string too_many_periods(const std::string& first, const std::string& last, TimelineUnit unit) {
  std::int64_t a, b;
  if (!parse_day(first, a) || !parse_day(last, b) || b < a) return {};
  std::size_t periods = 0;
  for (std::int64_t s = period_start(a, unit); s <= b && periods <= kMaxTimelinePeriods; s = next_period(s, unit))
    ++periods;
  if (periods <= kMaxTimelinePeriods) return {};
  const std::int64_t days = b - a + 1;
  const char* advice = unit == TimelineUnit::kDay    ? "use --timeline week or month, or --since/--until"
                       : unit == TimelineUnit::kWeek ? "use --timeline month, or --since/--until"
                                                     : "use --since/--until";
  return fmt::format("the dated matches span {} .. {} ({} days): more than {} {}s; {}", iso_day(a), iso_day(b), days,
                     kMaxTimelinePeriods, timeline_unit_name(unit), advice);
}

std::vector<TimelineBucket> make_timeline(const std::map<std::string, Xapian::doccount>& days, TimelineUnit unit) {
  std::map<std::int64_t, Xapian::doccount> by_start;
  std::string first_day, last_day;
  for (const auto& [day, count] : days) {
    std::int64_t d;
    if (!parse_day(day, d)) continue;
    by_start[period_start(d, unit)] += count;
    if (first_day.empty()) first_day = day;
    last_day = day;
  }
  std::vector<TimelineBucket> out;
  if (by_start.empty()) return out;
  if (const std::string error = too_many_periods(first_day, last_day, unit); !error.empty())
    throw UsageError("--timeline: " + error);
  const std::int64_t last = by_start.rbegin()->first;
  for (std::int64_t s = by_start.begin()->first; s <= last; s = next_period(s, unit)) {
    const auto it = by_start.find(s);
    out.push_back({label(s, unit), iso_day(s), it == by_start.end() ? 0 : it->second});
  }
  return out;
}

std::string timeline_bars(const std::vector<TimelineBucket>& buckets, std::size_t bar_width) {
  Xapian::doccount max = 0;
  std::size_t label_width = 0;
  for (const auto& b : buckets) {
    max = std::max(max, b.count);
    label_width = std::max(label_width, b.period.size());
  }
  std::string out;
  for (const auto& b : buckets) {
    // Round up so that any non-zero count shows at least one block.
    const std::size_t n = max == 0 ? 0 : (static_cast<std::size_t>(b.count) * bar_width + max - 1) / max;
    std::string bar;
    for (std::size_t i = 0; i < n; ++i) bar += "█";
    out += fmt::format("{:<{}}  {:>6}  {}\n", b.period, label_width, b.count, bar);
  }
  return out;
}

}  // namespace lisan::query
