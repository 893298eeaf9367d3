// Script classification of code points (ICU uscript + ranges).
#include "lisan/analysis/script.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace lisan::analysis {

Script letter_script(UChar32 c) {
  if (c < 0x80) {
    return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') ? Script::kLatin : Script::kNone;
  }
  if (!u_isalpha(c)) return Script::kNone;
  if (is_arabic_block(c)) return Script::kArabic;
  UErrorCode status = U_ZERO_ERROR;
  UScriptCode sc = uscript_getScript(c, &status);
  if (U_FAILURE(status)) return Script::kOther;
  switch (sc) {
    case USCRIPT_LATIN: return Script::kLatin;
    case USCRIPT_ARABIC: return Script::kArabic;
    case USCRIPT_COMMON:
    case USCRIPT_INHERITED: return Script::kNone;
    default: return Script::kOther;
  }
}

bool is_tag_char(UChar32 c) {
  if (c < 0x80) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_';
  }
  if (c == 0x200C || c == 0x200D) return true;  // ZWNJ/ZWJ inside Persian/Arabic words
  const int8_t type = u_charType(c);
  return u_isalnum(c) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK ||
         type == U_ENCLOSING_MARK;
}

}  // namespace lisan::analysis
