// StemmerSet: Snowball stemming (Xapian::Stem) of folded words, one stemmer
// per language with rules, each wrapped with that language's fixes for known
// Snowball gaps (dutch_filter, english_filter, turkish_filter,
// arabic_stemming) and a bounded per-language cache (word frequencies are
// Zipfian, so most lookups hit). Not thread-safe: one per Analyzer.
#pragma once

#include <array>
#include <memory>
#include <string>
#include <string_view>

#include <xapian.h>

#include "lisan/analysis/language_rules.h"
#include "lisan/analysis/stem_cache.h"

namespace lisan::analysis {

class StemmerSet {
 public:
  StemmerSet();
  ~StemmerSet();

  // Stem of `folded` under `rules`; "" when the language has no stemmer.
  // `stem_input` (may equal `folded`) is what is stemmed, e.g. foto for
  // Dutch foto's. The reference is valid until the next call.
  const std::string& stem(const LanguageRules& rules, const std::string& stem_input);

 private:
  struct Language {
    Xapian::Stem snowball;
    StemCache cache;
  };
  Language& language(const LanguageRules& rules);

  std::array<std::unique_ptr<Language>, kStemmedLanguages> languages_;
  std::string empty_;
};

// Per-language stemming with gap fixes, over a Snowball stemmer of that
// language. Exposed for tests and the benchmark.
std::string stem_arabic(const Xapian::Stem& snowball, const std::string& word);
std::string stem_dutch(const Xapian::Stem& snowball, const std::string& word);
std::string stem_english(const Xapian::Stem& snowball, const std::string& word);
std::string stem_turkish(const Xapian::Stem& snowball, const std::string& word);

// True if `lower` (Turkish lower case, UTF-8) is a chain of up to three
// Turkish suffixes that are written after an apostrophe
// (data/tr-apostrophe-suffixes.txt): "ya", "daki", "lerin".
bool is_turkish_suffix_chain(std::string_view lower);

// For a capitalized Turkish word (a proper noun): if Snowball's `stem` of
// `folded` only dropped its final vowel (ankara -> ankar), returns `folded`.
std::string fix_turkish_proper_noun_stem(const std::string& folded, const std::string& stem);

// True if the `stem` of `folded` only drops a possessive: one final high
// vowel (ı i u ü), or -sı -si -su -sü after a vowel. For a capitalized word
// that is a possessive in a name (Van Gölü -> göl, Hamas Sözcüsü -> sözcü)
// or a name that ends so (Kayseri, Denizli). The analyzer keeps the name's
// stem and adds the noun as a variant, so Gölü'ne is found by göl.
bool drops_possessive(const std::string& folded, const std::string& stem);

}  // namespace lisan::analysis
