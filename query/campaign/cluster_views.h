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
#include "query/query_plan.h"

namespace lisan::query::campaign {

// Every view reads the documents the plan matches (an empty query = every
// document) and shows plan.options.limit rows from plan.options.offset.
nlohmann::json collapse_view(const Xapian::Database& db, const QueryPlan& plan);
// The members of the cluster that match the plan (--lang, --since/--until,
// query words); the cluster must exist (cluster_members without a filter).
nlohmann::json cluster_view(const Xapian::Database& db, const std::string& cluster_id, const QueryPlan& plan);
nlohmann::json storm_view(const Xapian::Database& db, const QueryPlan& plan);
// `target`: a cluster id, or a record id (its cluster is used); its members
// that match the plan.
nlohmann::json spread_view(const Xapian::Database& db, const std::string& target, const QueryPlan& plan);

// Word-level differences of `text` from `first`: runs of removed and added
// words, in text order ({"-": "old words"} / {"+": "new words"}); [] when equal.
nlohmann::json word_diff(const std::string& first, const std::string& text);

}  // namespace lisan::query::campaign
