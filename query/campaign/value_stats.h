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
#include "query/printers/csv_cell.h"
#include "query/timeline.h"

namespace lisan::query::campaign {

// Fields --top accepts; throws UsageError for another.
Xapian::valueno top_field_slot(const std::string& field);

nlohmann::json top_view(const Xapian::Database& db, const QueryPlan& plan, const std::string& field);
nlohmann::json cooccur_view(const Xapian::Database& db, const QueryPlan& plan, const std::string& field);
struct DayMatrix {
  std::string field;                 // hashtag, mention, domain, author or channel
  TimelineUnit unit = TimelineUnit::kDay;  // the rows' period (--matrix-unit)
  Xapian::doccount matches = 0;      // all matches, dated or not
  Xapian::doccount undated = 0;      // matches without a day (in no row)
  std::size_t distinct = 0;          // distinct values among all matches
  std::vector<std::string> columns;  // the commonest values (shown spelling), commonest first
  struct Row {
    std::string period;                   // "YYYY-MM-DD", "YYYY-Www" or "YYYY-MM" (timeline.h)
    Xapian::doccount matches = 0;         // matches in that period
    std::vector<Xapian::doccount> counts;  // matches in that period with each column's value
  };
  std::vector<Row> rows;  // every period from the first to the last dated match
  ClippedDays clip;       // matches dated far from the others, in no row (`kept` is not filled)
};

// Columns: the `plan.options.limit` commonest values of `field`; every
// period (day, ISO week or month, as on a --timeline) from the first to the
// last match is a row (zeros included, so plots keep time). Days far from
// the others are left out as on a timeline (clip_days); more than
// kMaxTimelinePeriods periods throw UsageError.
DayMatrix day_matrix(const Xapian::Database& db, const QueryPlan& plan, const std::string& field,
                     TimelineUnit unit = TimelineUnit::kDay);
// Header `day|week|month,matches,<columns>`, then one CRLF-ended row per period; the
// column names are values from documents, neutralised unless `cells` is kRaw.
std::string day_matrix_csv(const DayMatrix& matrix, CsvCells cells);

}  // namespace lisan::query::campaign
