// Snippets: a short piece of a document's ORIGINAL text around the words a
// query matched, with the matched spans marked by byte ranges. The stored text
// is re-analyzed with the same Analyzer, so a match found through a folded,
// stemmed or variant term is highlighted in its original spelling
// (query كتاب highlights الكِتَابُ).
#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "lisan/analysis/analyzer.h"

namespace lisan::query {

struct Snippet {
  std::string text;  // a piece of the original text, cut on word boundaries
  std::vector<std::pair<std::size_t, std::size_t>> highlights;  // [begin, end) byte ranges in `text`
  bool cut_before = false;  // text was cut at the start (printers add "…")
  bool cut_after = false;
  // The original spellings that matched, in order of first appearance.
  std::vector<std::string> matched_forms;
};

// Tests tokens of a text against the query's terms: the index terms a token
// would produce (see indexer/document_builder.cc, which writes them).
// "prefix*" entries match any word starting with prefix; they are set apart
// once, so a test costs a few set lookups however long the query is.
class TermMatcher {
 public:
  explicit TermMatcher(const std::set<std::string>& query_terms);  // kept by reference
  bool matches(const analysis::Token& token) const;

 private:
  const std::set<std::string>& terms_;
  std::vector<std::string> prefixes_;  // of the "prefix*" entries
};

// One token against `query_terms` (builds a TermMatcher: for one test only).
bool token_matches(const analysis::Token& token, const std::set<std::string>& query_terms);

// `query_terms` are the terms the query asks for (BuiltQuery::words[].terms);
// "prefix*" entries match any word starting with prefix. `max_chars` bounds
// the snippet's length in characters. The cost is linear in the text's length
// (plus the query's terms): one pass to analyze, one to count characters, one
// over the matches to choose the window.
Snippet make_snippet(const analysis::Analyzer& analyzer, const std::string& text, const std::string& lang,
                     const std::set<std::string>& query_terms, std::size_t max_chars = 200);

}  // namespace lisan::query
