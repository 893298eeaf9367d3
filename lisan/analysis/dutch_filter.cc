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
//    apart. (The Kraaij-Pohlmann stemmer also in Xapian was measured too: it
//    fixes these but strips ge- and so conflates gelijk "equal" with lijk
//    "corpse", and misses -e adjectives; Snowball plus fixes was kept.)
#include <string_view>
#include <unordered_map>

#include "lisan/analysis/stemmer.h"

namespace lisan::analysis {

namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

const std::unordered_map<std::string_view, std::string_view>& dutch_overrides() {
  static const std::unordered_map<std::string_view, std::string_view> table = {
      {"boom", "boom"}, {"bomen", "boom"}, {"boompje", "boom"},
      {"bom", "bom"}, {"bommen", "bom"},
      {"maan", "maan"}, {"manen", "maan"},
      {"man", "man"}, {"mannen", "man"},
      {"mens", "mens"}, {"mensen", "mens"},
      {"been", "been"}, {"benen", "been"},
      {"ben", "ben"},
      {"zoon", "zoon"}, {"zonen", "zoon"},
      {"zon", "zon"}, {"zonnen", "zon"},
      {"kool", "kool"}, {"kolen", "kool"},
      {"kol", "kol"},
      {"vaak", "vaak"}, {"vak", "vak"}, {"vakken", "vak"},
      {"stad", "stad"}, {"steden", "stad"},
      {"schip", "schip"}, {"schepen", "schip"},
      {"lid", "lid"}, {"leden", "lid"},
      {"god", "god"}, {"goden", "god"},
  };
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
