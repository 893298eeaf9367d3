// QueryPlan: everything that decides which documents a run matches, decided
// once. The query text parsed, the user's options (--lang, --exact, --fold,
// --any, --since/--until, sort, limits) and the Xapian query they make, in
// one value that every mode reads: search, count, facets, timeline, KWIC,
// batch (one plan per line), similar, and every campaign view. Nothing else
// parses a query, builds one or turns --since/--until into a filter, so two
// modes given the same options count the same documents.
//
// The plan holds no database: the same plan runs on one index or on several
// combined into one Xapian::Database (shards), which is what the web
// interface and sharded search build on.
//
// Thread safety: an immutable value once made; Xapian::Query is safe to copy.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "lisan/analysis/analyzer.h"
#include "query/query_builder.h"
#include "query/query_options.h"

namespace lisan::query {

// What an empty query means: an error (a search needs words), or every
// document (the campaign views summarise a whole index when given no words).
enum class EmptyQuery { kError, kEveryDocument };

struct QueryPlan {
  QueryOptions options;  // as the user gave them (lang normalized)
  std::string parsed;    // QueryNode::describe(); "" when the query is empty
  // The query every mode runs: the built words (or MatchAll for an empty
  // query) with the --since/--until filter. Empty (matches nothing) when the
  // words build to nothing, e.g. only stop words.
  Xapian::Query query;
  // The filters alone (--lang, --since/--until; empty query = none), for a
  // query made from something else than words (similar).
  Xapian::Query filters;
  std::vector<WordAnalysis> words;
  std::set<std::string> terms;  // for highlighting
  std::vector<WildcardExpansion> wildcards;
  // ~word / --names: the spellings searched per name word. A plan made
  // without a vocabulary searches names as typed and says so here; the run
  // makes it again on the index it searches (with_vocabulary).
  std::vector<names::NameExpansion> names;
  bool needs_vocabulary = false;
  std::size_t kwic_min_words = 1;  // see make_kwic()
  // --since/--until as days YYYYMMDD ("" = open): a timeline does not clip a
  // side the user bounded.
  std::string first_day, last_day;

  // `q` kept to the plan's filters (--lang, --since/--until).
  Xapian::Query filtered(const Xapian::Query& q) const;
};

// Throws UsageError (exit 2) naming the option or the query position and
// the reason: an unparsable query, a value the builder cannot use, a bad
// --since/--until, a range that ends before it starts.
// `vocabulary`: the index ~word and --names expand into (null: see
// QueryPlan::needs_vocabulary).
QueryPlan make_plan(const QueryOptions& options, const analysis::Analyzer& analyzer,
                    EmptyQuery empty = EmptyQuery::kError, const Xapian::Database* vocabulary = nullptr);

// `plan` with its name words expanded in `db`'s vocabulary; `plan` itself
// when it has none to expand. Every run on a database calls it, so a plan
// made before the index was opened (the CLI, batch lines, the web server)
// expands in the index (or shard set) it runs on.
QueryPlan with_vocabulary(const QueryPlan& plan, const analysis::Analyzer& analyzer, const Xapian::Database& db);

// The same plan with --fold switched on, for --explain's "--fold would add"
// count; nullopt when the folded query cannot be built.
std::optional<QueryPlan> with_fold(const QueryPlan& plan, const analysis::Analyzer& analyzer,
                                   const Xapian::Database* vocabulary = nullptr);

}  // namespace lisan::query
