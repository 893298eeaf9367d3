// English stemming: Snowball "english" (Porter2) plus an override table for
// conflations of distinct words that Porter2 is known to make (university /
// universe, business / busy, organ / organization, ...). Measured with the
// Snowball stemmer shipped in Xapian 1.4.22; each entry keeps a family apart.
#include <string_view>
#include <unordered_map>

#include "lisan/analysis/stemmer.h"

namespace lisan::analysis {

namespace {

// word -> stem of its own family.
const std::unordered_map<std::string_view, std::string_view>& english_overrides() {
  static const std::unordered_map<std::string_view, std::string_view> table = {
      {"university", "university"}, {"universities", "university"},
      {"universe", "universe"}, {"universes", "universe"},
      {"universal", "universal"}, {"universally", "universal"},
      {"business", "business"}, {"businesses", "business"},
      {"organization", "organiz"}, {"organizations", "organiz"},
      {"organisation", "organiz"}, {"organisations", "organiz"},
      {"organize", "organiz"}, {"organized", "organiz"}, {"organise", "organiz"},
      {"organised", "organiz"}, {"organizing", "organiz"},
      {"international", "international"}, {"internationally", "international"},
      {"experiment", "experiment"}, {"experiments", "experiment"},
      {"experimental", "experiment"},
      {"animation", "animat"}, {"animated", "animat"}, {"animations", "animat"},
      {"animal", "animal"}, {"animals", "animal"},
      {"police", "police"},
      {"wander", "wander"}, {"wandered", "wander"},
      {"arm", "arm"}, {"arms", "arm"}, {"army", "army"}, {"armies", "army"},
  };
  return table;
}

}  // namespace

std::string stem_english(const Xapian::Stem& snowball, const std::string& word) {
  const auto& table = english_overrides();
  auto it = table.find(word);
  if (it != table.end()) return std::string(it->second);
  return snowball(word);
}

}  // namespace lisan::analysis
