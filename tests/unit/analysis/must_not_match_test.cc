// Guards against over-normalization: pairs that must NOT match by default.
#include "word_rows.h"

using namespace lisan::analysis;
using namespace lisan::analysis::testing;

namespace {

const FindRow kMustNotMatch[] = {
    {"Turkish ı vs i (warm vs marrow)", "tr", "ılık", "ilik"},
    {"Turkish i vs ı, reverse", "tr", "ilik", "ılık"},
    {"Turkish ü vs u (Kurd vs wolf)", "tr", "kurt", "Kürt"},
    {"Turkish u vs ü, reverse", "tr", "Kürt", "kurt"},
    {"Turkish ş vs s without --fold", "tr", "sehit", "şehit"},
    {"Turkish plural stems stay apart", "tr", "kurt", "Kürtler"},
    {"Arabic dots: ha vs jim", "ar", "حمل", "جمل"},
    {"Arabic dots: ayn vs ghayn", "ar", "عرب", "غرب"},
    {"Arabic dots: sin vs shin", "ar", "سر", "شر"},
    {"Arabic dots: dal vs dhal", "ar", "دم", "ذم"},
    {"Arabic dots: ra vs zay", "ar", "رد", "زد"},
    {"Arabic dots: ha vs kha", "ar", "حار", "خار"},
    {"Arabic dots: ba vs nun", "ar", "بحر", "نحر"},
    {"Arabic proclitic ba belongs to the word (seas vs hot)", "ar", "حار", "بحار"},
    {"Arabic proclitic ba, reverse", "ar", "بحار", "حار"},
    {"Arabic proclitic waw belongs to the word (minister)", "ar", "زير", "وزير"},
    {"Arabic proclitic fa belongs to the word (film)", "ar", "يلم", "فيلم"},
    {"Arabic proclitic ba belongs to the word (country)", "ar", "لاد", "بلاد"},
    {"Arabic proclitic waw belongs to the word (arrival)", "ar", "صول", "وصول"},
    {"English stems: university vs universe", "en", "university", "universe"},
    {"English stems: business vs busy", "en", "business", "busy"},
    {"English stems: organization vs organ", "en", "organ", "organizations"},
    {"English stems: experiment vs experience", "en", "experiment", "experience"},
    {"English stems: animal vs animation", "en", "animal", "animation"},
    {"English stems: international vs internal", "en", "international", "internal"},
    {"English irregular: lives stays with live, not life", "en", "life", "they lives"},
    {"English irregular: leaves stays with leave, not leaf", "en", "leaf", "she leaves"},
    {"English irregular: men is not mention", "en", "men", "a mention"},
    {"English irregular: people is not personal", "en", "people", "personal"},
    {"English irregular: went is not want", "en", "went", "want"},
    {"Turkish: Kur'an is not kur (rate)", "tr", "kur", "Kur'an okudu"},
    {"Turkish: all-caps I is ı, not i (ILIK vs ilik)", "tr", "ILIK", "ilik"},
    {"Turkish: renk is not ren", "tr", "ren", "renk"},
    {"Turkish: San'a cut before a dative-looking suffix stays san", "tr", "sana", "San'a gittiler"},
    {"Turkish: kafes (cage) is not kafe (café)", "tr", "kafe", "kuş kafesi"},
    {"Turkish: Hamas is not Hama", "tr", "Hama", "Hamas açıklaması"},
    {"Turkish: tenis is not ten (skin)", "tr", "ten", "tenis maçı"},
    {"Turkish: ses (voice) is not se", "tr", "se", "sesi"},
    {"Dutch stems: boom (tree) vs bom (bomb)", "nl", "boom", "bom"},
    {"Dutch stems: bomen (trees) vs bommen (bombs)", "nl", "bomen", "bommen"},
    {"Dutch stems: maan (moon) vs man", "nl", "maan", "man"},
    {"Dutch stems: manen vs mannen", "nl", "manen", "mannen"},
    {"Dutch stems: mens vs men", "nl", "mens", "men"},
    {"Dutch: bij (bee) is not a diminutive of bi", "nl", "bi", "bij"},
    {"Dutch: undoubling keeps zon (sun) and zoon (son) apart", "nl", "zonnen", "zonen"},
    {"Dutch: bus is not buis (pipe)", "nl", "bussen", "buizen"},
    // Dutch verb forms, -eren plurals and -tje diminutives: a final t or d
    // is only cut where hunspell-nl lists the word as that verb's form.
    {"Dutch: kust (coast) is not kus (kiss)", "nl", "kus", "langs de kust"},
    {"Dutch: kus is not kust, reverse", "nl", "kust", "een kus"},
    {"Dutch: kusten (coasts) is not kussen", "nl", "kussen", "de kusten"},
    {"Dutch: kind is not kin (chin)", "nl", "kin", "het kind"},
    {"Dutch: kinderen is not kin", "nl", "kin", "de kinderen"},
    {"Dutch: rust is not rus (Russian)", "nl", "rus", "rust"},
    {"Dutch: tijd is not tij (tide)", "nl", "tij", "tijd"},
    {"Dutch: kant is not kan", "nl", "kan", "kant"},
    {"Dutch: hart is not har", "nl", "har", "hart"},
    {"Dutch: rente (interest) is not rennen", "nl", "rennen", "rente"},
    {"Dutch: hielden (held) is not hielen (heeled)", "nl", "hiel", "hielden"},
    {"Dutch: bekend (known) is not bek (beak)", "nl", "bek", "bekend"},
    {"Dutch: open is not op", "nl", "op", "open"},
    {"Dutch: bomt (bombs) is not bomen (trees)", "nl", "bomen", "bomt"},
    {"Dutch: schept (scoops) is not schepen (ships)", "nl", "schip", "schept"},
    {"Dutch: bootje is not bot (bone)", "nl", "bot", "bootje"},
    {"Dutch: boot (boat) is not bot (bone)", "nl", "boot", "bot"},
    {"Dutch: kaartje keeps its t (not kaar)", "nl", "kaar", "kaartje"},
    {"Dutch: staartje is staart, not staar (cataract)", "nl", "staar", "staartje"},
    {"Dutch: lampje is not lam", "nl", "lam", "lampje"},
    {"Dutch: liederen (songs) is not liederlijk (debauched)", "nl", "liederlijk", "liederen"},
    {"word only part of a hashtag without split", "en", "gaza", "#gazaupdates"},
    {"word only part of a handle", "en", "gaza", "@gaza_news"},
    {"word only part of a handle (camelCase)", "en", "news", "@GazaNews"},
    {"word only part of a URL", "en", "news", "https://example.com/news"},
    {"word only part of an e-mail", "en", "example", "me@example.com"},
};

}  // namespace

TEST_CASE("Must not match", "[analysis][must-not-match]") {
  const auto row = GENERATE(from_range(std::begin(kMustNotMatch), std::end(kMustNotMatch)));
  CAPTURE(row.rule, row.lang, row.query, row.doc);
  CHECK_FALSE(finds(row.lang, row.query, row.doc));
}

TEST_CASE("Turkish ASCII folding matches both ways only through ascii_folded", "[analysis][tr]") {
  const Analysis a = analyzer().analyze("şehit", "tr");
  const Analysis b = analyzer().analyze_as("sehit", "tr");
  REQUIRE(a.tokens.size() == 1);
  REQUIRE(b.tokens.size() == 1);
  CHECK(a.tokens[0].folded != b.tokens[0].folded);
  CHECK(a.tokens[0].ascii_folded == b.tokens[0].folded);
}
