// NameExpander: the spellings of a name that occur in an index, looked up
// in the index's own vocabulary, so only spellings that occur are searched
// (issue 19). Needs no index-time structure: it reads the term list in the
// ranges where a spelling of the name can start (the first letters of its
// key's first class, in both scripts, after a vowel or an article) and keeps
//   - variants: terms with a NameKey in common with the word (Mohammed,
//     Mehmet, محمد for Muhammad);
//   - typos: terms of the same script within the typo budget of the word
//     (bounded edit distance: 1 up to 7 letters, 2 from 8).
// The scan and the result are capped (ExpandLimits) and the expansion says
// when a cap was hit. Works on any Xapian::Database: one index, a shard set,
// remote shards (the term list is read through the remote backend; spelling
// tables are not, so they are not used).
//
// Not thread-safe per database handle (Xapian's rule); the functions hold no state.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

#include <xapian.h>

namespace lisan::query::names {

// How a spelling was found.
enum class Found { kAsTyped, kVariant, kTypo };
const char* found_name(Found f);  // "as typed", "variant", "typo"

struct Spelling {
  std::string term;  // the index term (folded form)
  Xapian::doccount docs = 0;
  Found found = Found::kAsTyped;
  std::size_t edits = 0;  // edit distance to the word as folded
};

struct ExpandLimits {
  std::size_t max_spellings = 40;       // spellings searched besides the word itself
  std::size_t max_scanned = 3'000'000;  // vocabulary terms read
  std::chrono::milliseconds max_time{1500};
  bool variants = true;
  bool typos = true;
};

struct NameExpansion {
  std::string word;    // as typed
  std::string folded;  // the term it is looked up as
  std::vector<std::string> keys;
  // The word itself first (with its count, 0 when absent), then the other
  // spellings, most documents first.
  std::vector<Spelling> spellings;
  std::size_t ranges = 0;    // vocabulary ranges read
  std::size_t scanned = 0;   // vocabulary terms read
  std::size_t left_out = 0;  // spellings found but not searched (over max_spellings)
  bool scan_capped = false;  // the scan stopped at max_scanned or max_time: spellings may be missing
  std::string cap_note() const;  // "" when no cap was hit; else what was cut, one sentence
};

// Expands `folded` (the word as the analyzer folds it; `word` as typed, for
// messages). An empty key (a word of no consonants or of another script)
// gives typos only.
NameExpansion expand_name(const Xapian::Database& vocabulary, const std::string& word, const std::string& folded,
                          const ExpandLimits& limits = {});

// The vocabulary prefixes read for `folded` (minimal: none is a prefix of another).
std::vector<std::string> scan_prefixes(const std::string& folded, const std::vector<std::string>& keys);

}  // namespace lisan::query::names
