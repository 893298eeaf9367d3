// QueryBuilder: a parsed query -> a Xapian::Query, running every word through
// the same Analyzer the indexer used and naming terms only through
// lisan/schema.h. It mirrors indexer/document_builder.cc: whatever that
// writes for a word, this asks for.
//
// Not thread-safe (holds an Analyzer reference): one per thread.
#pragma once

#include <set>
#include <string>
#include <vector>

#include <xapian.h>

#include "lisan/analysis/analyzer.h"
#include "lisan/date.h"  // day_bounds, for date: ranges
#include "query/names/name_expander.h"
#include "query/query_parser.h"

namespace lisan::query {

struct BuildOptions {
  std::string lang;    // --lang: analyze words as this language ("" = per word)
  bool fold = false;   // --fold: also match Turkish text typed without ç ğ ı ö ş ü
  bool exact = false;  // --exact: every word and phrase matches its surface form
  // --names: every plain word is searched as ~word, in every spelling the
  // index has (query/names/). '=' words and --exact are never expanded.
  bool names = false;
};

// How one query word was analyzed, for --explain.
struct WordAnalysis {
  std::string word;  // as typed
  std::string lang;  // rules used ("" = und)
  std::string folded;
  std::string exact;
  std::string stem;
  std::vector<std::string> terms;  // index terms asked for
};

// Xapian expands a wildcard into at most this many index terms, the most
// frequent; the limit bounds memory (each term searched holds a postlist
// cursor). A wildcard that matches more is reported (WildcardExpansion),
// never silently cut.
constexpr Xapian::termcount kMaxWildcardExpansion = 5000;

// A wildcard of the query and what it expanded to, so a run can say when
// the answer is smaller than the wildcard asked for.
struct WildcardExpansion {
  std::string pattern;            // as typed, e.g. "captiv*"
  std::string prefix;             // the index terms' prefix, e.g. "captiv"
  Xapian::termcount matched = 0;  // index terms with the prefix (count_wildcard_terms)
  Xapian::termcount used = 0;     // of them searched: at most kMaxWildcardExpansion
  bool truncated() const { return matched > used; }
};

// Counts the terms of `db` each wildcard matches and fills matched/used.
void count_wildcard_terms(const Xapian::Database& db, std::vector<WildcardExpansion>& wildcards);

struct BuiltQuery {
  Xapian::Query query;
  std::vector<WordAnalysis> words;
  std::set<std::string> terms;  // every term asked for ("prefix*" for wildcards), for highlighting
  std::vector<WildcardExpansion> wildcards;  // one per distinct prefix expanded
  // ~word and --names: the spellings each name word was searched in.
  std::vector<names::NameExpansion> names;
  // A name word was built without expansion because no vocabulary was given
  // (query_plan.h, with_vocabulary).
  bool needs_vocabulary = false;
  std::string error;  // non-empty when a value could not be used (e.g. a bad date)
  bool ok() const { return error.empty(); }
};

class QueryBuilder {
 public:
  // `vocabulary`: the index whose terms ~word and --names expand into (null:
  // such words are searched as typed and BuiltQuery::needs_vocabulary is set).
  QueryBuilder(const analysis::Analyzer& analyzer, BuildOptions options,
               const Xapian::Database* vocabulary = nullptr);

  BuiltQuery build(const QueryNode& root) const;

  // The languages a word without --lang is tried in: Arabic script -> ar,
  // otherwise each Latin-script language with rules (lisan/analysis/languages.h).
  std::vector<std::string> candidate_languages(const std::string& word) const;

 private:
  const analysis::Analyzer& analyzer_;
  BuildOptions options_;
  const Xapian::Database* vocabulary_;
};

}  // namespace lisan::query
