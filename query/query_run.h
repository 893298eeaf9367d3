// QueryRun: one query from options to a Report (parse -> build -> search ->
// snippets, facets, timeline, concordance). The CLI, the batch runner and the
// tests call this; none of it prints.
#pragma once

#include <functional>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "query/printers/report.h"
#include "query/query_plan.h"
#include "query/searcher.h"

namespace lisan::query {

// Runs `plan` on the searcher's database (one index or several combined).
// Throws lisan::Error for an index that cannot be read.
Report run_plan(const QueryPlan& plan, const analysis::Analyzer& analyzer, const Searcher& searcher);

// make_plan + run_plan on options.dbs. Throws UsageError (exit 2) for a query
// that cannot be parsed or built, with the position and the reason.
Report run_query(const QueryOptions& options, const analysis::Analyzer& analyzer);

// The part of a run after the query is chosen, shared with `similar`: the
// search of `query` (already filtered by the plan) with its spies, snippets,
// facets, timeline and concordance. `report` already holds the query's
// description.
void run_search(const QueryPlan& plan, const analysis::Analyzer& analyzer, const Searcher& searcher,
                const Xapian::Query& query, const std::set<std::string>& terms, Report& report);

// Snippets and concordance lines of report.result.hits (replacing any).
void add_hit_details(const QueryPlan& plan, const analysis::Analyzer& analyzer, const std::set<std::string>& terms,
                     Report& report);

// Every match of `plan` (--all), a page of `page_size` hits at a time, so an
// export of any size is written in bounded memory (Searcher::for_each_page).
// `on_page` gets each page with the run's counts, facets and timeline, and
// `first` true for the first one (the only one when nothing matched).
// Returns the run's report without hits.
Report stream_plan(const QueryPlan& plan, const analysis::Analyzer& analyzer, const Searcher& searcher,
                   std::size_t page_size, const std::function<void(const Report& page, bool first)>& on_page);

// "showing 10 of 95 matches; use --all or --limit 0 for every match" when
// the hits shown are fewer than the matches, else "".
std::string truncation_note(const Report& report);

// What a run's answer leaves out that the user must know of, one sentence
// each (a wildcard that matched more terms than were searched), for stderr.
std::vector<std::string> report_warnings(const Report& report);

// The warning of a partial result: how many shards were left out, each named.
std::string partial_warning(const std::vector<store::MissingShard>& missing);

// The report fields every run fills the same way (version, time, flags, index).
Report start_report(const QueryOptions& options);

}  // namespace lisan::query
