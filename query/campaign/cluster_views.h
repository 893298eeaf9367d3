// The near-duplicate cluster views of lisan-query (issue 6), each as JSON
// that campaign_render.h prints as text or JSON:
//   collapse_view  --collapse: one hit per cluster, with size and first/last dates
//   cluster_view   `cluster ID`: members in time order, what differs from the first copy
//   storm_view     --group-by cluster: the most repeated messages among the matches
//   spread_view    --spread ID: first appearance, earliest copy per channel/author,
//                  forward chains, counts per day
//
// Thread safety: functions of their arguments (one Database per thread).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "query/campaign/campaign_data.h"

namespace lisan::query::campaign {

struct ViewRequest {
  std::string query;             // query words ("" = every document)
  std::string since, until;      // --since/--until
  std::size_t limit = 10;        // rows shown
  std::size_t offset = 0;
};

nlohmann::json collapse_view(const Xapian::Database& db, const ViewRequest& request);
nlohmann::json cluster_view(const Xapian::Database& db, const std::string& cluster_id);
nlohmann::json storm_view(const Xapian::Database& db, const ViewRequest& request);
// `target`: a cluster id, or a record id (its cluster is used).
nlohmann::json spread_view(const Xapian::Database& db, const std::string& target);

// Word-level differences of `text` from `first`: runs of removed and added
// words, in text order ({"-": "old words"} / {"+": "new words"}); [] when equal.
nlohmann::json word_diff(const std::string& first, const std::string& text);

}  // namespace lisan::query::campaign
