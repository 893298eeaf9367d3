#include "query/network/network_run.h"

#include <ctime>

#include "lisan/date.h"
#include "lisan/store/index_store.h"
#include "query/network/shuffled_control.h"

namespace lisan::query::network {

void build_result(NetworkResult& r) {
  r.network = build_network(r.table, r.options.params);
  r.groups = components(r.network);
  r.stats = network_stats(r.network);
  if (r.options.control) {
    // The control keeps the real data's window: the question is what the
    // same rule finds when the timing carries no coordination.
    const std::vector<Action> shuffled = shuffle_times_within_accounts(r.table.actions(), r.options.seed);
    r.control = network_stats(build_network_sorted(shuffled, r.network.window, r.options.params));
  }
}

NetworkResult run_network(const Xapian::Database& db, const Xapian::Query& query, const std::string& query_text,
                          const NetworkOptions& options) {
  NetworkResult r;
  r.query = query_text;
  r.options = options;
  r.index_id = store::read_info(db).manifest_id();
  r.run_at = format_iso_utc(static_cast<std::int64_t>(std::time(nullptr)));
  r.collected = collect_actions(db, query, options.kind, r.table);
  build_result(r);
  return r;
}

}  // namespace lisan::query::network
