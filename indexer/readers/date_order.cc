#include "indexer/readers/date_order.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "indexer/readers/text_util.h"

namespace lisan::indexer {
namespace {

// Reads 1..max digits at `i`.
bool number(std::string_view s, std::size_t& i, std::size_t min, std::size_t max, int& out, std::size_t* count = nullptr) {
  std::size_t n = 0;
  out = 0;
  while (i < s.size() && n < max && std::isdigit(static_cast<unsigned char>(s[i]))) {
    out = out * 10 + (s[i++] - '0');
    ++n;
  }
  if (count) *count = n;
  return n >= min && (i >= s.size() || !std::isdigit(static_cast<unsigned char>(s[i])));
}

}  // namespace

std::optional<SpreadsheetDate> split_spreadsheet_date(std::string_view value) {
  const std::string_view s = trim_view(value);
  SpreadsheetDate d;
  std::size_t i = 0, n1 = 0, n3 = 0;
  if (!number(s, i, 1, 4, d.first, &n1) || i >= s.size()) return std::nullopt;
  d.separator = s[i];
  if (d.separator != '-' && d.separator != '/' && d.separator != '.') return std::nullopt;
  ++i;
  if (!number(s, i, 1, 2, d.second) || i >= s.size() || s[i] != d.separator) return std::nullopt;
  ++i;
  if (!number(s, i, 1, 4, d.third, &n3)) return std::nullopt;
  d.year_first = n1 == 4;
  if (d.year_first == (n3 == 4)) return std::nullopt;  // exactly one four-digit year
  if (!d.year_first && n1 > 2) return std::nullopt;
  if (d.year_first && n3 > 2) return std::nullopt;
  if (d.year_first && d.separator == '-') return std::nullopt;  // ISO 8601: parse_date's
  if (i < s.size()) {
    if (s[i] != ' ' && s[i] != 'T') return std::nullopt;
    while (i < s.size() && (s[i] == ' ' || s[i] == 'T')) ++i;
    if (!number(s, i, 1, 2, d.hour) || i >= s.size() || s[i] != ':') return std::nullopt;
    ++i;
    if (!number(s, i, 2, 2, d.minute)) return std::nullopt;
    d.has_time = true;
    if (i < s.size() && s[i] == ':') {
      ++i;
      if (!number(s, i, 2, 2, d.second_of_minute)) return std::nullopt;
      d.has_seconds = true;
    }
    if (i != s.size()) return std::nullopt;
  }
  return d;
}

void DateOrderSampler::add(std::string_view value, std::uint64_t line) {
  const auto d = split_spreadsheet_date(value);
  if (!d) return;
  if (!shape_) {
    shape_ = d;
    first_line_ = line;
    first_value_ = std::string(trim_view(value));
  }
  if (d->year_first) {
    year_first_ = true;
    return;
  }
  if (d->first != d->second) order_matters_ = true;
  if (d->first > 12 && day_first_line_ == 0) {
    day_first_line_ = line;
    day_first_value_ = std::string(trim_view(value));
  }
  if (d->second > 12 && month_first_line_ == 0) {
    month_first_line_ = line;
    month_first_value_ = std::string(trim_view(value));
  }
}

DateOrder DateOrderSampler::order() const {
  if (!shape_) return DateOrder::kUnknown;
  if (day_first_line_ && month_first_line_) return DateOrder::kMixed;
  if (day_first_line_) return DateOrder::kDayFirst;
  if (month_first_line_) return DateOrder::kMonthFirst;
  if (year_first_ && !order_matters_) return DateOrder::kYearFirst;
  // Every value has day == month: either order gives the same dates.
  if (!order_matters_) return DateOrder::kDayFirst;
  return DateOrder::kAmbiguous;
}

std::string DateOrderSampler::pattern(DateOrder order) const {
  if (!shape_) return {};
  const char s = shape_->separator;
  std::string p = order == DateOrder::kMonthFirst ? fmt::format("%m{}%d{}%Y", s, s)
                  : order == DateOrder::kYearFirst ? fmt::format("%Y{}%m{}%d", s, s)
                                                  : fmt::format("%d{}%m{}%Y", s, s);
  if (shape_->has_time) p += shape_->has_seconds ? " %H:%M:%S" : " %H:%M";
  return p;
}

std::uint64_t DateOrderSampler::evidence_line() const {
  switch (order()) {
    case DateOrder::kDayFirst: return day_first_line_ ? day_first_line_ : first_line_;
    case DateOrder::kMonthFirst: return month_first_line_;
    case DateOrder::kMixed: return std::max(day_first_line_, month_first_line_);
    default: return first_line_;
  }
}

const std::string& DateOrderSampler::evidence() const {
  switch (order()) {
    case DateOrder::kDayFirst: return day_first_line_ ? day_first_value_ : first_value_;
    case DateOrder::kMonthFirst: return month_first_value_;
    case DateOrder::kMixed: return day_first_line_ > month_first_line_ ? day_first_value_ : month_first_value_;
    default: return first_value_;
  }
}

std::optional<std::string> spreadsheet_date_to_iso(std::string_view value, DateOrder order) {
  const auto d = split_spreadsheet_date(value);
  if (!d) return std::nullopt;
  int year = 0, month = 0, day = 0;
  if (d->year_first) {
    year = d->first, month = d->second, day = d->third;
  } else if (order == DateOrder::kDayFirst) {
    day = d->first, month = d->second, year = d->third;
  } else if (order == DateOrder::kMonthFirst) {
    month = d->first, day = d->second, year = d->third;
  } else {
    return std::nullopt;
  }
  std::string iso = fmt::format("{:04}-{:02}-{:02}", year, month, day);
  if (d->has_time) iso += fmt::format(" {:02}:{:02}:{:02}", d->hour, d->minute, d->second_of_minute);
  return iso;
}

}  // namespace lisan::indexer
