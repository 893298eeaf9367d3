#include "query/network/shuffled_control.h"

#include <algorithm>

#include "query/network/network_build.h"

namespace lisan::query::network {
namespace {

std::uint64_t splitmix64(std::uint64_t& state) {
  std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

}  // namespace

std::vector<Action> shuffle_times_within_accounts(std::vector<Action> actions, std::uint64_t seed) {
  // Each account's actions together (stable, so the order is the input's).
  std::vector<std::uint32_t> order(actions.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::uint32_t>(i);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::uint32_t x, std::uint32_t y) { return actions[x].account < actions[y].account; });
  std::uint64_t state = seed;
  std::vector<std::int64_t> times;
  for (std::size_t s = 0; s < order.size();) {
    std::size_t e = s;
    while (e < order.size() && actions[order[e]].account == actions[order[s]].account) ++e;
    times.clear();
    for (std::size_t i = s; i < e; ++i) times.push_back(actions[order[i]].time);
    for (std::size_t i = times.size(); i > 1; --i) std::swap(times[i - 1], times[splitmix64(state) % i]);
    for (std::size_t i = s; i < e; ++i) actions[order[i]].time = times[i - s];
    s = e;
  }
  sort_actions(actions);
  return actions;
}

}  // namespace lisan::query::network
