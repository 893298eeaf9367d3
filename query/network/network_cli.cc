#include "query/network/network_cli.h"

#include <fmt/format.h>

#include "lisan/core/error.h"
#include "query/network/network_printers.h"

namespace lisan::query::network {

void add_network_options(CLI::App& app, NetworkCliOptions& o) {
  app.add_option("--network", o.kind, std::string("Coordination network of the matches' accounts: ") + network_kinds() +
                                          " (text summary; --format csv: edge list)");
  app.add_option("--window", o.window, "--network: accounts acting on one item at most this far apart are linked "
                                       "(30s, 5m, 2h; default: from the data)");
  o.min_repeats_option = app.add_option("--min-repeats", o.min_repeats,
                                        "--network: an edge needs this many distinct items co-posted")
                             ->capture_default_str();
  o.percentile_option = app.add_option("--edge-percentile", o.edge_percentile,
                                       "--network: keep edges whose weight is at least this percentile (0-100) of "
                                       "all co-posting pairs")
                            ->capture_default_str();
  o.seed_option = app.add_option("--seed", o.seed, "--network: seed of the control's timestamp shuffle")
                      ->capture_default_str();
  app.add_option("--graph", o.graph_path, "--network: also write the network to FILE.graphml or FILE.gexf (Gephi)");
}

NetworkOptions check_network_options(const NetworkCliOptions& o) {
  if (o.kind.empty()) {
    const std::pair<bool, const char*> given[] = {{!o.window.empty(), "--window"},
                                                  {o.min_repeats_option && o.min_repeats_option->count() > 0, "--min-repeats"},
                                                  {o.percentile_option && o.percentile_option->count() > 0, "--edge-percentile"},
                                                  {o.seed_option && o.seed_option->count() > 0, "--seed"},
                                                  {!o.graph_path.empty(), "--graph"}};
    for (const auto& [is, name] : given)
      if (is) throw UsageError(fmt::format("{} shapes a coordination network: use it with --network KIND", name));
    return {};
  }
  NetworkOptions out;
  out.kind = parse_network_kind(o.kind);
  if (!o.window.empty()) out.params.window = parse_window(o.window);
  if (o.min_repeats < 1) throw UsageError("--min-repeats 0: an edge needs at least 1 item; give 1 or more");
  out.params.min_repeats = o.min_repeats;
  if (!(o.edge_percentile >= 0 && o.edge_percentile < 100))
    throw UsageError(fmt::format("--edge-percentile {}: give a number from 0 to below 100", o.edge_percentile));
  out.params.edge_percentile = o.edge_percentile;
  out.seed = o.seed;
  if (!o.graph_path.empty() && graph_format_of(o.graph_path).empty())
    throw UsageError(fmt::format("--graph {}: the file name must end in .graphml or .gexf", o.graph_path));
  return out;
}

}  // namespace lisan::query::network
