// Decimal digit folding (digits.h).
#include "lisan/analysis/digits.h"

#include <unicode/uchar.h>

namespace lisan::analysis {

void fold_decimal_digits(icu::UnicodeString& text) {
  for (std::int32_t i = 0; i < text.length();) {
    const UChar32 c = text.char32At(i);
    const std::int32_t len = U16_LENGTH(c);
    if (c >= 0x80 && u_charType(c) == U_DECIMAL_DIGIT_NUMBER) {
      const auto ascii = static_cast<UChar>('0' + u_charDigitValue(c));
      text.replace(i, len, ascii);
      ++i;
      continue;
    }
    i += len;
  }
}

}  // namespace lisan::analysis
