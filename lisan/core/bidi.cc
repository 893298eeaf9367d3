#include "lisan/core/bidi.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace lisan::bidi {

bool has_rtl(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0x0590) continue;  // fast path: nothing below Hebrew is RTL
    const UCharDirection d = u_charDirection(c);
    if (d == U_RIGHT_TO_LEFT || d == U_RIGHT_TO_LEFT_ARABIC) return true;
  }
  return false;
}

std::string isolate(std::string_view text) {
  if (!has_rtl(text)) return std::string(text);
  std::string out = "\xE2\x81\xA8";  // U+2068 FIRST STRONG ISOLATE
  out.append(text);
  out += "\xE2\x81\xA9";  // U+2069 POP DIRECTIONAL ISOLATE
  return out;
}

}  // namespace lisan::bidi
