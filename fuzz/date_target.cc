// Fuzz target for dates: parse_date() with each assumed zone, the tweet date
// forms, and formatting back whatever was parsed; the first byte picks the
// zone. Then the first 8 bytes as an epoch value through date_from_epoch()
// and the formatters: absurd numbers must give some text or an error, never
// undefined behaviour.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "indexer/readers/twitter/tweet_mapping.h"
#include "lisan/date.h"

namespace {

constexpr std::string_view kZones[] = {"", "UTC", "Europe/Amsterdam", "Asia/Baghdad", "America/New_York",
                                       "Europe/Istanbul", "No/Such_Zone", "Australia/Lord_Howe"};

void format_all(std::int64_t seconds) {
  (void)lisan::format_iso_utc(seconds);
  (void)lisan::format_day(seconds);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view zone = kZones[data[0] % (sizeof kZones / sizeof kZones[0])];
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (const auto parsed = lisan::parse_date(text, zone)) format_all(parsed->utc_seconds);
  if (const auto tweet = lisan::indexer::tweets::parse_tweet_date(text)) format_all(*tweet);
  if (size >= 9) {
    std::int64_t value = 0;
    std::memcpy(&value, data + 1, sizeof value);
    format_all(lisan::date_from_epoch(value).utc_seconds);
  }
  return 0;
}
