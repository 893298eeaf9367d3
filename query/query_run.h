// QueryRun: one query from options to a Report (parse -> build -> search ->
// snippets, facets, timeline, concordance). The CLI, the batch runner and the
// tests call this; none of it prints.
#pragma once

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

// What a run's answer leaves out that the user must know of, one sentence
// each (a wildcard that matched more terms than were searched), for stderr.
std::vector<std::string> report_warnings(const Report& report);

// The warning of a partial result: how many shards were left out, each named.
std::string partial_warning(const std::vector<store::MissingShard>& missing);

// The report fields every run fills the same way (version, time, flags, index).
Report start_report(const QueryOptions& options);

}  // namespace lisan::query
