// Dates: every date lisan stores is UTC, as seconds since the Unix epoch.
// This module parses the forms records carry (docs/input-formats.md §0.3 and 5.1) and
// formats them back as ISO 8601.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "lisan/core/result.h"

namespace lisan {

struct ParsedDate {
  std::int64_t utc_seconds = 0;
  // True when the text had no zone or offset and one was assumed (the
  // --tz zone, or UTC when none was given). Recorded in the document so a
  // study can tell.
  bool zone_assumed = false;
};

// The dates lisan stores: 0001-01-01T00:00:00Z .. 9999-12-31T23:59:59Z.
// Anything outside is a wrong value (a uint64 read as negative, a
// microsecond epoch read as milliseconds), not a date: rejected, never
// stored, since format_iso_utc() and the index's day terms assume 4 digits.
constexpr std::int64_t kMinUtcSeconds = -62135596800;  // 0001-01-01T00:00:00Z
constexpr std::int64_t kMaxUtcSeconds = 253402300799;   // 9999-12-31T23:59:59Z
inline bool in_date_range(std::int64_t utc_seconds) {
  return utc_seconds >= kMinUtcSeconds && utc_seconds <= kMaxUtcSeconds;
}

// Accepts: YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM|±HHMM), the same with a space
// for 'T', YYYY-MM-DD, and integer epoch seconds (milliseconds when > 1e11).
// `assumed_zone` is an IANA zone name for naive times ("" = UTC). Fails for
// offsets beyond ±18:00 or with minutes above 59, and for dates outside
// in_date_range() (year 0000, epochs of year 33658...).
Result<ParsedDate> parse_date(std::string_view text, std::string_view assumed_zone = {});

// Interprets epoch seconds or milliseconds (> 1e11) as a UTC time.
// Unchecked: prefer checked_epoch() for values read from input.
ParsedDate date_from_epoch(std::int64_t value);

// Epoch seconds, or milliseconds when |value| > 1e11, as UTC seconds;
// nullopt when the result is outside in_date_range(). The unsigned overload
// is for JSON numbers read as uint64 (a value above INT64_MAX is nullopt,
// not a date in 1969).
std::optional<std::int64_t> checked_epoch(std::int64_t value);
std::optional<std::int64_t> checked_epoch_unsigned(std::uint64_t value);

// "" when `zone` is an IANA time zone name ICU knows (or ""), otherwise the
// message to show: checked once per run for --tz, not once per record.
std::string time_zone_error(std::string_view zone);

// "2021-10-22T14:03:11Z"
std::string format_iso_utc(std::int64_t utc_seconds);
// "20211022"
std::string format_day(std::int64_t utc_seconds);

// Days since 1970-01-01 of a civil date (proleptic Gregorian), and back.
std::int64_t days_from_civil(int year, unsigned month, unsigned day);
void civil_from_days(std::int64_t days, int& year, unsigned& month, unsigned& day);

// Day bounds "YYYYMMDD" of a partial ISO date, for --since/--until and the
// query language's date: ("2021" -> 20210101 / 20211231, "2021-02" ->
// 20210201 / 20210228). Returns false when `text` is not YYYY, YYYY-MM or
// YYYY-MM-DD.
bool day_bounds(std::string_view text, std::string& first, std::string& last);

}  // namespace lisan
