// "Did you mean": for a query with no or few matches, the same query with
// each plain word replaced by the spelling of it that most documents of the
// index use, found by the name expander (typos for every word of four
// letters or more, romanization variants for words written as names), in
// any of the four languages and both scripts. The caller runs the
// suggestion and shows it only when it matches more (names_report.h).
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include <xapian.h>

#include "lisan/analysis/analyzer.h"
#include "query/query_parser.h"

namespace lisan::query::names {

// The query a run with few matches suggests, and the documents it matches.
struct Suggestion {
  std::string query;
  Xapian::doccount matches = 0;
};

// Words looked at per query (the first ones), and the scan time each may take.
constexpr std::size_t kMaxSuggestedWords = 8;
constexpr std::chrono::milliseconds kSuggestScanTime{300};

// `query` with its respelled words, or nullopt when no word has a spelling
// used by more documents than the word itself. '=' words, '~' words, field
// values, wildcards and phrases are left as typed.
std::optional<std::string> respell_query(const std::string& query, const ParseOptions& options,
                                         const analysis::Analyzer& analyzer, const Xapian::Database& vocabulary);

}  // namespace lisan::query::names
