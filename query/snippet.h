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

// The index terms a token of the text would produce, to test against the
// query's terms (see indexer/document_builder.cc, which writes them).
bool token_matches(const analysis::Token& token, const std::set<std::string>& query_terms);

// `query_terms` are the terms the query asks for (BuiltQuery::words[].terms);
// "prefix*" entries match any word starting with prefix. `max_chars` bounds
// the snippet's length in characters.
Snippet make_snippet(const analysis::Analyzer& analyzer, const std::string& text, const std::string& lang,
                     const std::set<std::string>& query_terms, std::size_t max_chars = 200);

}  // namespace lisan::query
