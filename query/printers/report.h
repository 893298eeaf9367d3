// Report: everything one query run produced, handed to a printer. Printers
// only format; they never search or analyze.
#pragma once

#include <string>
#include <vector>

#include "lisan/store/index_store.h"
#include "query/query_builder.h"
#include "query/searcher.h"
#include "query/snippet.h"

namespace lisan::query {

struct Report {
  std::string query;         // as the user typed it
  std::string parsed;        // QueryNode::describe()
  std::string xapian_query;  // Xapian::Query::get_description()
  std::vector<std::string> flags;  // the options that shaped the result, as typed
  std::vector<std::string> db_paths;
  store::IndexInfo index;
  std::string lisan_version;
  std::string run_at;        // ISO 8601 UTC
  SearchResult result;
  std::vector<Snippet> snippets;  // one per hit
  std::vector<WordAnalysis> words;
  bool explain = false;
  bool count_only = false;
};

}  // namespace lisan::query
