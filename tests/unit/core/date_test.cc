#include <catch2/catch.hpp>

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
