// Dutch stemming: Snowball "dutch" plus fixes for its known gaps, measured on
// Xapian 1.4.22 (see tests/unit/analysis/stemming_test.cc):
//  - plurals with s->z and f->v stay apart from their singulars
//    (huizen -> huiz vs huis, brieven -> briev vs brief): a final z/v of the
//    stem becomes s/f, which is the Dutch spelling rule itself;
//  - plurals in -eën/-ieën (zeeën, ideeën, knieën; folded to -eeen/-ieen);
//  - mens -> men vs mensen -> mens;
//  - plural -s after -ie/-ee (acties/actie, comitees/comitee);
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
  std::string s = snowball(input);
  if (!s.empty() && word.size() > 3) {
    if (s.back() == 'z') s.back() = 's';
    else if (s.back() == 'v') s.back() = 'f';
  }
  return s;
}

}  // namespace lisan::analysis
