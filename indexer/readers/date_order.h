// DateOrder: reads the dates spreadsheets write -- 31-12-2021 23:59,
// 31/12/2021, 31.12.2021, 12/31/2021 11:59, 2021/12/31 -- in a CSV date
// column without --date-format (issue 17). Dutch and Turkish Excel writes
// DD-MM-YYYY, American MM/DD/YYYY, and nothing in one value says which. So
// the column is looked at first (DateOrderSampler, one pass over the column,
// constant memory) and the order is inferred:
//   - a first number above 12 and no second number above 12: day first;
//   - a second number above 12 and no first number above 12: month first;
//   - a four-digit year first (2021/12/31): year, month, day;
//   - every first and second number 12 or below (and some differ): ambiguous;
//     the reader then rejects those rows, saying once which --date-format
//     to give, rather than guess a month wrong in silence;
//   - both above 12 in different rows: mixed; rejected the same way.
// Values of another shape (ISO 8601, epochs) are not looked at here.
//
// Stateless functions; a sampler per column, not thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace lisan::indexer {

// One value split as spreadsheets write it: N1 SEP N2 SEP N3 [ HH:MM[:SS]],
// SEP one of - / . (the same twice), N3 or N1 of four digits.
struct SpreadsheetDate {
  int first = 0, second = 0, third = 0;
  char separator = '-';
  bool year_first = false;  // N1 has four digits
  bool has_time = false, has_seconds = false;
  int hour = 0, minute = 0, second_of_minute = 0;
};
std::optional<SpreadsheetDate> split_spreadsheet_date(std::string_view value);

enum class DateOrder { kUnknown, kDayFirst, kMonthFirst, kYearFirst, kAmbiguous, kMixed };

class DateOrderSampler {
 public:
  // Looks at one cell and the line it is on.
  void add(std::string_view value, std::uint64_t line);
  // True once more cells cannot change the answer (a decisive value seen).
  bool decided() const { return day_first_line_ != 0 && month_first_line_ != 0; }
  DateOrder order() const;
  // The strptime pattern of the first value seen with `order`, e.g.
  // "%d-%m-%Y %H:%M"; for kAmbiguous / kMixed the day-first one.
  std::string pattern(DateOrder order) const;
  // The line and text of the value that decided it (or the first value).
  std::uint64_t evidence_line() const;
  const std::string& evidence() const;
  std::uint64_t first_line() const { return first_line_; }
  const std::string& first_value() const { return first_value_; }

 private:
  std::optional<SpreadsheetDate> shape_;  // the first value seen
  std::uint64_t first_line_ = 0;
  std::string first_value_;
  bool year_first_ = false;
  bool order_matters_ = false;            // some value has N1 != N2
  std::uint64_t day_first_line_ = 0;      // a value with N1 > 12
  std::uint64_t month_first_line_ = 0;    // a value with N2 > 12
  std::string day_first_value_, month_first_value_;
};

// The value in ISO 8601 ("2021-12-31 23:59:00", or "2021-12-31" without a
// time) read with `order` (kDayFirst, kMonthFirst or kYearFirst); nullopt
// when it has not the spreadsheet shape or the order is not one of those.
std::optional<std::string> spreadsheet_date_to_iso(std::string_view value, DateOrder order);

}  // namespace lisan::indexer
