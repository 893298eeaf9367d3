// QueryOptions: the values of one lisan-query run as the user gave them,
// before anything is checked or built (query_plan.h turns them into a
// QueryPlan; query_cli.cc fills them from argv in one place).
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "query/query_builder.h"
#include "query/searcher.h"
#include "query/timeline.h"

#include "lisan/store/open_index.h"

namespace lisan::query {

// The limit of --all / --limit 0: no cut.
constexpr Xapian::doccount kEveryMatch = static_cast<Xapian::doccount>(-1);

struct QueryOptions {
  std::vector<std::string> dbs;  // one or more index directories or shard sets, searched together
  // Shards: --allow-partial searches the shards that answer and marks the
  // result partial; --shard-timeout is how long a remote shard may take.
  store::ReadOptions read;
  std::string query;
  Xapian::doccount limit = 10;
  // --all or --limit 0: every match (limit is then kEveryMatch); csv and
  // jsonl exports then stream page by page (query_run.h, stream_plan).
  bool every_match = false;
  Xapian::doccount offset = 0;
  SortOrder sort = SortOrder::kRelevance;
  BuildOptions build;   // --lang, --fold, --exact
  bool any = false;     // --any: OR is the default operator
  bool explain = false;
  // A run with few matches suggests a respelled query ("did you mean"); the
  // interactive search asks for it, batch runs do not (each scan costs time).
  bool suggest = false;
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

}  // namespace lisan::query
