// Turkish stemming: Snowball "turkish" plus a fix for its gap on nouns that
// end in a vowel (measured on Xapian 1.4.22): the bare noun loses its final
// vowel as if it were a case suffix (ankara -> ankar, türkiye -> türki) while
// the suffixed form keeps it (ankarada -> ankara), so proper nouns with
// suffixes did not find the bare noun. Stemming again until the stem stops
// changing (at most three rounds) brings both to the same stem. Proper-noun
// suffixes after an apostrophe are split off before stemming (analyzer.cc).
#include "lisan/analysis/stemmer.h"

namespace lisan::analysis {

std::string stem_turkish(const Xapian::Stem& snowball, const std::string& word) {
  std::string s = snowball(word);
  for (int round = 0; round < 2; ++round) {
    std::string again = snowball(s);
    if (again == s || again.size() < 3) break;
    s = std::move(again);
  }
  return s;
}

}  // namespace lisan::analysis
