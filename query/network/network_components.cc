#include "query/network/network_components.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <unordered_map>

namespace lisan::query::network {
namespace {

struct UnionFind {
  std::unordered_map<std::uint32_t, std::uint32_t> parent;
  std::uint32_t find(std::uint32_t x) {
    parent.try_emplace(x, x);
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];  // path halving
      x = parent[x];
    }
    return x;
  }
  void join(std::uint32_t a, std::uint32_t b) {
    a = find(a), b = find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

}  // namespace

std::vector<std::uint32_t> network_nodes(const Network& network) {
  std::vector<std::uint32_t> nodes;
  for (const Edge& e : network.edges) {
    nodes.push_back(e.a);
    nodes.push_back(e.b);
  }
  std::sort(nodes.begin(), nodes.end());
  nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
  return nodes;
}

std::vector<Component> components(const Network& network) {
  UnionFind uf;
  for (const Edge& e : network.edges) uf.join(e.a, e.b);
  std::unordered_map<std::uint32_t, std::size_t> index;  // root -> component
  std::vector<Component> out;
  std::vector<std::map<std::uint32_t, std::size_t>> items;
  std::unordered_map<std::uint32_t, std::uint64_t> strength;
  for (const Edge& e : network.edges) {
    const auto [it, fresh] = index.try_emplace(uf.find(e.a), out.size());
    if (fresh) {
      out.emplace_back();
      out.back().first = e.first;
      out.back().last = e.last;
      items.emplace_back();
    }
    Component& c = out[it->second];
    ++c.edges;
    c.weight += e.weight;
    c.first = std::min(c.first, e.first);
    c.last = std::max(c.last, e.last);
    for (std::uint32_t item : e.items) ++items[it->second][item];
    strength[e.a] += e.weight;
    strength[e.b] += e.weight;
  }
  for (std::uint32_t node : network_nodes(network)) out[index.at(uf.find(node))].accounts.push_back(node);
  for (std::size_t i = 0; i < out.size(); ++i) {
    Component& c = out[i];
    std::stable_sort(c.accounts.begin(), c.accounts.end(),
                     [&](std::uint32_t x, std::uint32_t y) { return strength[x] > strength[y]; });
    std::vector<std::pair<std::uint32_t, std::size_t>> ranked(items[i].begin(), items[i].end());
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& x, const auto& y) { return x.second > y.second; });
    if (ranked.size() > 5) ranked.resize(5);
    c.top_items = std::move(ranked);
  }
  std::stable_sort(out.begin(), out.end(), [](const Component& x, const Component& y) {
    if (x.accounts.size() != y.accounts.size()) return x.accounts.size() > y.accounts.size();
    if (x.weight != y.weight) return x.weight > y.weight;
    return x.accounts.front() < y.accounts.front();
  });
  return out;
}

NetworkStats network_stats(const Network& network) {
  NetworkStats s;
  s.edges = network.edges.size();
  s.nodes = network_nodes(network).size();
  s.candidate_edges = network.candidate_edges;
  double symmetry = 0;
  for (const Edge& e : network.edges) {
    s.max_weight = std::max(s.max_weight, e.weight);
    symmetry += e.symmetry();
  }
  s.mean_symmetry = s.edges ? symmetry / static_cast<double>(s.edges) : 0;
  const std::vector<Component> groups = components(network);
  s.components = groups.size();
  s.largest = groups.empty() ? 0 : groups.front().accounts.size();
  return s;
}

}  // namespace lisan::query::network
