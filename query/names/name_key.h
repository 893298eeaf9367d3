// NameKey: the romanization-blind shape of a name, so that the spellings of
// one name in Arabic script and in English, French/Dutch and Turkish
// romanizations (Muhammad, Mohammed, Mehmet, محمد) meet on one key.
//
// A key is the name's consonants mapped to classes, vowels dropped (Arabic
// writes short vowels not at all and long ones with letters Latin writes as
// vowels), doubled letters collapsed:
//   kh ch h ح خ ه -> H     q k g gh ق ك غ گ -> K    t d ت د ط -> D
//   dh z ذ ز ظ ض -> Z       s sh ş th ث س ش ص -> S    j dj c ج -> J
// with the letters each romanization reads two ways giving both keys (ch is
// kh in Dutch and sh in French; z and dh are also d: Ramazan, Kadhafi; a
// final h after a vowel and a final ه are often not written). A leading
// article (al-/el-/ul-, the assimilated ad-/as-/an-/ar-, ال) gives a key
// without it as well.
//
// Input is a folded term (lower-case, Latin accents other than Turkish
// letters removed, Arabic orthography folded: lisan/analysis). The mapping
// is a table in code rather than an ICU rule set because the vocabulary scan
// keys up to ~10^5 terms per query word (docs/names.md has the measurement).
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lisan::query::names {

// At most this many keys per spelling: a word full of two-way letters keeps
// the first ones (the rest of its readings are not matched).
constexpr std::size_t kMaxKeysPerSpelling = 16;

// The keys of `folded` (ASCII upper-case class letters), deduplicated; empty
// for a word with no consonant (or with characters of other scripts).
std::vector<std::string> name_keys(std::string_view folded);

enum class Script { kLatin, kArabic, kOther };

// The script of a folded word's letters (kOther when mixed or neither).
Script script_of(std::string_view folded);

// What --names expands without a '~': a word written as a name, a Latin
// word starting with a capital letter (Muhammad, Öcalan) or an Arabic-script
// word of three letters or more (Arabic has no capitals). "from" is not
// expanded to "form": only names are.
bool name_like(std::string_view typed);

// The classes a key may start with for a word that starts with `first`
// letter: used to pick the vocabulary ranges to scan (name_expander.cc).
// The Latin and Arabic first letters whose key starts with class `c`.
const std::vector<std::string>& latin_letters_of_class(char c);
const std::vector<std::string>& arabic_letters_of_class(char c);

// Letters read as vowels (dropped from keys) that may start a word before
// its first consonant, in each script.
const std::vector<std::string>& latin_vowels();
const std::vector<std::string>& arabic_vowel_letters();

}  // namespace lisan::query::names
