// English stemming: Snowball "english" (Porter2) plus two tables, measured
// with the Snowball stemmer shipped in Xapian 1.4.22:
//  - irregular forms (data/en-irregular-forms.txt): women -> woman, feet ->
//    foot, went -> go; the regular word is then stemmed, so the irregular
//    form meets every regular form of its word;
//  - stem overrides (data/en-stem-overrides.txt) for conflations of distinct
//    words that Porter2 is known to make (university / universe, business /
//    busy, organ / organization, ...); each entry keeps a family apart.
#include "lisan/analysis/data_tables.h"
#include "lisan/analysis/stemmer.h"

namespace lisan::analysis {

namespace {

const WordMap& english_overrides() {
  static const WordMap table = required_word_map("en-stem-overrides");
  return table;
}

const WordMap& english_irregular_forms() {
  static const WordMap table = required_word_map("en-irregular-forms");
  return table;
}

std::string stem_regular(const Xapian::Stem& snowball, const std::string& word) {
  const WordMap& overrides = english_overrides();
  auto it = overrides.find(word);
  if (it != overrides.end()) return std::string(it->second);
  return snowball(word);
}

}  // namespace

std::string stem_english(const Xapian::Stem& snowball, const std::string& word) {
  const WordMap& irregular = english_irregular_forms();
  auto it = irregular.find(word);
  if (it != irregular.end()) return stem_regular(snowball, std::string(it->second));
  return stem_regular(snowball, word);
}

}  // namespace lisan::analysis
