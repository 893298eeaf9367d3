#include "lisan/date.h"

#include <cctype>
#include <memory>

#include <fmt/format.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

namespace lisan {

// Howard Hinnant's civil-date algorithms (public domain): exact for every
// Gregorian date, no time zone database or locale involved.
std::int64_t days_from_civil(int year, unsigned month, unsigned day) {
  const int y = year - (month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return static_cast<std::int64_t>(era) * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

void civil_from_days(std::int64_t z, int& year, unsigned& month, unsigned& day) {
  z += 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t y = static_cast<std::int64_t>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  day = doy - (153 * mp + 2) / 5 + 1;
  month = mp < 10 ? mp + 3 : mp - 9;
  year = static_cast<int>(y + (month <= 2 ? 1 : 0));
}

namespace {

class Cursor {
 public:
  explicit Cursor(std::string_view s) : s_(s) {}
  bool done() const { return i_ >= s_.size(); }
  char peek() const { return done() ? '\0' : s_[i_]; }
  bool eat(char c) {
    if (peek() != c) return false;
    ++i_;
    return true;
  }
  // Reads exactly `n` digits.
  bool digits(int n, int& out) {
    out = 0;
    for (int k = 0; k < n; ++k) {
      if (done() || !std::isdigit(static_cast<unsigned char>(s_[i_]))) return false;
      out = out * 10 + (s_[i_++] - '0');
    }
    return true;
  }
  void skip_digits() {
    while (!done() && std::isdigit(static_cast<unsigned char>(s_[i_]))) ++i_;
  }

 private:
  std::string_view s_;
  std::size_t i_ = 0;
};

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

unsigned days_in_month(int year, unsigned month) {
  static const unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// Offset in seconds of the zone `zone` at the local time `local_seconds`.
Result<std::int64_t> zone_offset(std::string_view zone, std::int64_t local_seconds) {
  std::unique_ptr<icu::TimeZone> tz(icu::TimeZone::createTimeZone(
      icu::UnicodeString::fromUTF8(icu::StringPiece(zone.data(), static_cast<int32_t>(zone.size())))));
  icu::UnicodeString id;
  tz->getID(id);
  // createTimeZone falls back to "Etc/Unknown" for names it does not know.
  if (id == icu::UnicodeString("Etc/Unknown") && zone != "Etc/Unknown")
    return Result<std::int64_t>::failure(fmt::format("unknown time zone '{}' (use an IANA name such as Europe/Istanbul)", zone));
  int32_t raw = 0, dst = 0;
  UErrorCode status = U_ZERO_ERROR;
  tz->getOffset(static_cast<UDate>(local_seconds) * 1000.0, /*local=*/true, raw, dst, status);
  if (U_FAILURE(status))
    return Result<std::int64_t>::failure(fmt::format("time zone '{}': {}", zone, u_errorName(status)));
  return static_cast<std::int64_t>(raw + dst) / 1000;
}

}  // namespace

ParsedDate date_from_epoch(std::int64_t value) {
  ParsedDate d;
  d.utc_seconds = value > 100000000000LL || value < -100000000000LL ? value / 1000 : value;
  return d;
}

std::optional<std::int64_t> checked_epoch(std::int64_t value) {
  const std::int64_t seconds = date_from_epoch(value).utc_seconds;
  if (!in_date_range(seconds)) return std::nullopt;
  return seconds;
}

std::optional<std::int64_t> checked_epoch_unsigned(std::uint64_t value) {
  if (value > static_cast<std::uint64_t>(kMaxUtcSeconds) * 1000 + 999) return std::nullopt;
  return checked_epoch(static_cast<std::int64_t>(value));
}

std::string time_zone_error(std::string_view zone) {
  if (zone.empty()) return {};
  const auto offset = zone_offset(zone, 0);
  return offset ? std::string() : offset.error();
}

Result<ParsedDate> parse_date(std::string_view text, std::string_view assumed_zone) {
  using R = Result<ParsedDate>;
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  if (text.empty()) return R::failure("empty date");
  if (all_digits(text) && text.size() > 8) {
    const auto seconds = text.size() > 15 ? std::nullopt : checked_epoch(std::stoll(std::string(text)));
    if (!seconds)
      return R::failure(fmt::format("date '{}': epoch value out of range (not between year 0001 and 9999)", text));
    ParsedDate out;
    out.utc_seconds = *seconds;
    return out;
  }

  Cursor c(text);
  int year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0;
  const auto bad = [&](const char* why) {
    return R::failure(fmt::format("date '{}': {} (expected ISO 8601 such as 2021-10-22T14:03:11Z)", text, why));
  };
  if (!c.digits(4, year)) return bad("no four-digit year");
  if (year == 0) return bad("year 0000 is out of range (0001..9999)");
  if (!c.eat('-') || !c.digits(2, month)) return bad("no month");
  if (!c.eat('-') || !c.digits(2, day)) return bad("no day");
  if (month < 1 || month > 12) return bad("month out of range");
  if (day < 1 || static_cast<unsigned>(day) > days_in_month(year, static_cast<unsigned>(month)))
    return bad("day out of range");
  bool has_time = false;
  if (c.eat('T') || c.eat(' ')) {
    has_time = true;
    if (!c.digits(2, hour) || !c.eat(':') || !c.digits(2, minute)) return bad("bad time");
    if (c.eat(':') && !c.digits(2, second)) return bad("bad seconds");
    if (hour > 23 || minute > 59 || second > 60) return bad("time out of range");
    if (c.eat('.') || c.eat(',')) c.skip_digits();
  }
  bool has_zone = false;
  std::int64_t offset = 0;
  if (c.eat('Z') || c.eat('z')) {
    has_zone = true;
  } else if (c.peek() == '+' || c.peek() == '-') {
    const int sign = c.peek() == '-' ? -1 : 1;
    c.eat(c.peek());
    int oh = 0, om = 0;
    if (!c.digits(2, oh)) return bad("bad zone offset");
    c.eat(':');
    if (!c.digits(2, om)) return bad("bad zone offset");
    if (oh > 18 || om > 59 || (oh == 18 && om > 0)) return bad("zone offset out of range (at most ±18:00)");
    offset = sign * (oh * 3600 + om * 60);
    has_zone = true;
  }
  if (!c.done()) return bad("unexpected characters after the date");

  const std::int64_t local = days_from_civil(year, static_cast<unsigned>(month), static_cast<unsigned>(day)) * 86400 +
                             hour * 3600 + minute * 60 + second;
  ParsedDate out;
  if (has_zone) {
    out.utc_seconds = local - offset;
  } else if (!has_time && assumed_zone.empty()) {
    out.utc_seconds = local;  // a bare day is a day, not an instant: no zone to assume
  } else {
    out.zone_assumed = true;
    if (assumed_zone.empty()) {
      out.utc_seconds = local;
    } else {
      auto zone = zone_offset(assumed_zone, local);
      if (!zone) return R::failure(zone.error());
      out.utc_seconds = local - *zone;
    }
  }
  if (!in_date_range(out.utc_seconds)) return bad("out of range once in UTC (0001..9999)");
  return out;
}

std::string format_iso_utc(std::int64_t t) {
  std::int64_t days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
  std::int64_t secs = t - days * 86400;
  int y;
  unsigned m, d;
  civil_from_days(days, y, m, d);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", y, m, d, secs / 3600, (secs / 60) % 60, secs % 60);
}

std::string format_day(std::int64_t t) {
  std::int64_t days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
  int y;
  unsigned m, d;
  civil_from_days(days, y, m, d);
  return fmt::format("{:04}{:02}{:02}", y, m, d);
}

bool day_bounds(std::string_view text, std::string& first, std::string& last) {
  int y = 0, m = 0, d = 0;
  const auto digits = [&](std::size_t from, std::size_t n, int& out) {
    if (text.size() < from + n) return false;
    out = 0;
    for (std::size_t i = from; i < from + n; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
      out = out * 10 + (text[i] - '0');
    }
    return true;
  };
  if (text.size() == 4 && digits(0, 4, y)) {
    first = fmt::format("{:04}0101", y);
    last = fmt::format("{:04}1231", y);
    return true;
  }
  if (text.size() == 7 && digits(0, 4, y) && text[4] == '-' && digits(5, 2, m) && m >= 1 && m <= 12) {
    const std::int64_t next = m == 12 ? days_from_civil(y + 1, 1, 1) : days_from_civil(y, static_cast<unsigned>(m + 1), 1);
    int ly;
    unsigned lm, ld;
    civil_from_days(next - 1, ly, lm, ld);
    first = fmt::format("{:04}{:02}01", y, m);
    last = fmt::format("{:04}{:02}{:02}", ly, lm, ld);
    return true;
  }
  if (text.size() == 10 && digits(0, 4, y) && text[4] == '-' && digits(5, 2, m) && text[7] == '-' &&
      digits(8, 2, d) && m >= 1 && m <= 12 && d >= 1 && d <= 31) {
    first = last = fmt::format("{:04}{:02}{:02}", y, m, d);
    return true;
  }
  return false;
}

}  // namespace lisan
