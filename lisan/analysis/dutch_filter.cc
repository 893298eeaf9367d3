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
//  - diminutives in -tje, -kje, -etje after ng (tafeltje, autootje,
//    aardbevinkje, dingetje) and verb forms in -t, -te, -ten, -de, -den and
//    participles without ge- (werkt, speelde, hersteld): tables generated
//    from hunspell-nl (data/nl-diminutives.txt, data/nl-verb-stems.txt by
//    scripts/nl-tables-from-hunspell), because a final t or d cannot be told
//    from the word's own (kust "coast" / kus "kiss", bootje / boot) without
//    knowing the word; a diminutive's noun is stemmed as the noun, so bootje
//    meets boot;
//  - irregular plurals in -eren (kinderen, eieren) in the override table;
//  - vowel undoubling conflates distinct words (boom "tree" and bom "bomb"
//    both -> bom, maan "moon" and man -> man): an override table keeps them
//    apart (data/nl-stem-overrides.txt). (The Kraaij-Pohlmann stemmer also in Xapian was measured too: it
//    fixes these but strips ge- and so conflates gelijk "equal" with lijk
//    "corpse", and misses -e adjectives; Snowball plus fixes was kept.)
#include <string>
#include <string_view>

#include "lisan/analysis/data_tables.h"
#include "lisan/analysis/stemmer.h"

namespace lisan::analysis {

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Stems of words Snowball gets wrong (data/nl-stem-overrides.txt).
const WordMap& dutch_overrides() {
  static const WordMap table = required_word_map("nl-stem-overrides");
  return table;
}

// Weak and -t verb forms: stem -> its endings, "0+t+te+ten" ("0": the stem)
// (data/nl-verb-stems.txt, generated from hunspell-nl).
const WordMap& dutch_verb_stems() {
  static const WordMap table = required_word_map("nl-verb-stems");
  return table;
}

// What a diminutive writes before -je -> the noun, where cutting -je is not
// enough (tafelt -> tafel, autoot -> auto, bloemp -> bloem; data/
// nl-diminutives.txt, generated from hunspell-nl).
const WordMap& dutch_diminutives() {
  static const WordMap table = required_word_map("nl-diminutives");
  return table;
}

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

bool lists_ending(std::string_view endings, std::string_view ending) {
  while (!endings.empty()) {
    const std::size_t plus = endings.find('+');
    if (endings.substr(0, plus) == ending) return true;
    if (plus == std::string_view::npos) break;
    endings.remove_prefix(plus + 1);
  }
  return false;
}

// The verb stem of a -t, -te, -ten, -de or -den form (werkte -> werk,
// speelde -> speel), of a participle without ge- (hersteld -> herstel) or
// the stem itself, or "" when the word is none of these. Only stems and endings
// that hunspell-nl lists for the verb are taken, so kust "coast" (kus has no
// -t row: kust is a noun) and rente (ren takes -de) stay whole.
std::string_view verb_form_stem(std::string_view word) {
  static constexpr std::string_view kEndings[] = {"den", "ten", "de", "te", "d", "t"};
  const WordMap& verbs = dutch_verb_stems();
  // The stem itself (ik werk, ik teken; ending "0"): stemmed as the verb
  // too, so teken and open meet tekenen and openen (Snowball cuts them to
  // tek and op). Not given for prefixed stems (na + men is namen "names").
  if (auto own = verbs.find(word); own != verbs.end() && lists_ending(own->second, "0")) return word;
  for (std::string_view ending : kEndings) {
    if (word.size() < ending.size() + 2 || !ends_with(word, ending)) continue;
    const std::string_view stem = word.substr(0, word.size() - ending.size());
    auto it = verbs.find(stem);
    if (it != verbs.end() && lists_ending(it->second, ending)) return stem;
  }
  return {};
}

// The noun of a diminutive in -je/-jes (huisje, bootje, tafeltje,
// mannetje), or "": the noun is then stemmed like the noun itself, so
// bootje meets boot (Snowball undoubles boot to bot, but not bootj). The
// table gives the diminutives whose -je cannot simply be cut (-tje, -kje,
// -etje after ng) and the nouns in -mp (lampje); otherwise -je goes, -pje
// after m drops the p (bloempje / bloem), and -etje after a doubled
// consonant drops -et too (mannetje / man: the doubling is undone later). A
// t before -je stays unless the table says otherwise: it cannot be told from
// a word's own t (bootje / boot, kaartje / kaart). The ij digraph is kept
// (bij, rij).
std::string diminutive_noun(std::string_view word) {
  if (word.size() > 5 && ends_with(word, "jes")) word.remove_suffix(1);
  if (!ends_with(word, "je")) return {};
  const std::string_view before_je = word.substr(0, word.size() - 2);
  // From the table (tafeltje -> tafel, autootje -> auto, lampje -> lamp).
  // Only whole words: matching a compound's last part against the table
  // (kindertafeltje) gained 134 pairs on hunspell-nl for 94 broken, some
  // of them badly (verdrietje -> ver + drie, hoofdstraatje -> hoofdstra).
  const auto listed = dutch_diminutives().find(before_je);
  if (listed != dutch_diminutives().end()) return std::string(listed->second);
  std::string noun(before_je);
  const std::size_t n = noun.size();
  if (n < 3 || noun.back() == 'i') return {};
  if (n > 3 && noun[n - 1] == 'p' && noun[n - 2] == 'm') {
    noun.pop_back();
  } else if (n > 4 && noun[n - 1] == 't' && noun[n - 2] == 'e' && noun[n - 3] == noun[n - 4] && !is_vowel(noun[n - 3])) {
    noun.resize(n - 2);
  }
  return noun;
}

// Dutch writes no word with a final double consonant: a stem that ends in
// one comes from a plural or verb form that doubled it (zonnen, bussen,
// ballen, koppen), and its word is written with one.
void undouble_final_consonant(std::string& s) {
  const std::size_t n = s.size();
  if (n > 3 && s[n - 1] == s[n - 2] && !is_vowel(s[n - 1]) && s[n - 1] >= 'a' && s[n - 1] <= 'z') s.pop_back();
}

// Snowball "dutch" and the spelling fixes.
std::string stem_snowball(const Xapian::Stem& snowball, const std::string& word) {
  std::string input = word;
  if (ends_with(input, "eeen") || ends_with(input, "ieen")) input.resize(input.size() - 2);
  // Plural -s after a vowel (acties, ideeën aside): Snowball keeps the s
  // after a vowel, so acties and actie would stay apart.
  if (input.size() > 4 && (ends_with(input, "ies") || ends_with(input, "ees"))) input.pop_back();
  std::string s = snowball(input);
  undouble_final_consonant(s);
  if (!s.empty() && word.size() > 3) {
    if (s.back() == 'z') s.back() = 's';
    else if (s.back() == 'v') s.back() = 'f';
  }
  return s;
}

// The override of a word, or its Snowball stem with the fixes.
std::string stem_word(const Xapian::Stem& snowball, const std::string& word) {
  const auto& table = dutch_overrides();
  auto it = table.find(word);
  if (it != table.end()) return std::string(it->second);
  return stem_snowball(snowball, word);
}

// A verb stem with -en, as Snowball expects an infinitive: the stem alone
// can end in what Snowball cuts as an ending (teken, open, beken: Snowball
// makes bek of beken, but beken of bekennen), and stem + en reaches the
// infinitive's stem (speel + en -> spel as spelen, kus + en -> kus as
// kussen, teken + en -> teken as tekenen). A stem that ends in a vowel is
// left as it is (aai, bobslee: Snowball keeps -en after a vowel).
std::string verb_stem_as_infinitive(std::string_view stem) {
  if (is_vowel(stem.back())) return std::string(stem);
  return std::string(stem) + "en";
}

// The stem of a verb's forms: the stem's override (bom, man, zon), or the
// Snowball stem of stem + en, which never looks up the overrides: they list
// noun plurals, and bom + en is not bomen "trees", nor schep + en schepen
// "ships".
std::string stem_verb(const Xapian::Stem& snowball, std::string_view stem) {
  const auto& table = dutch_overrides();
  auto it = table.find(stem);
  if (it != table.end()) return std::string(it->second);
  return stem_snowball(snowball, verb_stem_as_infinitive(stem));
}

// The stem of a diminutive's noun. A final s is the noun's own (a
// diminutive is made from the singular), but Snowball takes it for a plural
// -s (heks -> hek, rots -> rot, while heksen -> heks); such a noun is stemmed
// as its diminutive without the j, as before the noun was known (heksje ->
// heks, with heksen). A noun that is also a verb stem is stemmed as the
// stem is (tekentje -> teken, like teken and tekenen).
std::string stem_diminutive_noun(const Xapian::Stem& snowball, const std::string& noun) {
  if (auto verb = dutch_verb_stems().find(noun); verb != dutch_verb_stems().end() && lists_ending(verb->second, "0")) {
    return stem_verb(snowball, noun);
  }
  if (noun.back() != 's') return stem_word(snowball, noun);
  std::string s = snowball(noun + "je");
  if (s.size() > noun.size() && s.back() == 'j') s.pop_back();
  undouble_final_consonant(s);  // autobussetje -> autobuss -> autobus
  return s;
}

}  // namespace

std::string stem_dutch(const Xapian::Stem& snowball, const std::string& word) {
  const auto& overrides = dutch_overrides();
  auto it = overrides.find(word);
  if (it != overrides.end()) return std::string(it->second);
  const std::string_view verb_stem = verb_form_stem(word);
  if (!verb_stem.empty()) return stem_verb(snowball, verb_stem);
  const std::string noun = diminutive_noun(word);
  if (!noun.empty()) return stem_diminutive_noun(snowball, noun);
  return stem_word(snowball, word);
}

}  // namespace lisan::analysis
