// Helpers shared by the analysis tests: one Analyzer per test binary, token
// look-ups, the offset invariants every analysis must keep, and a "finds"
// relation that mirrors how the index matches a default query word (folded
// form or a variant at the same position, or the stem of the same language).
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "lisan/analysis/analyzer.h"

namespace lisan::analysis::testing {

inline const Analyzer& analyzer() {
  static const Analyzer instance;
  return instance;
}

// Offsets never go backwards, stay inside the text, and the surface of a
// token is the original text between them.
inline void check_offsets(std::string_view text, const Analysis& a) {
  std::uint32_t last_begin = 0;
  for (const Token& t : a.tokens) {
    CAPTURE(t.folded, t.begin, t.end);
    CHECK(t.begin >= last_begin);
    CHECK(t.begin < t.end);
    CHECK(t.end <= text.size());
    last_begin = t.begin;
  }
}

// The first token of `kind` in an analysis, or nullptr.
inline const Token* first_of(const Analysis& a, TokenKind kind) {
  for (const Token& t : a.tokens) {
    if (t.kind == kind) return &t;
  }
  return nullptr;
}

inline std::vector<std::string> match_terms(const Token& t) {
  std::vector<std::string> terms{t.folded};
  terms.insert(terms.end(), t.variants.begin(), t.variants.end());
  if (!t.stem.empty()) terms.push_back("Z" + t.lang + ":" + t.stem);
  return terms;
}

// True if the single-word `query` (analyzed as `lang`) matches some word of
// `doc` (analyzed with record lang `lang`): same folded form (or variant),
// or the same stem in the same language.
inline bool finds(std::string_view lang, std::string_view query, std::string_view doc) {
  const Analysis q = analyzer().analyze_as(query, lang);
  const Analysis d = analyzer().analyze(doc, lang);
  for (const Token& qt : q.tokens) {
    for (const Token& dt : d.tokens) {
      for (const std::string& a : match_terms(qt)) {
        for (const std::string& b : match_terms(dt)) {
          if (a == b) return true;
        }
      }
    }
  }
  return false;
}

}  // namespace lisan::analysis::testing
