// Checked dates for the readers: epoch numbers read from hostile files, and
// the one range every stored date must lie in. lisan/date.h converts epochs
// without checks (std::stoll throws past 19 digits; a uint64 read as int64
// wraps to 1969; 9e15 seconds is the year 285 million, which nothing can
// print), so the readers go through these instead and reject what does not
// fit, with the value and the reason.
//
// Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "lisan/core/result.h"

namespace lisan::indexer {

// "" when `utc_seconds` lies in the years 0001..9999 (what ISO 8601 and the
// index's date values can hold), else why not, naming `field`.
std::string date_range_error(std::int64_t utc_seconds, std::string_view field = "date");

enum class EpochUnit {
  kSeconds,       // Telegram date_unixtime
  kMilliseconds,  // twitter timestamp_ms
  kAuto,          // as lisan/date.h: milliseconds when above 1e11
};

// Epoch text ("1634911391", "-86400") as UTC seconds; fails on anything but
// an optional '-' and digits, on a value beyond 64 bits, and on a date
// outside 0001..9999. The message names `field` and quotes the value.
Result<std::int64_t> checked_epoch(std::string_view text, EpochUnit unit, std::string_view field);
// The same from a JSON integer or string (a float or other type fails).
Result<std::int64_t> checked_epoch_value(const nlohmann::json& value, EpochUnit unit, std::string_view field);

}  // namespace lisan::indexer
