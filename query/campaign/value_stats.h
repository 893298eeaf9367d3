// Value statistics over a query's matches for campaign analysis (issue 6):
//   top_view      --top hashtag|mention|domain|author|channel: most frequent values
//   cooccur_view  --cooccur hashtag: which hashtags travel together (pairs)
//   day_matrix_csv --matrix hashtag: matches per day (rows) per top hashtag
//                  (columns), RFC 4180 CSV ready for plotting
// Hashtags, mentions and domains come from their multi-valued facet slots
// (schema::kHashtagsSlot ...; one count per document per key, shown in the
// commonest spelling); author and channel from their value slots.
//
// Thread safety: functions of their arguments.
#pragma once

#include <string>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "query/campaign/cluster_views.h"

namespace lisan::query::campaign {

// Fields --top accepts; throws UsageError for another.
Xapian::valueno top_field_slot(const std::string& field);

nlohmann::json top_view(const Xapian::Database& db, const ViewRequest& request, const std::string& field);
nlohmann::json cooccur_view(const Xapian::Database& db, const ViewRequest& request, const std::string& field);
// Columns: the `request.limit` commonest values of `field`; every day from the
// first to the last match is a row (zeros included, so plots keep time).
std::string day_matrix_csv(const Xapian::Database& db, const ViewRequest& request, const std::string& field);

}  // namespace lisan::query::campaign
