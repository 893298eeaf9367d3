// similar: documents like a given one (lisan-query similar ID). The document
// is made the relevance set of a Xapian query expansion (RSet -> ESet); its
// most distinctive words (unprefixed folded terms only: no ids, dates or
// filters) are ORed into a query, and the document itself is left out.
#pragma once

#include <string>

#include "query/printers/report.h"
#include "query/query_run.h"

namespace lisan::query {

// How many expansion terms make the query.
inline constexpr Xapian::termcount kSimilarTerms = 25;

// The expansion query is kept to the plan's filters (--lang, --since/--until)
// and searched with its limits and modes, like any query. Throws UsageError
// when no document has `id` (exit 2 in the CLI is wrong for "not found", so
// the CLI checks first with find_by_id and exits 1).
Report run_similar(const QueryPlan& plan, const std::string& id, const analysis::Analyzer& analyzer,
                   const Searcher& searcher);

}  // namespace lisan::query
