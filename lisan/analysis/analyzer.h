// Analyzer: the one text-analysis pipeline shared by the indexer and the
// query builder (decode -> clean -> segment -> case -> per-language
// orthography -> stem), so that index and query never disagree.
//
// Thread safety: an Analyzer holds ICU iterators and Xapian stemmers, which
// are not thread-safe. Use one Analyzer per thread; construction is cheap.
//
// Positions: one per word, number, mention, URL or e-mail. A kHashtag token
// shares its position with its first word; the hashtag's words (kWord, split
// on '_' and camelCase, Arabic on '_') follow at consecutive positions, each
// with its own byte offsets inside the hashtag, so a phrase runs through a
// hashtag. Tokens whose folded form is empty (a lone mark) take no position.
// Apostrophes: Turkish drops a suffix chain after the last apostrophe
// (İstanbul'da -> folded and exact "istanbul"/"İstanbul"; the suffix is not
// indexed, the offsets still cover the whole written word) and joins an
// apostrophe that is not before a suffix (Kur'an -> kuran); English strips a final 's;
// Dutch foto's folds to "fotos" and stems as "foto"; other apostrophes are
// joined (don't -> dont). Curly, straight and modifier apostrophes alike.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lisan/analysis/token.h"

namespace lisan::analysis {

// Version of the analysis rules. Bump it whenever a change to the analyzer
// changes any term it produces: the index records it, and a query against an
// index built with other rules is refused with a message to re-index.
inline constexpr int kAnalyzerVersion = 3;

struct Analysis {
  std::vector<Token> tokens;
  std::string lang;               // dominant language ("" = und)
  double lang_confidence = 0.0;   // 0..1; 1 when the language was given
  bool lang_detected = false;     // true when `lang` came from detection
  int invalid_utf8 = 0;           // invalid byte sequences replaced by U+FFFD
};

class Analyzer {
 public:
  Analyzer();
  ~Analyzer();
  Analyzer(Analyzer&&) noexcept;
  Analyzer& operator=(Analyzer&&) noexcept;

  // Analyzes a document's text. `lang_hint` is the record's own language
  // (ISO 639-1, already lower-cased); it always wins. When it is empty the
  // language is detected, per script run / sentence for mixed text, and each
  // segment is analyzed with its own language's rules.
  Analysis analyze(std::string_view text, std::string_view lang_hint) const;

  // Analyzes text as language `lang` without detection ("" = und: no
  // stemming, generic folding). The query builder uses this for query words.
  Analysis analyze_as(std::string_view text, std::string_view lang) const;

  // Languages with their own rules and stemmer (languages.h).
  static const std::vector<std::string>& supported_languages();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace lisan::analysis
