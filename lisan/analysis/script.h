// Script and character-class helpers shared by the segmenter, the filters and
// the language detector. Pure functions on code points; thread-safe.
#pragma once

#include <unicode/umachine.h>

namespace lisan::analysis {

enum class Script : unsigned char { kNone, kLatin, kArabic, kOther };

// Script of a letter; kNone for digits, punctuation, marks and spaces.
Script letter_script(UChar32 c);

// Arabic-script block (Arabic, Supplement, Extended-A, presentation forms).
inline bool is_arabic_block(UChar32 c) {
  return (c >= 0x0600 && c <= 0x06FF) || (c >= 0x0750 && c <= 0x077F) ||
         (c >= 0x08A0 && c <= 0x08FF) || (c >= 0xFB50 && c <= 0xFDFF) ||
         (c >= 0xFE70 && c <= 0xFEFF && c != 0xFEFF);
}

// Invisible format controls that change no meaning (bidi marks, embeddings,
// isolates, ZWSP, ZWNJ/ZWJ, word joiner, BOM, soft hyphen, Arabic letter mark).
inline bool is_ignorable_format(UChar32 c) {
  return c == 0x00AD || c == 0x061C || (c >= 0x200B && c <= 0x200F) ||
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2060 && c <= 0x2064) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0xFEFF;
}

// Apostrophe look-alikes folded to U+0027 (straight, curly left/right,
// modifier letter apostrophe, full-width).
inline bool is_apostrophe(UChar32 c) {
  return c == 0x0027 || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == 0xFF07;
}

// Letters, digits, marks and connector punctuation: what hashtags and
// handles are made of.
bool is_tag_char(UChar32 c);

}  // namespace lisan::analysis
