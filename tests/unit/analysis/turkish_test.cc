// Turkish: dotted/dotless i, letters that are not accents, apostrophe
// suffixes on proper nouns, --fold forms and stems.
#include "word_rows.h"

using namespace lisan::analysis;
using namespace lisan::analysis::testing;

namespace {

const WordRow kTurkishWords[] = {
    {"dotted capital İ -> i", "tr", "İstanbul", "istanbul", "istanbul", "İstanbul"},
    {"capital I -> ı", "tr", "ILIK", "ılık", "*", "ILIK"},
    {"capital İ in İlik", "tr", "İlik", "ilik", "*", "*"},
    {"all capitals with İ", "tr", "ŞEHİT", "şehit", "*", "*"},
    {"all capitals with I", "tr", "IŞIK", "ışık", "*", "*"},
    {"capital I and ğ", "tr", "Iğdır", "ığdır", "*", "*"},
    {"İ and Ğ", "tr", "İĞNE", "iğne", "*", "*"},
    {"ü kept", "tr", "Kürt", "kürt", "kürt", "Kürt"},
    {"plain u kept apart", "tr", "kurt", "kurt", "kurt", "*"},
    {"ş kept", "tr", "şehit", "şehit", "şehit", "*"},
    {"ç kept", "tr", "çocuk", "çocuk", "*", "*"},
    {"ğ and ç kept", "tr", "ağaç", "ağaç", "ağaç", "*"},
    {"ö kept", "tr", "göz", "göz", "*", "*"},
    {"ı kept", "tr", "ılık", "ılık", "ılık", "*"},
    {"ü kept in üzüm", "tr", "üzüm", "üzüm", "*", "*"},
    {"circumflex â folded", "tr", "hâlâ", "hala", "*", "hâlâ"},
    {"circumflex â folded, ğ ı kept", "tr", "kâğıt", "kağıt", "*", "*"},
    {"circumflex î folded", "tr", "îman", "iman", "*", "*"},
    {"circumflex û folded", "tr", "mahkûm", "mahkum", "*", "*"},
    {"apostrophe suffix split", "tr", "İstanbul'da", "istanbul", "istanbul", "İstanbul"},
    {"curly apostrophe suffix split", "tr", "Ankara\u2019da", "ankara", "ankara", "Ankara"},
    {"suffix on a foreign name", "tr", "Choudary'nin", "choudary", "*", "Choudary"},
    {"suffix after ğ", "tr", "Erdoğan'ın", "erdoğan", "*", "Erdoğan"},
    {"suffix after ü", "tr", "Atatürk'ün", "atatürk", "*", "*"},
    {"suffix -e", "tr", "İzmir'e", "izmir", "*", "İzmir"},
    {"suffix -de on Gazze", "tr", "Gazze'de", "gazze", "gazze", "*"},
    {"proper noun keeps final vowel", "tr", "Ankara", "ankara", "ankara", "*"},
    {"proper noun with suffix, no apostrophe", "tr", "Ankarada", "ankarada", "ankara", "*"},
    {"proper noun Türkiye", "tr", "Türkiye", "türkiye", "türkiye", "*"},
    {"Türkiye with suffix", "tr", "Türkiye'de", "türkiye", "türkiye", "*"},
    {"lower-case Türkiye with suffix", "tr", "türkiyede", "türkiyede", "türkiye", "*"},
    {"proper noun Avrupa", "tr", "Avrupa", "avrupa", "avrupa", "*"},
    {"stem: plural", "tr", "kitaplar", "kitaplar", "kitap", "*"},
    {"stem: consonant softening", "tr", "kitabı", "kitabı", "kitap", "*"},
    {"stem: softening ç/c", "tr", "ağacı", "ağacı", "ağaç", "*"},
    {"stem: plural of ev", "tr", "evler", "evler", "ev", "*"},
    {"stem: locative", "tr", "evde", "evde", "ev", "*"},
    {"stem: plural keeps ü", "tr", "kürtler", "kürtler", "kürt", "*"},
    {"stem: plural şehitler", "tr", "şehitler", "şehitler", "şehit", "*"},
    {"dotless in a long name", "tr", "Kılıçdaroğlu", "kılıçdaroğlu", "*", "*"},
};

struct AsciiRow {
  const char* rule;
  const char* input;
  const char* ascii_folded;
};

const AsciiRow kTurkishAscii[] = {
    {"ş -> s", "şehit", "sehit"},
    {"ü -> u", "Kürt", "kurt"},
    {"ı -> i", "ılık", "ilik"},
    {"ç and ğ", "ağaç", "agac"},
    {"ö", "göz", "goz"},
    {"all six", "Kılıçdaroğlu", "kilicdaroglu"},
    {"already ASCII: empty", "kurt", ""},
    {"capital I -> ı -> i", "ILIK", "ilik"},
};

const FindRow kTurkishFinds[] = {
    {"noun finds noun with suffix", "tr", "İstanbul", "İstanbul'da yaşıyorum"},
    {"lower-case query finds suffixed noun", "tr", "istanbul", "İstanbul’un sokakları"},
    {"noun finds suffix without apostrophe", "tr", "Ankara", "ankarada miting"},
    {"bare noun finds suffixed form", "tr", "Türkiye", "türkiyede"},
    {"plural by stem", "tr", "kitap", "kitaplar"},
    {"softened consonant by stem", "tr", "kitap", "kitabı"},
    {"circumflex optional", "tr", "hala", "hâlâ"},
};

}  // namespace

TEST_CASE("Turkish words", "[analysis][tr]") {
  const auto row = GENERATE(from_range(std::begin(kTurkishWords), std::end(kTurkishWords)));
  check_word_row(row);
}

TEST_CASE("Turkish: ASCII-folded forms for --fold", "[analysis][tr]") {
  const auto row = GENERATE(from_range(std::begin(kTurkishAscii), std::end(kTurkishAscii)));
  CAPTURE(row.rule, row.input);
  const Analysis a = analyzer().analyze(row.input, "tr");
  REQUIRE(a.tokens.size() == 1);
  CHECK(a.tokens[0].ascii_folded == row.ascii_folded);
}

TEST_CASE("Turkish: queries find suffixed and inflected words", "[analysis][tr]") {
  const auto row = GENERATE(from_range(std::begin(kTurkishFinds), std::end(kTurkishFinds)));
  check_find_row(row);
}

TEST_CASE("Turkish: apostrophe suffix is dropped, offsets cover the word", "[analysis][tr]") {
  const std::string text = "Dün İstanbul'da yağmur yağdı.";
  const Analysis a = analyzer().analyze(text, "tr");
  check_offsets(text, a);
  REQUIRE(a.tokens.size() == 4);
  CHECK(a.tokens[1].folded == "istanbul");
  CHECK(a.tokens[1].position == 1);
  CHECK(text.substr(a.tokens[1].begin, a.tokens[1].end - a.tokens[1].begin) == "İstanbul'da");
  CHECK(a.tokens[2].folded == "yağmur");
  CHECK(a.tokens[2].position == 2);
}
