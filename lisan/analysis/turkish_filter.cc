// Turkish stemming: Snowball "turkish", plus the compound possessive -sı
// after a vowel and the nk/ng consonant alternation (stem_turkish), the
// apostrophe suffix chains (is_turkish_suffix_chain), and a fix for its gap
// on proper nouns that end in a vowel (measured on Xapian 1.4.22): the bare
// noun loses its final vowel as if it were a case suffix (ankara -> ankar,
// türkiye -> türki, avrupa -> avrup) while the suffixed form keeps it
// (ankarada -> ankara), so "Ankara" did not find "Ankarada". For capitalized
// words (proper nouns; a suffix after an apostrophe is already split off in
// analyzer.cc) a stem that only drops the final vowel is replaced by the word
// itself.
// Re-stemming until a fixed point was measured too, on the Turkish Quran
// translation: it merged 652 stem groups, many of them wrong (kan "blood" +
// kanun "law", iş "work" + işitir "hears"), so it was not kept.
#include <string_view>
#include <vector>

#include "lisan/analysis/data_tables.h"
#include "lisan/analysis/stemmer.h"

namespace lisan::analysis {

namespace {

const WordSet& apostrophe_suffixes() {
  static const WordSet table = required_word_set("tr-apostrophe-suffixes");
  return table;
}

// Words whose final vowel + s is their own (kafes, meclis, Hamas).
const WordSet& s_final_stems() {
  static const WordSet table = required_word_set("tr-s-final-stems");
  return table;
}

constexpr std::string_view kVowelLetters[] = {"a", "e", "ı", "i", "o", "ö", "u", "ü"};

// The vowel `s` ends with, or "" (UTF-8: ı ö ü are two bytes).
std::string_view final_vowel(std::string_view s) {
  for (std::string_view v : kVowelLetters) {
    if (s.size() >= v.size() && s.compare(s.size() - v.size(), v.size(), v) == 0) return v;
  }
  return {};
}

bool is_one_vowel(std::string_view s) { return !s.empty() && final_vowel(s).size() == s.size(); }

int count_vowels(std::string_view s) {
  int n = 0;
  while (!s.empty()) {
    const std::string_view v = final_vowel(s);
    if (!v.empty()) ++n;
    // Step back one UTF-8 character.
    std::size_t len = 1;
    while (len < s.size() && (static_cast<unsigned char>(s[s.size() - len]) & 0xC0) == 0x80) ++len;
    s.remove_suffix(len);
  }
  return n;
}

// The compound possessive -sı -si -su -sü after a vowel (gecesi, belediyesi,
// sözcüsü, and their case forms gecesinde, belediyesinin): Snowball takes
// the case and the possessive vowel but leaves the s (geces, belediyes), so
// these stay apart from gece and belediye. A stem that ends in vowel + s,
// with at least two vowels before the s (se-s, ka-s are words of their own),
// is the word before the s, unless the stem is listed as a word that ends so
// (data/tr-s-final-stems.txt). Measured on the hunspell-tr list in
// docs/analysis.md.
bool ends_in_possessive_s(const std::string& stem) {
  if (stem.size() < 4 || stem.back() != 's') return false;
  const std::string_view before(stem.data(), stem.size() - 1);
  if (final_vowel(before).empty() || count_vowels(before) < 2) return false;
  return s_final_stems().count(stem) == 0;
}

// Consonant alternation nk -> ng before a vowel (renk / rengi, ahenk /
// ahengi): Snowball undoes b c d ğ but not ng, and leaves rengi whole.
// A stem ending in ng (or ng + a high vowel it kept) is written with nk,
// so every form of the word meets at one stem.
void undo_nk_alternation(std::string& stem) {
  static constexpr std::string_view kHighVowels[] = {"ı", "i", "u", "ü"};
  for (std::string_view v : kHighVowels) {
    if (stem.size() > 2 + v.size() && stem.compare(stem.size() - v.size(), v.size(), v) == 0 &&
        stem.compare(stem.size() - v.size() - 2, 2, "ng") == 0) {
      stem.resize(stem.size() - v.size());
      break;
    }
  }
  if (stem.size() > 3 && stem.compare(stem.size() - 2, 2, "ng") == 0) stem.back() = 'k';
}

}  // namespace

bool is_turkish_suffix_chain(std::string_view text) {
  // can[i]: the first i bytes split into at most three suffixes (the fewest).
  constexpr int kMaxSuffixes = 3;
  const WordSet& suffixes = apostrophe_suffixes();
  std::vector<int> parts(text.size() + 1, kMaxSuffixes + 1);
  parts[0] = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (parts[i] >= kMaxSuffixes) continue;
    for (std::size_t j = i + 1; j <= text.size(); ++j) {
      if (suffixes.count(text.substr(i, j - i)) != 0 && parts[i] + 1 < parts[j]) parts[j] = parts[i] + 1;
    }
  }
  return !text.empty() && parts[text.size()] <= kMaxSuffixes;
}

std::string stem_turkish(const Xapian::Stem& snowball, const std::string& word) {
  std::string stem = snowball(word);
  if (ends_in_possessive_s(stem)) stem = snowball(stem.substr(0, stem.size() - 1));
  undo_nk_alternation(stem);
  return stem;
}

std::string fix_turkish_proper_noun_stem(const std::string& folded, const std::string& stem) {
  if (stem.size() >= folded.size() || folded.compare(0, stem.size(), stem) != 0) return stem;
  // What Snowball removed, read as a case suffix: one vowel, or a buffer
  // consonant and a vowel (türki-ye).
  std::string_view removed(folded);
  removed.remove_prefix(stem.size());
  if (removed.size() > 1 && (removed[0] == 'y' || removed[0] == 'n' || removed[0] == 's')) {
    removed.remove_prefix(1);
  }
  return is_one_vowel(removed) ? folded : stem;
}

bool drops_possessive(const std::string& folded, const std::string& stem) {
  if (stem.size() >= folded.size() || folded.compare(0, stem.size(), stem) != 0) return false;
  std::string_view removed = std::string_view(folded).substr(stem.size());
  if (removed.size() > 1 && removed[0] == 's' && !final_vowel(stem).empty()) removed.remove_prefix(1);
  return removed == "ı" || removed == "i" || removed == "u" || removed == "ü";
}

}  // namespace lisan::analysis
