// One --network run: the plan's matches read as actions, the network built
// with the window and thresholds, its groups, and the shuffled control, in
// one NetworkResult that every network printer (network_printers.h) and the
// web API (/api/network) render.
//
// Thread safety: one Database per thread.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "query/network/action_table.h"
#include "query/network/collect_actions.h"
#include "query/network/network_build.h"
#include "query/network/network_components.h"
#include "query/network/network_kind.h"

namespace lisan::query::network {

struct NetworkOptions {
  NetworkKind kind = NetworkKind::kLink;
  NetworkParams params;
  bool control = true;                // also build the shuffled control
  std::uint64_t seed = 20;            // --seed of the control's shuffle
};

struct NetworkResult {
  std::string query;        // as typed
  std::string index_id;     // manifest id of the index state read
  std::string run_at;       // ISO UTC
  NetworkOptions options;
  CollectStats collected;
  ActionTable table;
  Network network;
  std::vector<Component> groups;
  NetworkStats stats;
  std::optional<NetworkStats> control;  // the same built on shuffled times
};

// Builds the network of the actions already in `result.table` (the
// in-process benchmark and the tests fill the table themselves).
void build_result(NetworkResult& result);

// Reads the matches of `query` on `db` and builds everything.
NetworkResult run_network(const Xapian::Database& db, const Xapian::Query& query, const std::string& query_text,
                          const NetworkOptions& options);

}  // namespace lisan::query::network
