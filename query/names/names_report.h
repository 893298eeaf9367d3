// The names part of a run's report: the spellings each ~word searched (for
// --explain, JSON and the warnings of a capped expansion) and, for a query
// with few matches, a "did you mean" that was run and matches more. Called
// by run_plan (query_run.cc), so every mode that runs a plan gets it.
#pragma once

#include <string>
#include <vector>

#include "lisan/analysis/analyzer.h"
#include "query/printers/report.h"
#include "query/query_plan.h"
#include "query/searcher.h"

namespace lisan::query::names {

// A run with fewer matches than this gets a "did you mean" (when asked for:
// QueryOptions::suggest).
constexpr Xapian::doccount kFewMatches = 3;

// Fills report.names from `plan` and, when the run found fewer than
// kFewMatches, report.did_you_mean.
void add_names_report(const QueryPlan& plan, const analysis::Analyzer& analyzer, const Searcher& searcher,
                      Report& report);

// One sentence per capped expansion, for the run's warnings.
std::vector<std::string> names_warnings(const Report& report);

}  // namespace lisan::query::names
