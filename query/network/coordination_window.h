// The time window of a coordination network, from the data in the manner of
// CooRnet's "coordination interval" (Giglietto et al. 2020): for every item
// shared at least twice, the time from its first action until half of its
// actions had happened (at least until the second); the quickest 10% of
// items are the ones a coordinated group pushes. CooRnet takes the median of
// those times; lisan the median of the same items' whole spans (first to
// last action), which covers a burst rather than half of it
// (coordination_window.cc says what that changed). Busy accounts that share a popular link hours apart
// make slow items, which do not move the quickest tenth.
//
// Thread safety: functions of their arguments.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "query/network/action_table.h"

namespace lisan::query::network {

struct WindowChoice {
  std::int64_t seconds = 0;
  bool from_data = false;       // estimated (else given with --window)
  std::uint64_t items_repeated = 0;  // items with >= 2 actions (the estimate's sample)
  std::uint64_t items_quickest = 0;  // the quickest tenth whose median is the window
  std::string describe() const;      // "12 s (from the data: median time to half the actions of the 40 quickest of 400 repeated items)"
};

// The estimate over `actions` sorted by (item, time). With no repeated item
// the window is 60 s (and items_repeated 0 says so).
WindowChoice estimate_window(const std::vector<Action>& sorted_actions);

// "30s", "5m", "2h", "1d" or plain seconds ("45"); throws UsageError naming
// --window otherwise (and for 0 or more than 30 days).
std::int64_t parse_window(const std::string& text);

// 45 -> "45 s", 90 -> "1 min 30 s", 7200 -> "2 h".
std::string format_seconds(std::int64_t seconds);

}  // namespace lisan::query::network
