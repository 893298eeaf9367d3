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
    // Suffix chains after an apostrophe (data/tr-apostrophe-suffixes.txt).
    {"possessive + dative after apostrophe", "tr", "Gölü'ne", "gölü", "gölü", "Gölü"},
    {"derivational suffix after apostrophe", "tr", "Türkiye'li", "türkiye", "türkiye", "Türkiye"},
    {"locative + -ki", "tr", "İstanbul'daki", "istanbul", "*", "İstanbul"},
    {"plural + genitive after apostrophe", "tr", "Kürt'lerin", "kürt", "*", "Kürt"},
    {"all capitals with suffix", "tr", "ANKARA'DA", "ankara", "*", "ANKARA"},
    // An apostrophe that is not before a suffix is part of the word.
    {"ayn written as apostrophe: Kur'an", "tr", "Kur'an", "kuran", "*", "Kur'an"},
    {"ayn written as apostrophe: Ka'be", "tr", "Ka'be", "kabe", "*", "Ka'be"},
    {"hamza written as apostrophe: Mi'raç", "tr", "Mi'raç", "miraç", "*", "*"},
    {"name with apostrophe, then a suffix", "tr", "Kur'an'da", "kuran", "*", "Kur'an"},
    // Consonant alternation and suffix chains in the stemmer.
    {"stem: nk/ng alternation, renk", "tr", "renk", "renk", "renk", "*"},
    {"stem: nk/ng alternation, rengi", "tr", "rengi", "rengi", "renk", "*"},
    {"stem: nk/ng alternation, renginde", "tr", "renginde", "renginde", "renk", "*"},
    {"stem: nk/ng alternation, ahengi", "tr", "ahengi", "ahengi", "ahenk", "*"},
    {"stem: plural + genitive -ların", "tr", "kitapların", "kitapların", "kitap", "*"},
    {"stem: plural + genitive -lerin", "tr", "evlerin", "evlerin", "ev", "*"},
    {"stem: derived noun with plural", "tr", "işçiler", "işçiler", "işçi", "*"},
    {"stem: derived noun", "tr", "işçi", "işçi", "işçi", "*"},
    {"stem: possessive after a consonant", "tr", "gölü", "gölü", "göl", "*"},
    // The compound possessive -sı -si -su -sü after a vowel: the stem of the
    // word before it, as Snowball stems that word bare.
    {"stem: possessive -si after e (belediyesi)", "tr", "belediyesi", "belediyesi", "beledi", "*"},
    {"stem: ... as its bare noun (belediye)", "tr", "belediye", "belediye", "beledi", "*"},
    {"stem: possessive -sü (sözcüsü)", "tr", "sözcüsü", "sözcüsü", "sözcü", "*"},
    {"stem: possessive -si (annesi)", "tr", "annesi", "annesi", "anne", "*"},
    {"stem: possessive -sı (odası)", "tr", "odası", "odası", "o", "*"},
    {"stem: ... as its bare noun (oda)", "tr", "oda", "oda", "o", "*"},
    {"stem: possessive + genitive (belediyesinin)", "tr", "belediyesinin", "belediyesinin", "belediye", "*"},
    {"stem: ... as its plural (belediyeler)", "tr", "belediyeler", "belediyeler", "belediye", "*"},
    {"stem: verbal noun + possessive (yapılması)", "tr", "yapılması", "yapılması", "yapılma", "*"},
    {"stem: final s of the word kept (kafesi)", "tr", "kafesi", "kafesi", "kafes", "*"},
    {"stem: final s of the word kept (meclisi)", "tr", "meclisi", "meclisi", "meclis", "*"},
    {"stem: final s of the word kept (polisler)", "tr", "polisler", "polisler", "polis", "*"},
    {"stem: one vowel before s is a word (sesi)", "tr", "sesi", "sesi", "ses", "*"},
    {"stem: a proper noun's s kept (Hamas)", "tr", "Hamas", "hamas", "hamas", "*"},
    {"stem: a name's possessive stays whole (Sözcüsü)", "tr", "Sözcüsü", "sözcüsü", "sözcüsü", "*"},
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
    {"all-caps query finds lower case (I -> ı)", "tr", "IŞIK", "ışık yandı"},
    {"all-caps query finds lower case (İ -> i)", "tr", "İSTANBUL", "istanbul sokakları"},
    {"all-caps query with suffix", "tr", "ANKARA'DA", "Ankara'ya gittik"},
    {"Kuran finds Kur'an", "tr", "Kuran", "Kur'an okudu"},
    {"Kur'an finds Kuran", "tr", "Kur'an", "Kuran okudu"},
    {"renk finds rengi", "tr", "renk", "gözlerinin rengi"},
    {"rengi finds renk", "tr", "rengi", "renk verdi"},
    {"göl finds Gölü'ne", "tr", "göl", "Van Gölü'ne gittiler"},
    {"Kayseri finds Kayseri'de", "tr", "Kayseri", "Kayseri'de yaşıyor"},
    {"demonym finds its plural", "tr", "Kosovalı", "Kosovalılar geldi"},
    {"noun finds its compound possessive", "tr", "belediye", "Ankara belediyesi açıkladı"},
    {"compound possessive finds its noun", "tr", "sözcüsü", "parti sözcü açıklaması"},
    {"possessive + case finds plural", "tr", "belediyeler", "belediyesinin kararı"},
    {"noun finds its possessive in a name", "tr", "sözcü", "Hamas Sözcüsü açıkladı"},
    {"capitalized possessive finds its noun", "tr", "belediye", "Ankara Büyükşehir Belediyesi"},
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
