// ArabicFilter: Arabic-script orthography folding, applied to every token
// that holds Arabic-script letters whatever its language (orthography goes by
// script, stemming by language). Input is NFKC-composed (presentation forms
// already mapped to letters, hamza marks composed onto their seats).
//
// Removes harakat, tanween, shadda, sukun, Quranic annotation and pause marks
// (U+0610-061A, U+064B-065F, U+06D6-06ED including the small letters Unicode
// classes as letters, U+08D3-08FF) and tatweel; alef forms -> ا; ى ی ے -> ي;
// ة ۀ ە ہ ھ -> ه (the ezafe hamza mark after a heh is dropped); ۓ -> ي;
// ک -> ك; every hamza seat (ؤ ئ ء, combining hamza, hamza on tatweel) -> ء,
// Uthmani ءا (madda spelled out) -> ا for a hamza written on the line (a
// seat hamza before alef stays: سؤال -> سءال, not سال), اا -> ا;
// Arabic-Indic and Persian digits -> ASCII. The dagger alef U+0670 is
// dropped; when it occurs, variants receive the spelling with a full alef in
// its place (and وٰ -> ا, as in صلوٰة -> صلاة), so both modern spellings find
// the classical word; a word with two or three dagger alefs gets every mix
// of kept and dropped ones (ٱلسَّمَٰوَٰتِ: السماوات، السموات، السماوت).
// Pure functions; thread-safe.
#pragma once

#include <vector>

#include <unicode/unistr.h>

namespace lisan::analysis {

// Folds `word` in place (`scratch` is a reused buffer). If `variants` is
// non-null it is cleared and, for a classical spelling (dagger alef, small
// high yeh/noon), receives the other modern spellings that differ from the
// folded word: full alef (الرحمان، السماوات، إبراهيم) and, when a waw carries
// the dagger alef, waw-as-alef (الصلاة).
void fold_arabic(icu::UnicodeString& word, std::vector<icu::UnicodeString>* variants,
                 icu::UnicodeString& scratch);

// True if the text has a code point of the Arabic blocks.
bool has_arabic(const icu::UnicodeString& word);

// Maps Arabic-Indic (U+0660-9) and extended (U+06F0-9) digits to ASCII, in
// place, and the Arabic decimal/thousands separators to '.' and ','.
void fold_arabic_digits(icu::UnicodeString& text);

}  // namespace lisan::analysis
