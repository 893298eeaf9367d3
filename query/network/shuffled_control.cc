#include "query/network/shuffled_control.h"

#include <algorithm>

#include "lisan/core/splitmix64.h"
#include "query/network/network_build.h"

namespace lisan::query::network {

std::vector<Action> shuffle_times_within_accounts(std::vector<Action> actions, std::uint64_t seed) {
  // Each account's actions together (stable, so the order is the input's).
  std::vector<std::uint32_t> order(actions.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::uint32_t>(i);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::uint32_t x, std::uint32_t y) { return actions[x].account < actions[y].account; });
  SplitMix64 rng(seed);
  std::vector<std::int64_t> times;
  for (std::size_t s = 0; s < order.size();) {
    std::size_t e = s;
    while (e < order.size() && actions[order[e]].account == actions[order[s]].account) ++e;
    times.clear();
    for (std::size_t i = s; i < e; ++i) times.push_back(actions[order[i]].time);
    for (std::size_t i = times.size(); i > 1; --i) std::swap(times[i - 1], times[rng.next() % i]);
    for (std::size_t i = s; i < e; ++i) actions[order[i]].time = times[i - s];
    s = e;
  }
  sort_actions(actions);
  return actions;
}

}  // namespace lisan::query::network
