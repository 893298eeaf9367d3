// Dutch stemming: Snowball "dutch" plus fixes for its known gaps, measured on
// Xapian 1.4.22 (see tests/unit/analysis/stemming_test.cc):
//  - plurals with s->z and f->v stay apart from their singulars
//    (huizen -> huiz vs huis, brieven -> briev vs brief): a final z/v of the
//    stem becomes s/f, which is the Dutch spelling rule itself;
//  - plurals in -eën/-ieën (zeeën, ideeën, knieën; folded to -eeen/-ieen);
//  - mens -> men vs mensen -> mens;
//  - plural -s after -ie/-ee (acties/actie, comitees/comitee);
//  - plurals that double a consonant (zonnen, bussen, ballen -> zon, bus,
//    bal) and diminutives in -je, -jes, -pje, -etje (huisjes, bloempje,
//    mannetje); measured on the hunspell-nl word list (docs/analysis.md);
//  - vowel undoubling conflates distinct words (boom "tree" and bom "bomb"
//    both -> bom, maan "moon" and man -> man): an override table keeps them
//    apart (data/nl-stem-overrides.txt). (The Kraaij-Pohlmann stemmer also in Xapian was measured too: it
//    fixes these but strips ge- and so conflates gelijk "equal" with lijk
//    "corpse", and misses -e adjectives; Snowball plus fixes was kept.)
#include <string_view>

#include "lisan/analysis/data_tables.h"
#include "lisan/analysis/stemmer.h"

namespace lisan::analysis {

namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Stems of words Snowball gets wrong (data/nl-stem-overrides.txt).
const WordMap& dutch_overrides() {
  static const WordMap table = required_word_map("nl-stem-overrides");
  return table;
}

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

// Snowball leaves the j of a diminutive (huisj, bloempj, mannetj): drop -j,
// -pj after m (bloempje / bloem) and -etj after a doubled consonant
// (mannetje / man, the doubling is undone next). The ij digraph is kept
// (bij, rij). Diminutives in -tje after a vowel, l, n or r (autootje,
// tafeltje) keep their t: without a lexicon it cannot be told from a stem
// ending in t (bootje / boot, kaartje / kaart).
void strip_diminutive(std::string& s) {
  if (s.size() < 4 || s.back() != 'j' || s[s.size() - 2] == 'i') return;
  s.pop_back();
  const std::size_t n = s.size();
  if (n > 3 && s[n - 1] == 'p' && s[n - 2] == 'm') {
    s.pop_back();
  } else if (n > 4 && s[n - 1] == 't' && s[n - 2] == 'e' && s[n - 3] == s[n - 4] && !is_vowel(s[n - 3])) {
    s.resize(n - 2);
  }
}

// Dutch writes no word with a final double consonant: a stem that ends in
// one comes from a plural or verb form that doubled it (zonnen, bussen,
// ballen, koppen), and its word is written with one.
void undouble_final_consonant(std::string& s) {
  const std::size_t n = s.size();
  if (n > 3 && s[n - 1] == s[n - 2] && !is_vowel(s[n - 1]) && s[n - 1] >= 'a' && s[n - 1] <= 'z') s.pop_back();
}

}  // namespace

std::string stem_dutch(const Xapian::Stem& snowball, const std::string& word) {
  const auto& table = dutch_overrides();
  auto it = table.find(word);
  if (it != table.end()) return std::string(it->second);
  std::string input = word;
  if (ends_with(input, "eeen") || ends_with(input, "ieen")) input.resize(input.size() - 2);
  // Plural -s after a vowel (acties, ideeën aside): Snowball keeps the s
  // after a vowel, so acties and actie would stay apart.
  if (input.size() > 4 && (ends_with(input, "ies") || ends_with(input, "ees"))) input.pop_back();
  // Diminutive plural -jes -> -je (huisjes / huisje).
  if (input.size() > 5 && ends_with(input, "jes")) input.pop_back();
  std::string s = snowball(input);
  if (ends_with(input, "je")) strip_diminutive(s);
  undouble_final_consonant(s);
  if (!s.empty() && word.size() > 3) {
    if (s.back() == 'z') s.back() = 's';
    else if (s.back() == 'v') s.back() = 'f';
  }
  return s;
}

}  // namespace lisan::analysis
