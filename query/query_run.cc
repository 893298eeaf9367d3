#include "query/query_run.h"

#include <ctime>

#include "lisan/core/error.h"
#include "lisan/date.h"
#include "lisan/store/index_store.h"

namespace lisan::query {

Report run_query(const QueryOptions& options, const analysis::Analyzer& analyzer) {
  Report report;
  report.query = options.query;
  report.flags = options.flags;
  report.db_paths = options.dbs;
  report.explain = options.explain;
  report.count_only = options.count_only;
  report.lisan_version = "0.1.0";
  report.run_at = format_iso_utc(static_cast<std::int64_t>(std::time(nullptr)));

  ParseOptions parse_options;
  parse_options.default_or = options.any;
  ParsedQuery parsed = parse_query(options.query, parse_options);
  if (!parsed.ok()) throw UsageError("cannot parse query: " + parsed.error->to_string(options.query));
  if (!parsed.root) throw UsageError("empty query: give words to search for, e.g. lisan-query 'hashtag campaign'");
  report.parsed = parsed.root->describe();

  QueryBuilder builder(analyzer, options.build);
  BuiltQuery built = builder.build(*parsed.root);
  if (!built.ok()) throw UsageError("cannot use query: " + built.error);
  report.words = built.words;
  report.xapian_query = built.query.get_description();

  Searcher searcher(store::open_for_reading(options.dbs));
  report.index = store::read_info(searcher.database());
  SearchRequest request;
  request.query = built.query;
  request.offset = options.offset;
  request.limit = options.count_only ? 0 : options.limit;
  request.sort = options.sort;
  report.result = searcher.search(request);

  const std::set<std::string>& terms = built.terms;
  for (const Hit& hit : report.result.hits)
    report.snippets.push_back(make_snippet(analyzer, hit.record.text, hit.record.lang, terms, options.snippet_chars));
  return report;
}

}  // namespace lisan::query
