// The connected components of a coordination network (the coordinated
// groups), largest first, each with its accounts, its most co-shared items
// and when the group acted; and the summary figures of a network that the
// text summary and the shuffled control print side by side.
//
// Thread safety: functions of their arguments.
#pragma once

#include <cstdint>
#include <vector>

#include "query/network/action_table.h"
#include "query/network/network_build.h"

namespace lisan::query::network {

struct Component {
  std::vector<std::uint32_t> accounts;  // strongest first (sum of edge weights), ties by id
  std::size_t edges = 0;
  std::uint64_t weight = 0;             // sum of edge weights
  std::vector<std::pair<std::uint32_t, std::size_t>> top_items;  // item, edges listing it; at most 5
  std::int64_t first = 0, last = 0;     // first and last co-acting action
};

// Components of the kept edges: most accounts first, then heaviest.
std::vector<Component> components(const Network& network);

struct NetworkStats {
  std::size_t nodes = 0, edges = 0, components = 0, largest = 0;  // largest: accounts in the biggest component
  std::uint64_t candidate_edges = 0;
  std::uint32_t max_weight = 0;
  double mean_symmetry = 0;
};
NetworkStats network_stats(const Network& network);

// Accounts with at least one kept edge, in id order.
std::vector<std::uint32_t> network_nodes(const Network& network);

}  // namespace lisan::query::network
