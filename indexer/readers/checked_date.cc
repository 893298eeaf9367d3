#include "indexer/readers/checked_date.h"

#include <charconv>

#include <fmt/format.h>

#include "lisan/date.h"

namespace lisan::indexer {
std::string date_range_error(std::int64_t utc_seconds, std::string_view field) {
  if (in_date_range(utc_seconds)) return {};
  return fmt::format("{} out of range: {} seconds from 1970 is outside the years 0001-9999", field, utc_seconds);
}

Result<std::int64_t> checked_epoch(std::string_view text, EpochUnit unit, std::string_view field) {
  using R = Result<std::int64_t>;
  const std::string_view digits = text.substr(!text.empty() && text.front() == '-' ? 1 : 0);
  if (digits.empty() || digits.find_first_not_of("0123456789") != std::string_view::npos)
    return R::failure(fmt::format("{} '{}' is not a whole number of {}", field, text,
                                  unit == EpochUnit::kMilliseconds ? "milliseconds" : "seconds"));
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size())
    return R::failure(fmt::format("{} '{}' does not fit in 64 bits", field, text));
  constexpr std::int64_t kMillisAbove = 100000000000LL;  // as lisan/date.h
  const bool millis =
      unit == EpochUnit::kMilliseconds || (unit == EpochUnit::kAuto && (value > kMillisAbove || value < -kMillisAbove));
  const std::int64_t seconds = millis ? value / 1000 : value;
  if (std::string why = date_range_error(seconds, field); !why.empty()) return R::failure(fmt::format("{} ('{}')", why, text));
  return seconds;
}

Result<std::int64_t> checked_epoch_value(const nlohmann::json& value, EpochUnit unit, std::string_view field) {
  if (value.is_string()) return checked_epoch(value.get_ref<const std::string&>(), unit, field);
  if (value.is_number_integer()) return checked_epoch(value.dump(), unit, field);  // exact, signed or not
  return Result<std::int64_t>::failure(
      fmt::format("{} must be a whole number or a string of digits, not {}", field, value.type_name()));
}

}  // namespace lisan::indexer
