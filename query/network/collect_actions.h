// The actions of a query's matches (network/action_table.h): every match is
// read once, in docid order, a page at a time, and only its account, time,
// platform and items are kept, so the memory is the action table's (16
// bytes an action plus each distinct account and item once), not the
// documents'.
//
// Thread safety: one Database per thread.
#pragma once

#include <cstdint>

#include <xapian.h>

#include "query/network/action_table.h"
#include "query/network/network_kind.h"

namespace lisan::query::network {

// What the reading left out, for the summary: a user must know how many
// matches could not take part and why.
struct CollectStats {
  std::uint64_t matches = 0;
  std::uint64_t undated = 0;      // no date: no place in time
  std::uint64_t no_account = 0;   // neither author nor channel
  std::uint64_t no_item = 0;      // nothing of the kind (no URL, no hashtag, ...)
  std::uint64_t actions = 0;
};

// Adds the actions of every document `query` matches to `table`.
CollectStats collect_actions(const Xapian::Database& db, const Xapian::Query& query, NetworkKind kind,
                             ActionTable& table);

}  // namespace lisan::query::network
