// QueryRun: one query from options to a Report (parse -> build -> search ->
// snippets, facets, timeline, concordance). The CLI, the batch runner and the
// tests call this; none of it prints.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "query/printers/report.h"
#include "query/query_builder.h"
#include "query/searcher.h"
#include "query/timeline.h"

namespace lisan::query {

struct QueryOptions {
  std::vector<std::string> dbs;  // one or more index directories, searched together
  std::string query;
  Xapian::doccount limit = 10;
  Xapian::doccount offset = 0;
  SortOrder sort = SortOrder::kRelevance;
  BuildOptions build;   // --lang, --fold, --exact
  bool any = false;     // --any: OR is the default operator
  bool explain = false;
  bool count_only = false;
  std::size_t snippet_chars = 200;
  std::string since, until;  // --since / --until: YYYY, YYYY-MM or YYYY-MM-DD, inclusive
  std::vector<std::string> facets;  // --facets (parse_facet_list)
  std::size_t facet_limit = 20;     // values shown per facet (0 = all)
  std::optional<TimelineUnit> timeline;
  bool kwic = false;
  std::size_t kwic_width = 40;
  std::vector<std::string> flags;  // as typed, for the manifest
  // Batch runs: collect every matching id (Report::all_ids); with
  // `exclude_ids`, show only matches whose id is not in it (--since-run).
  bool collect_ids = false;
  const std::set<std::string>* exclude_ids = nullptr;
};

// Throws UsageError (exit 2) for a query that cannot be parsed or built, with
// the position and the reason; lisan::Error for an index that cannot be read.
Report run_query(const QueryOptions& options, const analysis::Analyzer& analyzer);

// The part of a run after the query is built, shared with `similar`: the
// --since/--until filter, the search with its spies, snippets, facets,
// timeline and concordance. `report` already holds the query's description.
// `kwic_min_words`: see make_kwic().
void run_search(const QueryOptions& options, const analysis::Analyzer& analyzer, const Searcher& searcher,
                Xapian::Query query, const std::set<std::string>& terms, Report& report,
                std::size_t kwic_min_words = 1);

// What a run's answer leaves out that the user must know of, one sentence
// each (a wildcard that matched more terms than were searched), for stderr.
std::vector<std::string> report_warnings(const Report& report);

// The report fields every run fills the same way (version, time, flags, index).
Report start_report(const QueryOptions& options);

}  // namespace lisan::query
