// Arabic orthography, Uthmani (Quranic) spellings and Arabic stemming.
#include "word_rows.h"

using namespace lisan::analysis;
using namespace lisan::analysis::testing;

namespace {

const WordRow kArabicWords[] = {
    {"harakat removed", "ar", "كَتَبَ", "كتب", "*", "كَتَبَ"},
    {"tanween removed", "ar", "كتابٌ", "كتاب", "*", "*"},
    {"shadda removed", "ar", "محمّد", "محمد", "*", "*"},
    {"sukun removed", "ar", "قُلْ", "قل", "*", "*"},
    {"Uthmani sukun removed", "ar", "قُلۡ", "قل", "*", "*"},
    {"alef with hamza above", "ar", "أحمد", "احمد", "*", "أحمد"},
    {"alef with hamza below", "ar", "إسلام", "اسلام", "*", "*"},
    {"alef with madda", "ar", "آمن", "امن", "*", "*"},
    {"alef wasla", "ar", "ٱلله", "الله", "*", "*"},
    {"alef maksura -> yeh", "ar", "على", "علي", "*", "*"},
    {"teh marbuta -> heh", "ar", "مدرسة", "مدرسه", "*", "*"},
    {"hamza on waw seat", "ar", "مسؤول", "مسءول", "*", "*"},
    {"hamza on yeh seat", "ar", "مسئول", "مسءول", "*", "*"},
    {"hamza on the line kept", "ar", "سماء", "سماء", "*", "*"},
    {"tatweel removed", "ar", "الـــعـــربية", "العربيه", "*", "العربية"},
    {"Persian keheh -> kaf", "ar", "کتاب", "كتاب", "*", "*"},
    {"Persian yeh -> yeh", "ar", "علی", "علي", "*", "*"},
    {"heh with hamza -> heh", "ar", "خانۀ", "خانه", "*", "*"},
    {"Urdu heh goal -> heh", "ar", "ہم", "هم", "*", "*"},
    {"Arabic-Indic digits", "ar", "٢٠٢٤", "2024", "", "٢٠٢٤"},
    {"Persian digits", "ar", "۱۴۰۲", "1402", "", "*"},
    {"presentation forms (NFKC)", "ar", "ﺑﺴﻢ", "بسم", "*", "*"},
    {"lam-alef ligature (NFKC)", "ar", "ﻻ", "لا", "*", "*"},
    {"Allah ligature (NFKC)", "ar", "ﷲ", "الله", "*", "*"},
    {"ZWNJ inside a word", "ar", "می\u200Cخواهم", "ميخواهم", "*", "*"},
    {"Arabic letter mark inside a word", "ar", "عر\u061Cبي", "عربي", "*", "عربي"},
    {"dagger alef dropped", "ar", "هَٰذَا", "هذا", "*", "*"},
    {"dagger alef in al-Rahman", "ar", "ٱلرَّحۡمَٰنِ", "الرحمن", "*", "*"},
    {"dagger alef after alef maksura", "ar", "عَلَىٰ", "علي", "*", "*"},
    {"Quranic pause mark removed", "ar", "رَيۡبَۛ", "ريب", "*", "*"},
    {"small waw (silah) removed", "ar", "لَهُۥ", "له", "*", "*"},
    {"small yeh (silah) removed", "ar", "بِهِۦ", "به", "*", "*"},
    {"small high meem removed", "ar", "مِنۢ", "من", "*", "*"},
    {"small low meem removed", "ar", "ءَايَٰتِۭ", "ايت", "*", "*"},
    {"Uthmani madda spelled hamza+alef", "ar", "ءَامَنُواْ", "امنوا", "*", "*"},
    {"Uthmani madda inside a word", "ar", "ٱلۡقُرۡءَانُ", "القران", "*", "*"},
    {"hamza on tatweel before tanween alef (seat, not madda)", "ar", "شَيۡـٔٗا", "شيءا", "شيء", "*"},
    {"hamza below on yeh (mark)", "ar", "ٱمۡرِيٕٖ", "امرء", "*", "*"},
    {"hamza on tatweel after yeh", "ar", "يَـُٔودُهُۥ", "يءوده", "*", "*"},
    {"doubled alef after folding", "ar", "أأنذرتهم", "انذرتهم", "*", "*"},
    {"rub el hizb sign not a word", "ar", "۞قُلۡ", "قل", "*", "*"},
    {"stem: definite article", "ar", "الكتاب", "الكتاب", "كتاب", "*"},
    {"stem: proclitic waw", "ar", "وكتاب", "وكتاب", "كتاب", "*"},
    {"stem: proclitic ba", "ar", "بكتاب", "بكتاب", "كتاب", "*"},
    {"stem: root ba kept (seas)", "ar", "بحار", "بحار", "بحار", "*"},
    {"stem: root ba kept after article", "ar", "البحار", "البحار", "بحار", "*"},
    {"stem: root waw kept (minister)", "ar", "وزير", "وزير", "وزير", "*"},
    {"stem: root fa kept (film)", "ar", "فيلم", "فيلم", "فيلم", "*"},
    {"stem: root ba kept (country)", "ar", "بلاد", "بلاد", "بلاد", "*"},
    {"stem: root fa kept (Palestine)", "ar", "فلسطين", "فلسطين", "فلسطين", "*"},
};

const FindRow kArabicFinds[] = {
    {"dagger alef: modern spelling without alef", "ar", "الرحمن", "ٱلرَّحۡمَٰنِ"},
    {"dagger alef: modern spelling with alef", "ar", "الكتاب", "ذَٰلِكَ ٱلۡكِتَٰبُ"},
    {"dagger alef: this", "ar", "هذا", "هَٰذَا"},
    {"dagger alef: heavens", "ar", "السماوات", "ٱلسَّمَٰوَٰتِ"},
    {"waw with dagger alef: prayer", "ar", "الصلاة", "ٱلصَّلَوٰةَ"},
    {"small high yeh: Ibrahim", "ar", "إبراهيم", "إِبۡرَٰهِـۧمَ"},
    {"small high yeh: prophets", "ar", "النبيين", "ٱلنَّبِيِّـۧنَ"},
    {"Uthmani madda: Quran", "ar", "القرآن", "ٱلۡقُرۡءَانُ"},
    {"Uthmani madda: believed", "ar", "آمنوا", "ءَامَنُواْ"},
    {"hamza on tatweel: signs", "ar", "بآياتنا", "بِـَٔايَٰتِنَآ"},
    {"hamza on tatweel: thing", "ar", "شيئا", "شَيۡـٔٗا"},
    {"hamza seats: responsible", "ar", "مسئول", "هو مسؤول عن ذلك"},
    {"hamza below on yeh: man", "ar", "امرئ", "ٱمۡرِيٕٖ"},
    {"Israel with tatweel and dagger", "ar", "إسرائيل", "إِسۡرَـٰٓءِيلَ"},
    {"alef maksura / yeh", "ar", "على", "عَلَىٰ"},
    {"teh marbuta / heh", "ar", "مدرسه", "مدرسة"},
    {"Persian letters", "ar", "كتاب", "کتاب"},
    {"digits", "ar", "2024", "عام ٢٠٢٤"},
    {"stem: plural with article", "ar", "كتاب", "والكتاب"},
    {"diacritized query finds plain text", "ar", "كِتَابٌ", "كتاب"},
};

}  // namespace

TEST_CASE("Arabic words", "[analysis][ar]") {
  const auto row = GENERATE(from_range(std::begin(kArabicWords), std::end(kArabicWords)));
  check_word_row(row);
}

TEST_CASE("Arabic: modern words find classical and variant spellings", "[analysis][ar]") {
  const auto row = GENERATE(from_range(std::begin(kArabicFinds), std::end(kArabicFinds)));
  check_find_row(row);
}

TEST_CASE("Arabic: dagger alef variants", "[analysis][ar]") {
  const Analysis a = analyzer().analyze("ٱلصَّلَوٰةَ", "ar");
  REQUIRE(a.tokens.size() == 1);
  CHECK(a.tokens[0].folded == "الصلوه");
  CHECK(a.tokens[0].variants == std::vector<std::string>{"الصلواه", "الصلاه"});
  const Analysis b = analyzer().analyze("عَلَىٰ", "ar");
  REQUIRE(b.tokens.size() == 1);
  CHECK(b.tokens[0].variants.empty());
}
