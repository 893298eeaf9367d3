#include <catch2/catch.hpp>

#include <cstdint>
#include <optional>

#include "lisan/date.h"

using lisan::format_iso_utc;
using lisan::parse_date;

TEST_CASE("dates parse to UTC", "[date]") {
  // {rule, input, zone, expected ISO UTC, zone assumed}
  using Row = std::tuple<const char*, const char*, const char*, const char*, bool>;
  auto [rule, input, zone, expected, assumed] = GENERATE(table<const char*, const char*, const char*, const char*, bool>({
      Row{"Z suffix", "2021-10-22T14:03:11Z", "", "2021-10-22T14:03:11Z", false},
      Row{"fractional seconds", "2021-10-22T14:03:11.000Z", "", "2021-10-22T14:03:11Z", false},
      Row{"positive offset", "2021-10-23T01:30:00+03:00", "", "2021-10-22T22:30:00Z", false},
      Row{"offset without colon", "2021-10-23T01:30:00+0300", "", "2021-10-22T22:30:00Z", false},
      Row{"negative offset", "2021-10-22T10:00:00-04:00", "", "2021-10-22T14:00:00Z", false},
      Row{"naive time assumed UTC", "2021-10-22 22:30:00", "", "2021-10-22T22:30:00Z", true},
      Row{"naive time in --tz (summer)", "2021-07-01 12:00:00", "Europe/Amsterdam", "2021-07-01T10:00:00Z", true},
      Row{"naive time in --tz (winter)", "2021-12-01 12:00:00", "Europe/Istanbul", "2021-12-01T09:00:00Z", true},
      Row{"date only", "2021-10-22", "", "2021-10-22T00:00:00Z", false},
      Row{"epoch seconds", "1634911391", "", "2021-10-22T14:03:11Z", false},
      Row{"epoch milliseconds", "1634911391000", "", "2021-10-22T14:03:11Z", false},
      Row{"leap day", "2020-02-29T00:00:00Z", "", "2020-02-29T00:00:00Z", false},
  }));
  CAPTURE(rule, input, zone);
  auto parsed = parse_date(input, zone);
  REQUIRE(parsed.ok());
  CHECK(format_iso_utc(parsed->utc_seconds) == expected);
  CHECK(parsed->zone_assumed == assumed);
}

TEST_CASE("bad dates say why", "[date]") {
  using Row = std::tuple<const char*, const char*>;
  auto [input, reason] = GENERATE(table<const char*, const char*>({
      Row{"22/10/2021", "no four-digit year"},
      Row{"2021-13-01", "month out of range"},
      Row{"2021-02-30", "day out of range"},
      Row{"2021-10-22T25:00:00Z", "time out of range"},
      Row{"2021-10-22T10:00:00Zjunk", "unexpected characters"},
      Row{"yesterday", "no four-digit year"},
  }));
  CAPTURE(input);
  auto parsed = parse_date(input);
  REQUIRE_FALSE(parsed.ok());
  CHECK_THAT(parsed.error(), Catch::Contains(reason));
  CHECK_THAT(parsed.error(), Catch::Contains(input));
}

TEST_CASE("unknown time zone is an error", "[date]") {
  auto parsed = parse_date("2021-10-22 10:00:00", "Mars/Olympus");
  REQUIRE_FALSE(parsed.ok());
  CHECK_THAT(parsed.error(), Catch::Contains("unknown time zone 'Mars/Olympus'"));
}

TEST_CASE("civil date conversion round-trips", "[date]") {
  for (std::int64_t days = -800000; days < 800000; days += 997) {
    int y;
    unsigned m, d;
    lisan::civil_from_days(days, y, m, d);
    CHECK(lisan::days_from_civil(y, m, d) == days);
  }
}

// Issue 17: values that used to be stored as wrong dates are rejected.
TEST_CASE("dates that would be stored wrong are rejected", "[date]") {
  using Row = std::tuple<const char*, const char*, const char*>;
  auto [rule, input, reason] = GENERATE(table<const char*, const char*, const char*>({
      Row{"offset hours", "2021-10-22T10:00:00+99:99", "zone offset out of range"},
      Row{"offset minutes", "2021-10-22T10:00:00+03:60", "zone offset out of range"},
      Row{"offset beyond 18h", "2021-10-22T10:00:00-19:00", "zone offset out of range"},
      Row{"year zero", "0000-01-01T00:00:00Z", "year 0000"},
      Row{"before year 1 once in UTC", "0001-01-01T00:30:00+01:00", "out of range once in UTC"},
      Row{"15-digit epoch (year 33658)", "999999999999999", "epoch value out of range"},
      Row{"16-digit epoch", "1634911391000000", "epoch value out of range"},
      Row{"uint64 max", "18446744073709551615", "epoch value out of range"},
  }));
  CAPTURE(rule, input);
  auto parsed = parse_date(input);
  REQUIRE_FALSE(parsed.ok());
  CHECK_THAT(parsed.error(), Catch::Contains(reason));
}

TEST_CASE("dates at the edges of the range are kept", "[date]") {
  using Row = std::tuple<const char*, const char*>;
  auto [input, expected] = GENERATE(table<const char*, const char*>({
      Row{"0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z"},
      Row{"9999-12-31T23:59:59Z", "9999-12-31T23:59:59Z"},
      Row{"2021-10-23T10:00:00+14:00", "2021-10-22T20:00:00Z"},
      Row{"253402300799999", "9999-12-31T23:59:59Z"},
  }));
  CAPTURE(input);
  auto parsed = parse_date(input);
  REQUIRE(parsed.ok());
  CHECK(format_iso_utc(parsed->utc_seconds) == expected);
}

TEST_CASE("checked epochs refuse what is not a date", "[date]") {
  using Row = std::tuple<const char*, std::int64_t, bool, std::int64_t>;
  auto [rule, value, ok, seconds] = GENERATE(table<const char*, std::int64_t, bool, std::int64_t>({
      Row{"seconds", 1634911391, true, 1634911391},
      Row{"milliseconds", 1634911391000, true, 1634911391},
      Row{"negative seconds", -86400, true, -86400},
      Row{"microseconds", 1634911391000000, false, 0},
      Row{"one second before 1970", -1, true, -1},
      Row{"int64 min", INT64_MIN, false, 0},
      Row{"int64 max", INT64_MAX, false, 0},
      Row{"before year 1", -62135596801, false, 0},
  }));
  CAPTURE(rule, value);
  const auto got = lisan::checked_epoch(value);
  REQUIRE(got.has_value() == ok);
  if (ok) CHECK(*got == seconds);
}

TEST_CASE("checked unsigned epochs", "[date]") {
  CHECK(lisan::checked_epoch_unsigned(1634911391u) == std::optional<std::int64_t>(1634911391));
  CHECK_FALSE(lisan::checked_epoch_unsigned(18446744073709551615u).has_value());  // was stored as 1969
  CHECK_FALSE(lisan::checked_epoch_unsigned(9223372036854775808u).has_value());
}

TEST_CASE("time zone names are checked once", "[date]") {
  CHECK(lisan::time_zone_error("").empty());
  CHECK(lisan::time_zone_error("Europe/Istanbul").empty());
  CHECK_THAT(lisan::time_zone_error("Mars/Olympus"), Catch::Contains("unknown time zone 'Mars/Olympus'"));
}
