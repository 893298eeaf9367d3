// Dates: every date lisan stores is UTC, as seconds since the Unix epoch.
// This module parses the forms records carry (FORMATS.md 0.3 and 5.1) and
// formats them back as ISO 8601.
#pragma once

#include <cstdint>
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

// Accepts: YYYY-MM-DDTHH:MM:SS[.fff](Z|±HH:MM|±HHMM), the same with a space
// for 'T', YYYY-MM-DD, and integer epoch seconds (milliseconds when > 1e11).
// `assumed_zone` is an IANA zone name for naive times ("" = UTC).
Result<ParsedDate> parse_date(std::string_view text, std::string_view assumed_zone = {});

// Interprets epoch seconds or milliseconds (> 1e11) as a UTC time.
ParsedDate date_from_epoch(std::int64_t value);

// "2021-10-22T14:03:11Z"
std::string format_iso_utc(std::int64_t utc_seconds);
// "20211022"
std::string format_day(std::int64_t utc_seconds);

// Days since 1970-01-01 of a civil date (proleptic Gregorian), and back.
std::int64_t days_from_civil(int year, unsigned month, unsigned day);
void civil_from_days(std::int64_t days, int& year, unsigned& month, unsigned& day);

}  // namespace lisan
