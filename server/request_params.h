// From an API request's parameters to the QueryOptions and filters of one
// run, checked against the server's limits. Every parameter the API takes is
// read here and nowhere else (docs/web.md lists them):
//   q            the query (the full query language)
//   filter       field:value, repeatable: keep to documents with this value
//   exclude      field:value, repeatable: leave them out
//                (fields: lang source channel author hashtag mention domain kind id;
//                lang: the dominant language, as the lang facet counts it)
//   since until  YYYY, YYYY-MM or YYYY-MM-DD, inclusive
//   lang exact fold any     as lisan-query's --lang --exact --fold --any
//   sort         relevance, date or -date
//   page size    1-based page, hits per page
//   facets       comma-separated facet names; facet_limit
//   timeline     day, week or month
//   kwic explain 1 to ask for them; snippet: characters of a snippet
//
// Thread safety: functions of their arguments.
#pragma once

#include <map>
#include <string>
#include <vector>

#include <xapian.h>

#include "lisan/analysis/analyzer.h"
#include "query/query_plan.h"

namespace lisan::serve {

// The server's bounds, so one request cannot exhaust the machine.
struct Limits {
  std::size_t max_query_bytes = 4000;     // q (and each filter value)
  std::size_t max_page_size = 200;        // size
  std::size_t max_page = 10000;           // page
  std::size_t max_filters = 50;           // filter + exclude
  std::size_t max_snippet_chars = 20000;  // snippet (the document view highlights the full text)
  std::size_t max_body_bytes = 256 * 1024;  // POST bodies (batch queries)
  std::size_t max_batch_queries = 500;
  std::size_t export_page = 1000;         // hits read per step of an export
};

// A request's parameters: name -> every value given (in order).
using Params = std::multimap<std::string, std::string>;

struct FieldFilter {
  std::string field, value;
  bool exclude = false;
};

struct RunRequest {
  query::QueryOptions options;
  std::vector<FieldFilter> filters;
};

// The options of a run from `params` on `dbs`; throws ApiError (400) naming
// the parameter and the reason for a value it cannot use.
RunRequest read_run_request(const Params& params, const std::vector<std::string>& dbs, const Limits& limits);

// make_plan with the request's filters added to every query the plan runs.
// Throws ApiError 400: a query that cannot be parsed names its byte offset.
query::QueryPlan make_request_plan(const RunRequest& request, const analysis::Analyzer& analyzer,
                                   query::EmptyQuery empty);

// One parameter's single value ("" when absent); ApiError when given twice.
std::string param(const Params& params, const std::string& name);

}  // namespace lisan::serve
