// QueryRun: one query from options to a Report (parse -> build -> search ->
// snippets). The CLI, the tests and a future server call this; none of it
// prints.
#pragma once

#include <string>
#include <vector>

#include "query/printers/report.h"
#include "query/query_builder.h"
#include "query/searcher.h"

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
  std::vector<std::string> flags;  // as typed, for the manifest
};

// Throws UsageError (exit 2) for a query that cannot be parsed or built, with
// the position and the reason; lisan::Error for an index that cannot be read.
Report run_query(const QueryOptions& options, const analysis::Analyzer& analyzer);

}  // namespace lisan::query
