// The chance baseline of a network: the same actions with each account's
// timestamps shuffled among its own actions (every account keeps its items
// and its activity times, but which item it posted when is random), built
// with the same window and thresholds. What the real network has beyond
// the control is coordination that chance alone does not give.
//
// Deterministic for a seed: the shuffle is Fisher-Yates over splitmix64,
// not std::shuffle (whose draws differ between standard libraries).
//
// Thread safety: functions of their arguments.
#pragma once

#include <cstdint>
#include <vector>

#include "query/network/action_table.h"

namespace lisan::query::network {

// `actions` with each account's times permuted among its actions, sorted
// again by (item, time, account).
std::vector<Action> shuffle_times_within_accounts(std::vector<Action> actions, std::uint64_t seed);

}  // namespace lisan::query::network
