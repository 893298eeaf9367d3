// The --network options of lisan-query (issue 20): query_cli.cc registers
// them with add_network_options(), checks them with check_network_options()
// and hands a --network run to run_network_view(); the rest lives here and
// in the other files of query/network/.
//
// Thread safety: one NetworkCliOptions per command line.
#pragma once

#include <string>

#include <CLI/CLI.hpp>

#include "query/network/network_run.h"
#include "query/query_plan.h"

namespace lisan::query::network {

struct NetworkCliOptions {
  std::string kind;        // --network KIND ("" = not asked for)
  std::string window;      // --window 30s ("" = from the data)
  std::uint32_t min_repeats = 2;
  double edge_percentile = 0;
  std::uint64_t seed = 20;
  std::string graph_path;  // --graph FILE.graphml|FILE.gexf
  CLI::Option* min_repeats_option = nullptr;
  CLI::Option* percentile_option = nullptr;
  CLI::Option* seed_option = nullptr;
};

void add_network_options(CLI::App& app, NetworkCliOptions& options);

// Throws UsageError for a bad kind, window, threshold or graph file name,
// and for a network option given without --network.
NetworkOptions check_network_options(const NetworkCliOptions& options);

}  // namespace lisan::query::network
