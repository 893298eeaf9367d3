// Row types of the table-driven analysis tests and the checks run on them.
#pragma once

#include "analysis_test_support.h"

namespace lisan::analysis::testing {

// One word (or short text) through the analyzer; the first token is checked.
// "*" = not checked.
struct WordRow {
  const char* rule;
  const char* lang;
  const char* input;
  const char* folded;
  const char* stem;
  const char* exact;
};

// `query` (a query word) must find `doc` (a document text).
struct FindRow {
  const char* rule;
  const char* lang;
  const char* query;
  const char* doc;
};

inline void check_word_row(const WordRow& row) {
  CAPTURE(row.rule, row.lang, row.input);
  const Analysis a = analyzer().analyze(row.input, row.lang);
  check_offsets(row.input, a);
  REQUIRE_FALSE(a.tokens.empty());
  const Token& t = a.tokens.front();
  CHECK(t.folded == row.folded);
  if (std::string_view(row.stem) != "*") CHECK(t.stem == row.stem);
  if (std::string_view(row.exact) != "*") CHECK(t.exact == row.exact);
  // The query side (analyze_as) gives the same matching form.
  const Analysis q = analyzer().analyze_as(row.input, row.lang);
  REQUIRE_FALSE(q.tokens.empty());
  CHECK(q.tokens.front().folded == t.folded);
  CHECK(q.tokens.front().stem == t.stem);
}

inline void check_find_row(const FindRow& row) {
  CAPTURE(row.rule, row.lang, row.query, row.doc);
  CHECK(finds(row.lang, row.query, row.doc));
}

}  // namespace lisan::analysis::testing
