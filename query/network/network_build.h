// Building a coordination network from an ActionTable: bucket the actions
// by item, then by time; within an item, every two accounts whose actions
// are at most the window apart co-acted on it. An edge's weight is the
// number of distinct items the two co-acted on; edges below --min-repeats,
// or below the --edge-percentile of all candidate edges' weights, are
// dropped (CooRnet, CooRTweet).
//
// Cost: one sort of the actions (n log n) plus the co-acting pairs, which
// are bounded by the actions within one window of each other on one item:
// near-linear when items are not posted by thousands of accounts within
// one window. Memory: the actions, one tally per candidate edge, and item
// ids only for the kept edges (a second pass collects them).
//
// Thread safety: functions of their arguments.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "query/network/action_table.h"
#include "query/network/coordination_window.h"

namespace lisan::query::network {

struct NetworkParams {
  std::int64_t window = 0;         // seconds; 0 = from the data (estimate_window)
  std::uint32_t min_repeats = 2;   // an edge needs at least this many distinct items
  double edge_percentile = 0;      // keep edges whose weight is at least this percentile (0..100)
};

// Item ids kept per edge in graph files; the weight counts them all.
constexpr std::size_t kMaxItemsPerEdge = 50;

struct Edge {
  std::uint32_t a = 0, b = 0;       // accounts, a < b
  std::uint32_t weight = 0;         // distinct items co-acted on
  std::uint32_t actions_a = 0;      // a's actions that fell within the window of one of b's
  std::uint32_t actions_b = 0;
  std::int64_t first = 0, last = 0;  // times of the first and last co-acting action
  std::vector<std::uint32_t> items;  // the first kMaxItemsPerEdge items, in item order
  // How evenly the two accounts contribute (CooRTweet's edge symmetry):
  // min/max of their co-acting actions, 1 = even. A busy account that
  // repeats an item many times next to another's single post scores low.
  double symmetry() const;
};

struct Network {
  WindowChoice window;
  std::uint32_t min_repeats = 2;
  double edge_percentile = 0;
  std::uint32_t percentile_weight = 0;  // weight at the percentile among candidate edges
  std::uint32_t threshold = 0;          // kept: weight >= max(min_repeats, percentile_weight)
  std::uint64_t candidate_edges = 0;    // pairs that co-acted at least once
  std::vector<Edge> edges;              // heaviest first; ties by accounts
};

// Sorts the table's actions by (item, time, account) and builds the network.
Network build_network(ActionTable& table, const NetworkParams& params);

// The same on actions already sorted by (item, time, account) with a given
// window (the shuffled control keeps the real data's window).
Network build_network_sorted(const std::vector<Action>& sorted, const WindowChoice& window,
                             const NetworkParams& params);

void sort_actions(std::vector<Action>& actions);

}  // namespace lisan::query::network
