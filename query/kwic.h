// KWIC (key word in context): concordance lines, one per occurrence of the
// words or phrase a query matched, with the left and right context cut to a
// display width, so the matches line up in a column for reading.
//
// Matching is snippet.cc's token_matches(): the same rules decide what is
// highlighted in a snippet and what makes a concordance line. Adjacent
// matched words (a phrase, a hashtag's parts) make one line.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "lisan/analysis/analyzer.h"

namespace lisan::query {

struct QueryNode;  // query/query_parser.h

struct KwicLine {
  std::string left;   // context before the match, whitespace collapsed, at most `width` columns
  std::string match;  // the matched text as written
  std::string right;  // context after the match
  std::size_t begin = 0;  // byte offset of the match in the document's text
  std::size_t end = 0;
};

// Terminal columns a string takes: East Asian wide and fullwidth characters
// count 2, combining marks and format controls (Arabic harakat, ZWJ) 0,
// everything else 1.
std::size_t display_width(std::string_view text);

// The last (take_end) or first characters of `text` that fit in `width` columns.
std::string fit_width(std::string_view text, std::size_t width, bool take_end);

// Concordance lines for `text` (a document's body), `width` columns of
// context on each side. A line needs a run of at least `min_words` matched
// words: a query of phrases only passes its shortest phrase's length, so the
// phrase's words alone elsewhere in the text make no line. The cost is linear
// in the text's length: each line reads only the text near its match.
std::vector<KwicLine> make_kwic(const analysis::Analyzer& analyzer, const std::string& text, const std::string& lang,
                                const std::set<std::string>& query_terms, std::size_t width,
                                std::size_t min_words = 1);

// The `min_words` for a parsed query: 1 when it has a bare word or wildcard,
// else the word count of its shortest phrase.
std::size_t kwic_min_words(const QueryNode& root);

}  // namespace lisan::query
