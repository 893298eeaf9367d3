// Arabic light stemming (issue 16): proclitics, suffixes, spelling-neutral
// stems, Persian/Urdu marks, the captives/families over-conflation and mixed
// dagger-alef spellings. Each rule has rows that must match and rows that
// must not; tests/e2e/arabic_round_trip_test.cc runs a row of each through
// the real indexer and query code.
#include "word_rows.h"

using namespace lisan::analysis;
using namespace lisan::analysis::testing;

namespace {

// input -> stem (the Z term a query word and a document word share).
const WordRow kStems[] = {
    // proclitics, alone and before the article
    {"proclitic waw", "ar", "وعلم", "وعلم", "علم", "*"},
    {"proclitic fa", "ar", "فعلم", "فعلم", "علم", "*"},
    {"proclitic ba", "ar", "بعلم", "بعلم", "علم", "*"},
    {"proclitic kaf", "ar", "كعلم", "كعلم", "علم", "*"},
    {"proclitic lam", "ar", "لعلم", "لعلم", "علم", "*"},
    {"waw + article", "ar", "والعلم", "والعلم", "علم", "*"},
    {"fa + article", "ar", "فالعلم", "فالعلم", "علم", "*"},
    {"ba + article", "ar", "بالعلم", "بالعلم", "علم", "*"},
    {"kaf + article", "ar", "كالعلم", "كالعلم", "علم", "*"},
    {"lam + article (لل)", "ar", "للعلم", "للعلم", "علم", "*"},
    {"waw + ba + article", "ar", "وبالعلم", "وبالعلم", "علم", "*"},
    {"short stem after ba", "ar", "بيد", "بيد", "يد", "*"},
    {"short stem after waw", "ar", "ويد", "ويد", "يد", "*"},
    {"short stem after the article", "ar", "اليد", "اليد", "يد", "*"},
    {"teh-marbuta noun after ba", "ar", "بسيارة", "بسياره", "سيار", "*"},
    {"teh-marbuta noun after lam + article", "ar", "للمدرسة", "للمدرسه", "مدرس", "*"},
    {"root waw kept (born)", "ar", "ولد", "ولد", "ولد", "*"},
    {"root ba kept, feminine (minister)", "ar", "وزيرة", "وزيره", "وزير", "*"},
    {"root waw kept after waw + article", "ar", "والوزيرة", "والوزيره", "وزير", "*"},
    {"name of God is not article + له", "ar", "الله", "الله", "الله", "*"},
    // suffixes
    {"sound feminine plural -ات", "ar", "معلمات", "معلمات", "معلم", "*"},
    {"-ات after article", "ar", "السيارات", "السيارات", "سيار", "*"},
    {"masculine plural -ون", "ar", "معلمون", "معلمون", "معلم", "*"},
    {"masculine plural -ين", "ar", "المعلمين", "المعلمين", "معلم", "*"},
    {"dual -ان", "ar", "معلمان", "معلمان", "معلم", "*"},
    {"dual of teh-marbuta noun -تين", "ar", "مدرستين", "مدرستين", "مدرس", "*"},
    {"dual of teh-marbuta noun -تان", "ar", "مدرستان", "مدرستان", "مدرس", "*"},
    {"nisba -ية reaches -ي", "ar", "المصرية", "المصريه", "مصري", "*"},
    {"nisba plural -يين reaches -ي", "ar", "المصريين", "المصريين", "مصري", "*"},
    {"nisba plural -يون reaches -ي", "ar", "مصريون", "مصريون", "مصري", "*"},
    {"nisba -ي kept", "ar", "مصري", "مصري", "مصري", "*"},
    {"pronoun -ه", "ar", "كتابه", "كتابه", "كتاب", "*"},
    {"pronoun -ها", "ar", "كتابها", "كتابها", "كتاب", "*"},
    {"pronoun -هم", "ar", "كتابهم", "كتابهم", "كتاب", "*"},
    {"pronoun -هن", "ar", "كتابهن", "كتابهن", "كتاب", "*"},
    {"pronoun -كم", "ar", "كتابكم", "كتابكم", "كتاب", "*"},
    {"pronoun -نا", "ar", "كتابنا", "كتابنا", "كتاب", "*"},
    {"pronoun -هما", "ar", "كتابهما", "كتابهما", "كتاب", "*"},
    {"pronoun on teh-marbuta noun (ت -> ه)", "ar", "مدرستها", "مدرستها", "مدرس", "*"},
    {"plural then pronoun", "ar", "معلماتهم", "معلماتهم", "معلم", "*"},
    {"verb plural و before a pronoun", "ar", "ضربوهم", "ضربوهم", "ضرب", "*"},
    {"accusative alef", "ar", "كتابا", "كتابا", "كتاب", "*"},
    {"root ك before \"my\" -ي is not a proclitic", "ar", "كتابي", "كتابي", "كتابي", "*"},
    {"root ب before \"my\" -ي is not a proclitic", "ar", "بيتي", "بيتي", "بيتي", "*"},
    {"hamza seat then tanween alef", "ar", "شيئا", "شيءا", "شيء", "*"},
    // spellings: both reach one stem
    {"teh marbuta written ة", "ar", "مدرسة", "مدرسه", "مدرس", "*"},
    {"teh marbuta written ه", "ar", "مدرسه", "مدرسه", "مدرس", "*"},
    {"alef maksura written ى", "ar", "المستشفى", "المستشفي", "مستشفي", "*"},
    {"alef maksura written ي", "ar", "المستشفي", "المستشفي", "مستشفي", "*"},
    {"hamza on waw seat", "ar", "المسؤولين", "المسءولين", "مسءول", "*"},
    {"hamza on yeh seat", "ar", "المسئولين", "المسءولين", "مسءول", "*"},
    {"seat hamza before alef is not madda", "ar", "سؤال", "سءال", "سءال", "*"},
    {"seat hamza before alef, yeh seat", "ar", "رئاسة", "رءاسه", "رءاس", "*"},
    // Persian/Urdu marks
    {"ezafe hamza mark on heh", "ar", "خانه\u0654", "خانه", "*", "*"},
    {"Urdu yeh barree with hamza", "ar", "\u06D3", "ي", "*", "*"},
    // captives vs families
    {"captives keep their final ي", "ar", "الأسرى", "الاسري", "اسري", "*"},
    {"families after lam + article", "ar", "للأسر", "للاسر", "اسر", "*"},
};

const FindRow kFinds[] = {
    {"query without clitic finds clitic + article", "ar", "علم", "والعلم"},
    {"query with clitic + article finds bare word", "ar", "والعلم", "علم"},
    {"query with ba finds bare word", "ar", "بعلم", "العلم"},
    {"query with لل finds bare word", "ar", "للمدرسة", "مدرسة"},
    {"short stem: query finds clitic form", "ar", "يد", "بيد"},
    {"short stem: clitic query finds bare", "ar", "بيد", "اليد"},
    {"teh-marbuta noun: both directions", "ar", "وسيارة", "السيارة"},
    {"plural finds singular", "ar", "معلم", "المعلمات"},
    {"singular finds plural", "ar", "المعلمون", "معلم"},
    {"dual finds singular (teh marbuta)", "ar", "مدرستين", "المدرسة"},
    {"nisba feminine finds masculine", "ar", "مصرية", "المصري"},
    {"pronoun form finds noun", "ar", "كتابهم", "الكتاب"},
    {"noun finds pronoun form", "ar", "كتاب", "كتابنا"},
    {"alef maksura / yeh spelling", "ar", "مستشفى", "بالمستشفي"},
    {"teh marbuta / heh spelling", "ar", "المدرسة", "للمدرسه"},
    {"hamza seats", "ar", "مسؤولون", "المسئولين"},
    {"question: both seats", "ar", "سؤال", "سؤاله"},
    {"ezafe: Persian word with and without the mark", "ar", "خانه", "خانه\u0654"},
    {"dagger alefs: all kept", "ar", "السماوات", "ٱلسَّمَٰوَٰتِ"},
    {"dagger alefs: first dropped, second kept", "ar", "السموات", "ٱلسَّمَٰوَٰتِ"},
    {"dagger alefs: first kept, second dropped", "ar", "السماوت", "ٱلسَّمَٰوَٰتِ"},
    {"dagger alefs: both dropped", "ar", "السموت", "ٱلسَّمَٰوَٰتِ"},
    {"captives finds captives", "ar", "الأسرى", "أسرى"},
    {"families finds family", "ar", "للأسر", "الأسرة"},
};

const FindRow kMustNot[] = {
    {"captives must not find families", "ar", "الأسرى", "للأسر"},
    {"families must not find captives", "ar", "للأسر", "الأسرى"},
    {"captives must not find family", "ar", "أسرى", "الأسرة"},
    {"Egypt is not Egyptian", "ar", "مصر", "المصرية"},
    {"Egyptian is not Egypt", "ar", "مصري", "مصر"},
    {"Syria is not Syrian", "ar", "سوريا", "السوري"},
    {"question is not flowed", "ar", "سؤال", "سال"},
    {"presidency is not his head", "ar", "رئاسة", "راسه"},
    {"root ba: seas vs hot, after article", "ar", "حار", "بالبحار"},
    {"root waw: minister vs زير, feminine", "ar", "زير", "وزيرة"},
    {"root waw: born is not و + لد", "ar", "لد", "ولد"},
    {"short remainder kept: after is not عد", "ar", "عد", "بعد"},
    {"God is not to him", "ar", "له", "الله"},
    {"year is not tooth", "ar", "سن", "سنة"},
};

}  // namespace

TEST_CASE("Arabic stems: proclitics, suffixes, spellings, marks", "[analysis][ar][issue16]") {
  const auto row = GENERATE(from_range(std::begin(kStems), std::end(kStems)));
  check_word_row(row);
}

TEST_CASE("Arabic stems: query and document forms find each other", "[analysis][ar][issue16]") {
  const auto row = GENERATE(from_range(std::begin(kFinds), std::end(kFinds)));
  check_find_row(row);
}

TEST_CASE("Arabic stems: must not match", "[analysis][ar][issue16][must-not-match]") {
  const auto row = GENERATE(from_range(std::begin(kMustNot), std::end(kMustNot)));
  CAPTURE(row.rule, row.lang, row.query, row.doc);
  CHECK_FALSE(finds(row.lang, row.query, row.doc));
}

TEST_CASE("Arabic: every mix of two dagger alefs is a variant", "[analysis][ar][issue16]") {
  const Analysis a = analyzer().analyze("ٱلسَّمَٰوَٰتِ", "ar");
  REQUIRE(a.tokens.size() == 1);
  CHECK(a.tokens[0].folded == "السموت");
  CHECK(a.tokens[0].variants == std::vector<std::string>{"السماوات", "السموات", "السماوت"});
}
