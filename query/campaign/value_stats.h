// Value statistics over a query's matches for campaign analysis (issue 6):
//   top_view      --top hashtag|mention|domain|author|channel: most frequent values
//   cooccur_view  --cooccur hashtag: which hashtags travel together (pairs)
//   day_matrix     --matrix hashtag: matches per day (rows) per top hashtag
//                  (columns) as a DayMatrix; day_matrix_csv prints it as
//                  RFC 4180 CSV, matrix_plot.h draws it as an SVG chart
// Hashtags, mentions and domains come from their multi-valued facet slots
// (schema::kHashtagsSlot ...; one count per document per key, shown in the
// commonest spelling); author and channel from their value slots.
//
// Thread safety: functions of their arguments.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "query/campaign/cluster_views.h"
#include "query/timeline.h"

namespace lisan::query::campaign {

// Fields --top accepts; throws UsageError for another.
Xapian::valueno top_field_slot(const std::string& field);

nlohmann::json top_view(const Xapian::Database& db, const QueryPlan& plan, const std::string& field);
nlohmann::json cooccur_view(const Xapian::Database& db, const QueryPlan& plan, const std::string& field);
struct DayMatrix {
  std::string field;                 // hashtag, mention, domain, author or channel
  Xapian::doccount matches = 0;      // all matches, dated or not
  Xapian::doccount undated = 0;      // matches without a day (in no row)
  std::size_t distinct = 0;          // distinct values among all matches
  std::vector<std::string> columns;  // the commonest values (shown spelling), commonest first
  struct Row {
    std::string day;                      // "YYYY-MM-DD"
    Xapian::doccount matches = 0;         // matches that day
    std::vector<Xapian::doccount> counts;  // matches that day with each column's value
  };
  std::vector<Row> rows;  // every day from the first to the last dated match
  ClippedDays clip;       // matches dated far from the others, in no row (`kept` is not filled)
};

// Columns: the `plan.options.limit` commonest values of `field`; every day from the
// first to the last match is a row (zeros included, so plots keep time).
// Days far from the others are left out as on a timeline (clip_days); more
// than kMaxTimelinePeriods days throw UsageError.
DayMatrix day_matrix(const Xapian::Database& db, const QueryPlan& plan, const std::string& field);
// Header `day,matches,<columns>`, then one CRLF-ended row per day.
std::string day_matrix_csv(const DayMatrix& matrix);

}  // namespace lisan::query::campaign
