#include "query/network/network_build.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace lisan::query::network {
namespace {

std::uint64_t pair_key(std::uint32_t a, std::uint32_t b) {
  if (a > b) std::swap(a, b);
  return (static_cast<std::uint64_t>(a) << 32) | b;
}

struct Tally {
  std::uint32_t weight = 0, actions_a = 0, actions_b = 0;
  std::int64_t first = 0, last = 0;
};

// One co-acting action: the pair and the index of one of its actions.
struct PairAction {
  std::uint64_t key;
  std::uint32_t action;
  bool operator<(const PairAction& o) const { return key != o.key ? key < o.key : action < o.action; }
  bool operator==(const PairAction& o) const { return key == o.key && action == o.action; }
};

// Calls on_pair(key, actions of that pair) for every pair of accounts that
// co-acted on each item, one item at a time (`scratch` is reused).
template <typename OnItemPair>
void for_each_item_pair(const std::vector<Action>& actions, std::int64_t window, OnItemPair on_pair) {
  std::vector<PairAction> scratch;
  for (std::size_t s = 0; s < actions.size();) {
    std::size_t e = s;
    while (e < actions.size() && actions[e].item == actions[s].item) ++e;
    scratch.clear();
    for (std::size_t i = s; i < e; ++i)
      for (std::size_t j = i + 1; j < e && actions[j].time - actions[i].time <= window; ++j) {
        if (actions[i].account == actions[j].account) continue;
        const std::uint64_t key = pair_key(actions[i].account, actions[j].account);
        scratch.push_back({key, static_cast<std::uint32_t>(i)});
        scratch.push_back({key, static_cast<std::uint32_t>(j)});
      }
    std::sort(scratch.begin(), scratch.end());
    scratch.erase(std::unique(scratch.begin(), scratch.end()), scratch.end());
    for (std::size_t p = 0; p < scratch.size();) {
      std::size_t q = p;
      while (q < scratch.size() && scratch[q].key == scratch[p].key) ++q;
      on_pair(scratch[p].key, actions[s].item, scratch.data() + p, scratch.data() + q);  // q may be size()
      p = q;
    }
    s = e;
  }
}

}  // namespace

double Edge::symmetry() const {
  const std::uint32_t hi = std::max(actions_a, actions_b);
  return hi == 0 ? 0.0 : static_cast<double>(std::min(actions_a, actions_b)) / hi;
}

void sort_actions(std::vector<Action>& actions) {
  std::sort(actions.begin(), actions.end(), [](const Action& x, const Action& y) {
    if (x.item != y.item) return x.item < y.item;
    if (x.time != y.time) return x.time < y.time;
    return x.account < y.account;
  });
}

Network build_network(ActionTable& table, const NetworkParams& params) {
  sort_actions(table.mutable_actions());
  WindowChoice window;
  if (params.window > 0) window.seconds = params.window;
  else window = estimate_window(table.actions());
  return build_network_sorted(table.actions(), window, params);
}

Network build_network_sorted(const std::vector<Action>& actions, const WindowChoice& window,
                             const NetworkParams& params) {
  Network net;
  net.window = window;
  net.min_repeats = params.min_repeats;
  net.edge_percentile = params.edge_percentile;

  // Pass 1: one tally per candidate edge.
  std::unordered_map<std::uint64_t, Tally> tallies;
  for_each_item_pair(actions, window.seconds,
                     [&](std::uint64_t key, std::uint32_t, const PairAction* begin, const PairAction* end) {
                       Tally& t = tallies[key];
                       const auto a = static_cast<std::uint32_t>(key >> 32);
                       const std::int64_t first = actions[begin->action].time;
                       const std::int64_t last = actions[(end - 1)->action].time;
                       if (t.weight == 0 || first < t.first) t.first = first;
                       if (t.weight == 0 || last > t.last) t.last = last;
                       ++t.weight;
                       for (const PairAction* p = begin; p != end; ++p)
                         ++(actions[p->action].account == a ? t.actions_a : t.actions_b);
                     });
  net.candidate_edges = tallies.size();

  if (!tallies.empty() && params.edge_percentile > 0) {
    std::vector<std::uint32_t> weights;
    weights.reserve(tallies.size());
    for (const auto& [key, t] : tallies) weights.push_back(t.weight);
    const auto rank = static_cast<std::size_t>(std::floor(params.edge_percentile / 100.0 * (weights.size() - 1)));
    std::nth_element(weights.begin(), weights.begin() + static_cast<std::ptrdiff_t>(rank), weights.end());
    net.percentile_weight = weights[rank];
  }
  net.threshold = std::max(params.min_repeats, net.percentile_weight);

  std::unordered_map<std::uint64_t, std::size_t> kept;  // key -> index in net.edges
  for (const auto& [key, t] : tallies) {
    if (t.weight < net.threshold) continue;
    Edge e;
    e.a = static_cast<std::uint32_t>(key >> 32);
    e.b = static_cast<std::uint32_t>(key & 0xffffffffu);
    e.weight = t.weight;
    e.actions_a = t.actions_a;
    e.actions_b = t.actions_b;
    e.first = t.first;
    e.last = t.last;
    kept.emplace(key, net.edges.size());
    net.edges.push_back(std::move(e));
  }
  tallies.clear();

  // Pass 2: the item ids of the kept edges only.
  if (!kept.empty())
    for_each_item_pair(actions, window.seconds,
                       [&](std::uint64_t key, std::uint32_t item, const PairAction*, const PairAction*) {
                         const auto it = kept.find(key);
                         if (it == kept.end()) return;
                         std::vector<std::uint32_t>& items = net.edges[it->second].items;
                         if (items.size() < kMaxItemsPerEdge) items.push_back(item);
                       });
  std::sort(net.edges.begin(), net.edges.end(), [](const Edge& x, const Edge& y) {
    if (x.weight != y.weight) return x.weight > y.weight;
    return x.a != y.a ? x.a < y.a : x.b < y.b;
  });
  return net;
}

}  // namespace lisan::query::network
