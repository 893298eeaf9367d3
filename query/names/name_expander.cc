#include "query/names/name_expander.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "query/names/edit_distance.h"
#include "query/names/name_key.h"

namespace lisan::query::names {
namespace {

// A key this short matches too many unrelated words (Ali: L also matches
// لا "no", ila, el): such words are expanded by typos only.
constexpr std::size_t kMinKeyLength = 2;

bool key_usable(const std::string& key, std::size_t word_letters, std::size_t term_letters) {
  if (key.size() < kMinKeyLength) return false;
  // A two-consonant key (Omar MR, Hasan HSN is three) only for words of
  // about the same length.
  if (key.size() == kMinKeyLength) return (word_letters > term_letters ? word_letters - term_letters : term_letters - word_letters) <= 2;
  return true;
}

bool has_digit(const std::string& term) {
  return std::any_of(term.begin(), term.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

const char* found_name(Found f) {
  switch (f) {
    case Found::kAsTyped: return "as typed";
    case Found::kVariant: return "variant";
    case Found::kTypo: return "typo";
  }
  return "?";
}

std::string NameExpansion::cap_note() const {
  std::string out;
  if (scan_capped)
    out = fmt::format("the vocabulary scan for '{}' stopped after {} terms (time or term limit): other spellings may "
                      "exist",
                      word, scanned);
  if (left_out > 0)
    out += fmt::format("{}'{}' has {} more spellings in the index than the {} searched (the least frequent were "
                       "left out)",
                       out.empty() ? "" : "; ", word, left_out, spellings.size() - 1);
  return out;
}

std::vector<std::string> scan_prefixes(const std::string& folded, const std::vector<std::string>& keys) {
  std::set<std::string> prefixes;
  // Typos keep the first letter (a scan of every first letter would read the
  // whole vocabulary).
  if (!folded.empty()) {
    // The first code point's bytes.
    std::size_t len = 1;
    const auto b = static_cast<unsigned char>(folded[0]);
    if (b >= 0xF0) len = 4;
    else if (b >= 0xE0) len = 3;
    else if (b >= 0xC0) len = 2;
    prefixes.insert(folded.substr(0, len));
  }
  std::set<char> classes;
  for (const std::string& k : keys)
    if (k.size() >= kMinKeyLength) classes.insert(k[0]);
  static const std::vector<std::string> latin_articles{"al", "el", "ul"};
  for (char c : classes) {
    for (const std::string& l : latin_letters_of_class(c)) {
      prefixes.insert(l);
      for (const std::string& v : latin_vowels()) {
        prefixes.insert(v + l);
        // Two vowels before the first consonant (Outhman, Yusuf): the five
        // plain vowels second, to keep the ranges (remote round trips) few.
        for (const char* v2 : {"a", "e", "i", "o", "u"}) prefixes.insert(v + v2 + l);
      }
      for (const std::string& a : latin_articles) prefixes.insert(a + l);
    }
    for (const std::string& l : arabic_letters_of_class(c)) {
      prefixes.insert(l);
      prefixes.insert("ال" + l);
      for (const std::string& v : arabic_vowel_letters()) {
        prefixes.insert(v + l);
        prefixes.insert("ال" + v + l);
      }
    }
  }
  // Keep the minimal set: a prefix inside another listed prefix's range is
  // read with it. std::set orders a prefix right before its extensions.
  std::vector<std::string> out;
  for (const std::string& p : prefixes)
    if (out.empty() || p.compare(0, out.back().size(), out.back()) != 0) out.push_back(p);
  return out;
}

NameExpansion expand_name(const Xapian::Database& vocabulary, const std::string& word, const std::string& folded,
                          const ExpandLimits& limits) {
  NameExpansion out;
  out.word = word;
  out.folded = folded;
  out.keys = name_keys(folded);
  const std::u32string word_cps = to_code_points(folded);
  const Script word_script = script_of(folded);
  const std::size_t budget = limits.typos ? typo_budget(word_cps.size()) : 0;
  const std::set<std::string> word_keys(out.keys.begin(), out.keys.end());

  std::vector<Spelling> found;
  const auto deadline = std::chrono::steady_clock::now() + limits.max_time;
  const std::vector<std::string> prefixes = scan_prefixes(folded, limits.variants ? out.keys : std::vector<std::string>{});
  out.ranges = prefixes.size();
  for (const std::string& prefix : prefixes) {
    if (out.scan_capped) break;
    for (auto it = vocabulary.allterms_begin(prefix); it != vocabulary.allterms_end(prefix); ++it) {
      if (++out.scanned % 256 == 0 && (out.scanned >= limits.max_scanned || std::chrono::steady_clock::now() > deadline)) {
        out.scan_capped = true;
        break;
      }
      const std::string term = *it;
      if (term == folded || has_digit(term)) continue;
      const std::u32string cps = to_code_points(term);
      std::size_t edits = budget + 1;
      if (budget > 0 && script_of(term) == word_script) edits = bounded_edit_distance(cps, word_cps, budget);
      Found how = Found::kTypo;
      if (edits > budget) {
        if (!limits.variants || word_keys.empty()) continue;
        bool variant = false;
        for (const std::string& k : name_keys(term))
          if (word_keys.count(k) && key_usable(k, word_cps.size(), cps.size())) {
            variant = true;
            break;
          }
        if (!variant) continue;
        how = Found::kVariant;
        edits = bounded_edit_distance(cps, word_cps, 64);
      } else if (limits.variants) {
        for (const std::string& k : name_keys(term))
          if (word_keys.count(k) && key_usable(k, word_cps.size(), cps.size())) how = Found::kVariant;
      }
      found.push_back({term, it.get_termfreq(), how, edits});
    }
  }
  std::sort(found.begin(), found.end(), [](const Spelling& a, const Spelling& b) {
    if (a.docs != b.docs) return a.docs > b.docs;
    return a.term < b.term;
  });
  if (found.size() > limits.max_spellings) {
    out.left_out = found.size() - limits.max_spellings;
    found.resize(limits.max_spellings);
  }
  out.spellings.push_back({folded, vocabulary.get_termfreq(folded), Found::kAsTyped, 0});
  out.spellings.insert(out.spellings.end(), found.begin(), found.end());
  return out;
}

}  // namespace lisan::query::names
