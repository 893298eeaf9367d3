// The text summary, JSON and CSV edge list of a coordination network
// (network_printers.h).
#include <fmt/format.h>

#include "lisan/core/utf8.h"
#include "lisan/date.h"
#include "query/network/network_printers.h"

namespace lisan::query::network {
namespace {

using nlohmann::json;

// Groups and edges listed in the text summary and JSON (the graph files and
// the CSV have them all).
constexpr std::size_t kGroupsShown = 10;
constexpr std::size_t kAccountsShown = 12;

std::string safe(const std::string& s) { return utf8::terminal_safe(s); }

json stats_json(const NetworkStats& s) {
  return {{"nodes", s.nodes},         {"edges", s.edges},
          {"components", s.components}, {"largest_component", s.largest},
          {"candidate_edges", s.candidate_edges}, {"max_weight", s.max_weight},
          {"mean_symmetry", s.mean_symmetry}};
}

std::string used_line(const NetworkResult& r) {
  std::string percentile =
      r.network.edge_percentile > 0
          ? fmt::format(", --edge-percentile {} (weight {} among {} candidate edges)", r.network.edge_percentile,
                        r.network.percentile_weight, r.network.candidate_edges)
          : "";
  return fmt::format("edges kept: weight (distinct items co-posted) >= {} (--min-repeats {}{})", r.network.threshold,
                     r.network.min_repeats, percentile);
}

}  // namespace

json network_json(const NetworkResult& r) {
  const CollectStats& c = r.collected;
  json out = {{"view", "network"},
              {"kind", network_kind_name(r.options.kind)},
              {"query", r.query},
              {"index", r.index_id},
              {"run_at", r.run_at},
              {"window_seconds", r.network.window.seconds},
              {"window", r.network.window.describe()},
              {"window_from_data", r.network.window.from_data},
              {"min_repeats", r.network.min_repeats},
              {"edge_percentile", r.network.edge_percentile},
              {"percentile_weight", r.network.percentile_weight},
              {"min_weight", r.network.threshold},
              {"matches", c.matches},
              {"actions", c.actions},
              {"left_out", {{"undated", c.undated}, {"no_account", c.no_account}, {"no_item", c.no_item}}},
              {"accounts", r.table.accounts().size()},
              {"items", r.table.items().size()},
              {"network", stats_json(r.stats)}};
  if (r.control) out["control"] = stats_json(*r.control), out["control_seed"] = r.options.seed;
  else out["control"] = nullptr;
  json groups = json::array();
  for (std::size_t g = 0; g < r.groups.size() && g < kGroupsShown; ++g) {
    const Component& c2 = r.groups[g];
    json accounts = json::array(), items = json::array();
    for (std::uint32_t a : c2.accounts) accounts.push_back(r.table.node_id(a));
    for (const auto& [item, n] : c2.top_items) items.push_back({{"item", r.table.items()[item]}, {"edges", n}});
    groups.push_back({{"accounts", std::move(accounts)}, {"edges", c2.edges}, {"weight", c2.weight},
                      {"top_items", std::move(items)}, {"first", format_iso_utc(c2.first)},
                      {"last", format_iso_utc(c2.last)}});
  }
  out["groups"] = std::move(groups);
  return out;
}

std::string network_text(const NetworkResult& r) {
  const CollectStats& c = r.collected;
  std::string out = fmt::format("Coordination network ({}) of {}\n", network_kind_name(r.options.kind),
                                r.query.empty() ? std::string("the whole index") : "'" + safe(r.query) + "'");
  out += fmt::format("matches: {} ({} actions by {} accounts on {} items); left out: {} undated, {} without author "
                     "or channel, {} without {}\n",
                     c.matches, c.actions, r.table.accounts().size(), r.table.items().size(), c.undated, c.no_account,
                     c.no_item, item_noun(r.options.kind));
  out += "window: " + r.network.window.describe() + "\n";
  out += used_line(r) + "\n\n";
  out += fmt::format("{:<22} {:>10} {:>10}\n", "", "network", r.control ? "control" : "");
  const auto row = [&](const char* name, auto real, auto control) {
    out += fmt::format("{:<22} {:>10} {:>10}\n", name, real, r.control ? fmt::format("{}", control) : "");
  };
  const NetworkStats k = r.control.value_or(NetworkStats{});
  row("accounts", r.stats.nodes, k.nodes);
  row("edges", r.stats.edges, k.edges);
  row("groups (components)", r.stats.components, k.components);
  row("largest group", r.stats.largest, k.largest);
  row("heaviest edge", r.stats.max_weight, k.max_weight);
  row("candidate pairs", r.stats.candidate_edges, k.candidate_edges);
  row("mean symmetry", fmt::format("{:.2f}", r.stats.mean_symmetry), fmt::format("{:.2f}", k.mean_symmetry));
  if (r.control)
    out += fmt::format("(control: each account's times shuffled among its own actions, --seed {}, same window "
                       "and thresholds)\n",
                       r.options.seed);
  for (std::size_t g = 0; g < r.groups.size() && g < kGroupsShown; ++g) {
    const Component& grp = r.groups[g];
    out += fmt::format("\ngroup {}: {} accounts, {} edges, weight {}, {} .. {}\n", g + 1, grp.accounts.size(),
                       grp.edges, grp.weight, format_iso_utc(grp.first), format_iso_utc(grp.last));
    std::string names;
    for (std::size_t i = 0; i < grp.accounts.size() && i < kAccountsShown; ++i)
      names += (i ? ", " : "") + safe(r.table.node_id(grp.accounts[i]));
    if (grp.accounts.size() > kAccountsShown) names += fmt::format(", … {} more", grp.accounts.size() - kAccountsShown);
    out += "  accounts: " + names + "\n";
    for (const auto& [item, n] : grp.top_items)
      out += fmt::format("  item: {} ({} edges)\n", safe(r.table.items()[item]), n);
  }
  if (r.groups.size() > kGroupsShown)
    out += fmt::format("\n… {} more groups (every edge: --format csv or --graph FILE.graphml)\n",
                       r.groups.size() - kGroupsShown);
  if (r.groups.empty()) out += "\nno coordinated accounts at these settings\n";
  return out;
}

std::string network_csv(const NetworkResult& r, CsvCells cells) {
  std::string out = csv_record({"source", "target", "source_platform", "target_platform", "weight", "item_count",
                                "actions_source", "actions_target", "symmetry", "first", "last", "items"},
                               cells);
  for (const Edge& e : r.network.edges) {
    const Account& a = r.table.accounts()[e.a];
    const Account& b = r.table.accounts()[e.b];
    out += csv_record({r.table.node_id(e.a), r.table.node_id(e.b), a.platform, b.platform, std::to_string(e.weight), std::to_string(e.weight),
                       std::to_string(e.actions_a), std::to_string(e.actions_b), fmt::format("{:.3f}", e.symmetry()),
                       format_iso_utc(e.first), format_iso_utc(e.last), edge_items(r, e)},
                      cells);
  }
  return out;
}

}  // namespace lisan::query::network
