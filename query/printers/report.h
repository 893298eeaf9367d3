// Report: everything one query run produced, handed to a printer. Printers
// only format; they never search or analyze.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "lisan/store/index_store.h"
#include "query/facets.h"
#include "query/kwic.h"
#include "query/names/did_you_mean.h"
#include "query/names/name_expander.h"
#include "query/query_builder.h"
#include "query/searcher.h"
#include "query/snippet.h"
#include "query/timeline.h"

namespace lisan::query {

struct Report {
  std::string query;         // as the user typed it
  std::string parsed;        // QueryNode::describe()
  std::string xapian_query;  // Xapian::Query::get_description()
  std::vector<std::string> flags;  // the options that shaped the result, as typed
  std::vector<std::string> db_paths;
  store::IndexInfo index;
  // Every shard searched, and those left out (--allow-partial): then the
  // result is partial and every output says so.
  std::vector<store::ShardInfo> shards;
  std::vector<store::MissingShard> missing_shards;
  bool partial() const { return !missing_shards.empty(); }
  std::string lisan_version;
  std::string run_at;        // ISO 8601 UTC
  SearchResult result;
  std::vector<Snippet> snippets;  // one per hit
  std::vector<WordAnalysis> words;
  // The query's wildcards with the terms each matched and the terms searched
  // (fewer when it matched more than kMaxWildcardExpansion).
  std::vector<WildcardExpansion> wildcards;
  // ~word / --names: the spellings each name word searched, with their counts.
  std::vector<names::NameExpansion> names;
  // Few matches: the respelled query and its matches (query/names/did_you_mean.h).
  std::optional<names::Suggestion> did_you_mean;
  bool explain = false;
  bool fold_counted = false;            // --explain without --fold counted what --fold would add
  Xapian::doccount fold_would_add = 0;  // more documents --fold would find
  bool count_only = false;

  // --facets: counted over all matches (empty when not asked for).
  std::vector<FacetResult> facets;
  // --timeline: matches per period over all matches; `undated` matches have no date.
  bool has_timeline = false;
  TimelineUnit timeline_unit = TimelineUnit::kMonth;
  std::vector<TimelineBucket> timeline;
  Xapian::doccount undated = 0;
  // Dated matches far from the others, left out of the timeline (its `kept`
  // days are the timeline's, not repeated here).
  ClippedDays timeline_clip;
  // --sort date / -date: the matches without a date, listed last.
  bool sorted_by_date = false;
  Xapian::doccount undated_sorted_last = 0;
  // --all / --limit 0: every match was asked for (nothing is cut).
  bool every_match = false;
  // A streamed export (query_run.h, stream_plan): the hits written over all
  // pages (result.hits then holds none).
  std::optional<Xapian::doccount> hits_streamed;
  // --kwic: concordance lines of the hits shown, each with its hit's index.
  bool kwic = false;
  std::size_t kwic_width = 40;
  std::vector<std::pair<std::size_t, KwicLine>> kwic_lines;
  // Batch runs: every matching id in result order, and with --since-run the
  // number of matches that are new (the hits shown are then new ones only).
  std::vector<std::string> all_ids;
  bool has_new = false;
  Xapian::doccount new_matches = 0;
};

}  // namespace lisan::query
