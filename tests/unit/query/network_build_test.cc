// Coordination networks (query/network/): which pairs become edges, their
// weight and symmetry, the thresholds, the window from the data, the
// shuffled control, the components.
#include <catch2/catch.hpp>

#include <tuple>

#include "lisan/core/error.h"
#include "query/network/coordination_window.h"
#include "query/network/network_build.h"
#include "query/network/network_components.h"
#include "query/network/shuffled_control.h"

using namespace lisan::query::network;

namespace {

struct Post {
  const char* account;
  const char* item;
  std::int64_t time;
};

ActionTable table_of(std::initializer_list<Post> posts) {
  ActionTable t;
  for (const Post& p : posts) t.add("twitter", p.account, p.item, p.time);
  return t;
}

// "a-b:weight" per edge, heaviest first, names instead of numbers.
std::vector<std::string> edge_names(const ActionTable& t, const Network& n) {
  std::vector<std::string> out;
  for (const Edge& e : n.edges)
    out.push_back(t.accounts()[e.a].name + "-" + t.accounts()[e.b].name + ":" + std::to_string(e.weight));
  return out;
}

NetworkParams window_of(std::int64_t seconds, std::uint32_t min_repeats = 1) {
  NetworkParams p;
  p.window = seconds;
  p.min_repeats = min_repeats;
  return p;
}

}  // namespace

TEST_CASE("network edges: pairs within the window on one item, weight is the number of distinct items", "[network]") {
  using Row = std::tuple<const char*, std::vector<Post>, NetworkParams, std::vector<std::string>>;
  const auto rows = std::vector<Row>{
      {"within the window", {{"a", "u1", 0}, {"b", "u1", 10}}, window_of(10), {"a-b:1"}},
      {"one second beyond the window", {{"a", "u1", 0}, {"b", "u1", 11}}, window_of(10), {}},
      {"different items never link", {{"a", "u1", 0}, {"b", "u2", 0}}, window_of(10), {}},
      {"one account twice is no pair", {{"a", "u1", 0}, {"a", "u1", 1}}, window_of(10), {}},
      {"an item repeated within the window counts once",
       {{"a", "u1", 0}, {"b", "u1", 1}, {"a", "u1", 2}, {"b", "u1", 3}}, window_of(10), {"a-b:1"}},
      {"two items: weight 2", {{"a", "u1", 0}, {"b", "u1", 5}, {"a", "u2", 100}, {"b", "u2", 101}}, window_of(10),
       {"a-b:2"}},
      {"--min-repeats 2 drops the single co-post",
       {{"a", "u1", 0}, {"b", "u1", 5}, {"a", "u2", 100}, {"b", "u2", 101}, {"a", "u3", 0}, {"c", "u3", 1}},
       window_of(10, 2), {"a-b:2"}},
      {"a chain: every pair within the window of each other",
       {{"a", "u1", 0}, {"b", "u1", 6}, {"c", "u1", 12}}, window_of(10), {"a-b:1", "b-c:1"}},
  };
  for (const auto& [name, posts, params, expected] : rows) {
    CAPTURE(name);
    ActionTable t;
    for (const Post& p : posts) t.add("twitter", p.account, p.item, p.time);
    const Network n = build_network(t, params);
    CHECK(edge_names(t, n) == expected);
  }
}

TEST_CASE("network edges keep their items, times and per-side actions", "[network]") {
  ActionTable t = table_of({{"a", "u1", 100}, {"b", "u1", 103}, {"a", "u2", 500}, {"b", "u2", 502}, {"b", "u2", 504}});
  const Network n = build_network(t, window_of(10, 2));
  REQUIRE(n.edges.size() == 1);
  const Edge& e = n.edges[0];
  CHECK(e.weight == 2);
  CHECK(e.items.size() == 2);
  CHECK(e.first == 100);
  CHECK(e.last == 504);
  CHECK(e.actions_a + e.actions_b == 5);
  CHECK(e.symmetry() == Approx(2.0 / 3.0));
}

TEST_CASE("symmetry: a busy account repeating next to a single post scores low", "[network]") {
  ActionTable t = table_of({{"busy", "u1", 0}, {"busy", "u1", 1}, {"busy", "u1", 2}, {"busy", "u1", 3},
                            {"quiet", "u1", 2}});
  const Network n = build_network(t, window_of(10));
  REQUIRE(n.edges.size() == 1);
  CHECK(n.edges[0].symmetry() == Approx(0.25));
}

TEST_CASE("edge percentile raises the threshold to the weight at that percentile", "[network]") {
  // a-b co-post 3 items, c-d 1, e-f 1, g-h 1: weights {3,1,1,1}.
  ActionTable t = table_of({{"a", "1", 0}, {"b", "1", 0}, {"a", "2", 0}, {"b", "2", 0}, {"a", "3", 0}, {"b", "3", 0},
                            {"c", "4", 0}, {"d", "4", 0}, {"e", "5", 0}, {"f", "5", 0}, {"g", "6", 0}, {"h", "6", 0}});
  NetworkParams p = window_of(10);
  p.edge_percentile = 90;
  const Network n = build_network(t, p);
  CHECK(n.candidate_edges == 4);
  CHECK(n.percentile_weight == 1);  // rank floor(0.9 * 3) = 2 of {1,1,1,3}
  p.edge_percentile = 99.9;
  const Network top = build_network(t, p);
  CHECK(top.percentile_weight == 1);
  p.edge_percentile = 0;
  p.min_repeats = 3;
  CHECK(edge_names(t, build_network(t, p)) == std::vector<std::string>{"a-b:3"});
}

TEST_CASE("window from the data: median span of the quickest tenth (by time to half)", "[network]") {
  ActionTable t;
  // 20 items of 2 actions: item i's second action comes 10*(i+1) s after its
  // first. The quickest tenth is items 0 and 1 (10 and 20 s); lower median 10.
  for (int i = 0; i < 20; ++i) {
    const std::string item = "u" + std::to_string(i);
    t.add("twitter", "x", item, 1000 * i);
    t.add("twitter", "y", item, 1000 * i + 10 * (i + 1));
  }
  sort_actions(t.mutable_actions());
  const WindowChoice w = estimate_window(t.actions());
  CHECK(w.from_data);
  CHECK(w.items_repeated == 20);
  CHECK(w.items_quickest == 2);
  CHECK(w.seconds == 10);
  CHECK(w.describe() == "10 s (from the data: median time from first to last action of the 2 quickest of 20 "
                        "repeated items, by time to half their actions)");
  // No item twice: the default, said so.
  const WindowChoice none = estimate_window({});
  CHECK(none.seconds == 60);
  CHECK(none.describe().find("no item was posted twice") != std::string::npos);
}

TEST_CASE("window values given with --window", "[network]") {
  using Row = std::pair<const char*, std::int64_t>;
  for (const auto& [text, seconds] : std::vector<Row>{{"30", 30}, {"30s", 30}, {"5m", 300}, {"5min", 300},
                                                      {"2h", 7200}, {"1d", 86400}}) {
    CAPTURE(text);
    CHECK(parse_window(text) == seconds);
  }
  for (const char* bad : {"", "0", "s", "-5s", "5x", "31d", "1.5h", "9999999999"}) {
    CAPTURE(bad);
    CHECK_THROWS_AS(parse_window(bad), lisan::UsageError);
  }
  CHECK(format_seconds(45) == "45 s");
  CHECK(format_seconds(90) == "1 min 30 s");
  CHECK(format_seconds(7200) == "2 h");
}

TEST_CASE("shuffled control: deterministic, keeps each account's times and items", "[network]") {
  ActionTable t = table_of({{"a", "u1", 1}, {"a", "u2", 2}, {"a", "u3", 3}, {"b", "u1", 10}, {"b", "u4", 20}});
  sort_actions(t.mutable_actions());
  const auto one = shuffle_times_within_accounts(t.actions(), 7);
  const auto two = shuffle_times_within_accounts(t.actions(), 7);
  REQUIRE(one.size() == two.size());
  for (std::size_t i = 0; i < one.size(); ++i) {
    CHECK(one[i].account == two[i].account);
    CHECK(one[i].item == two[i].item);
    CHECK(one[i].time == two[i].time);
  }
  // Per account: the same multiset of times and of items.
  for (std::uint32_t acc = 0; acc < 2; ++acc) {
    std::vector<std::int64_t> before, after;
    std::vector<std::uint32_t> items_before, items_after;
    for (const Action& a : t.actions())
      if (a.account == acc) before.push_back(a.time), items_before.push_back(a.item);
    for (const Action& a : one)
      if (a.account == acc) after.push_back(a.time), items_after.push_back(a.item);
    std::sort(before.begin(), before.end());
    std::sort(after.begin(), after.end());
    std::sort(items_before.begin(), items_before.end());
    std::sort(items_after.begin(), items_after.end());
    CHECK(before == after);
    CHECK(items_before == items_after);
  }
}

TEST_CASE("components: groups largest first with their top items", "[network]") {
  ActionTable t = table_of({{"a", "x", 0}, {"b", "x", 1}, {"c", "x", 2}, {"a", "y", 50}, {"b", "y", 51},
                            {"c", "y", 52}, {"d", "z", 0}, {"e", "z", 1}, {"d", "w", 90}, {"e", "w", 91}});
  const Network n = build_network(t, window_of(5, 2));
  const std::vector<Component> groups = components(n);
  REQUIRE(groups.size() == 2);
  CHECK(groups[0].accounts.size() == 3);
  CHECK(groups[0].edges == 3);
  CHECK(groups[0].weight == 6);
  REQUIRE(groups[0].top_items.size() == 2);
  CHECK(groups[0].top_items[0].second == 3);
  CHECK(groups[0].first == 0);
  CHECK(groups[0].last == 52);
  CHECK(groups[1].accounts.size() == 2);
  const NetworkStats s = network_stats(n);
  CHECK(s.nodes == 5);
  CHECK(s.edges == 4);
  CHECK(s.components == 2);
  CHECK(s.largest == 3);
}
