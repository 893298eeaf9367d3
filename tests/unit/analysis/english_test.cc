// English: case folding, accents of loanwords, apostrophes, Porter2 stems.
#include "word_rows.h"

using namespace lisan::analysis;
using namespace lisan::analysis::testing;

namespace {

const WordRow kEnglishWords[] = {
    {"lower-case", "en", "Hello", "hello", "hello", "Hello"},
    {"all capitals", "en", "NATO", "nato", "*", "NATO"},
    {"possessive 's stripped", "en", "John's", "john", "john", "John"},
    {"curly possessive stripped", "en", "John\u2019s", "john", "john", "John"},
    {"left quote as apostrophe", "en", "John\u2018s", "john", "*", "*"},
    {"modifier apostrophe", "en", "John\u02BCs", "john", "*", "*"},
    {"contraction joined", "en", "don't", "dont", "*", "don't"},
    {"curly contraction joined", "en", "won\u2019t", "wont", "*", "won't"},
    {"name with apostrophe joined", "en", "O'Brien", "obrien", "*", "O'Brien"},
    {"plural possessive (apostrophe outside word)", "en", "students'", "students", "student", "*"},
    {"loanword accent folded", "en", "café", "cafe", "*", "café"},
    {"diaeresis folded", "en", "naïve", "naive", "*", "naïve"},
    {"acute accents folded", "en", "résumé", "resume", "*", "*"},
    {"cedilla folded", "en", "façade", "facade", "*", "*"},
    {"diaeresis in coöperate", "en", "coöperate", "cooperate", "*", "*"},
    {"decomposed accent composed in exact", "en", "Cafe\u0301", "cafe", "*", "Café"},
    {"oe ligature", "en", "Œuvre", "oeuvre", "*", "*"},
    {"ae and o-slash", "en", "Ærø", "aero", "*", "*"},
    {"sharp s case-folds to ss", "en", "Straße", "strasse", "*", "*"},
    {"full-width letters (NFKC)", "en", "ｆｕｌｌ", "full", "*", "*"},
    {"fi ligature (NFKC)", "en", "ﬁnance", "finance", "financ", "*"},
    {"soft hyphen dropped", "en", "infor\u00ADmation", "information", "inform", "information"},
    {"word joiner dropped", "en", "infor\u2060mation", "information", "*", "*"},
    {"BOM before a word", "en", "\uFEFFhello", "hello", "*", "hello"},
    {"dotted capital I outside Turkish", "en", "İstanbul", "istanbul", "*", "*"},
    {"dotless i outside Turkish", "en", "Kılıç", "kilic", "*", "*"},
    {"stem: plural", "en", "cats", "cats", "cat", "*"},
    {"stem: -ing", "en", "running", "running", "run", "*"},
    {"stem: -ies", "en", "studies", "studies", "studi", "*"},
    {"stem: -ions", "en", "connections", "connections", "connect", "*"},
    {"stem: -ly", "en", "generously", "generously", "generous", "*"},
    {"stem: -es", "en", "fishes", "fishes", "fish", "*"},
    {"stem override: university", "en", "university", "university", "university", "*"},
    {"stem override: universe", "en", "universe", "universe", "universe", "*"},
    {"stem override: business", "en", "business", "business", "business", "*"},
    {"stem override: organization", "en", "organizations", "organizations", "organiz", "*"},
    {"irregular plural: women", "en", "women", "women", "woman", "*"},
    {"irregular plural: feet", "en", "feet", "feet", "foot", "*"},
    {"irregular plural: children", "en", "Children", "children", "child", "*"},
    {"irregular plural: mice (stemmed as mouse)", "en", "mice", "mice", "mous", "*"},
    {"irregular plural: -ves (knives)", "en", "knives", "knives", "knife", "*"},
    {"irregular plural: Greek -a (criteria)", "en", "criteria", "criteria", "criterion", "*"},
    {"irregular plural: -ses (crises)", "en", "crises", "crises", "crisi", "*"},
    {"irregular verb: went", "en", "went", "went", "go", "*"},
    {"irregular verb: fled", "en", "fled", "fled", "flee", "*"},
    {"irregular possessive: women's", "en", "women's", "women", "woman", "*"},
    {"number with decimal point", "en", "3.14", "3.14", "", "3.14"},
    {"number with thousands separator", "en", "1,000", "1,000", "", "*"},
    {"abbreviation with dots", "en", "U.S.A.", "u.s.a", "*", "U.S.A"},
    {"hyphenated: first part", "en", "well-known", "well", "well", "*"},
    {"Greek letters folded", "en", "Ωμέγα", "ωμεγα", "*", "*"},
    {"Cyrillic short i kept", "en", "й", "й", "*", "*"},
};

const FindRow kEnglishFinds[] = {
    {"possessive finds the name", "en", "John", "John's book"},
    {"curly and straight apostrophes alike", "en", "John's", "John\u2019s book"},
    {"plural finds singular by stem", "en", "cat", "two cats"},
    {"accent-less query finds accented word", "en", "cafe", "the café"},
    {"accented query finds plain word", "en", "café", "the cafe"},
    {"inflection by stem", "en", "connect", "connections"},
    {"irregular plural finds singular", "en", "woman", "two women spoke"},
    {"singular finds irregular plural", "en", "women", "a woman spoke"},
    {"irregular plural finds possessive singular", "en", "feet", "the foot's bones"},
    {"irregular plural finds regular form of its word", "en", "children", "a child's toy"},
    {"irregular verb finds its infinitive", "en", "went", "we go"},
    {"irregular verb finds -ing form", "en", "caught", "catching fish"},
};

}  // namespace

TEST_CASE("English words", "[analysis][en]") {
  const auto row = GENERATE(from_range(std::begin(kEnglishWords), std::end(kEnglishWords)));
  check_word_row(row);
}

TEST_CASE("English: queries find inflected and respelled words", "[analysis][en]") {
  const auto row = GENERATE(from_range(std::begin(kEnglishFinds), std::end(kEnglishFinds)));
  check_find_row(row);
}

TEST_CASE("English: positions and offsets of a sentence", "[analysis][en]") {
  const std::string text = "The café’s owner said: “don't panic”.";
  const Analysis a = analyzer().analyze(text, "en");
  check_offsets(text, a);
  REQUIRE(a.tokens.size() == 6);
  const char* folded[] = {"the", "cafe", "owner", "said", "dont", "panic"};
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    CAPTURE(i);
    CHECK(a.tokens[i].folded == folded[i]);
    CHECK(a.tokens[i].position == i);
  }
  CHECK(text.substr(a.tokens[1].begin, a.tokens[1].end - a.tokens[1].begin) == "café’s");
}
