// UTF-8 -> UTF-16 decoding with a byte-offset table and U+FFFD replacement.
#include "lisan/analysis/utf8_decoder.h"

namespace lisan::analysis {

namespace {

// Length of the sequence a lead byte announces (0 = not a lead byte), and the
// valid range of the second byte (excludes overlongs, surrogates, > U+10FFFF).
struct Lead {
  int length;
  unsigned char lo;
  unsigned char hi;
};

Lead classify(unsigned char b) {
  if (b < 0x80) return {1, 0, 0};
  if (b < 0xC2) return {0, 0, 0};
  if (b < 0xE0) return {2, 0x80, 0xBF};
  if (b == 0xE0) return {3, 0xA0, 0xBF};
  if (b == 0xED) return {3, 0x80, 0x9F};
  if (b < 0xF0) return {3, 0x80, 0xBF};
  if (b == 0xF0) return {4, 0x90, 0xBF};
  if (b < 0xF4) return {4, 0x80, 0xBF};
  if (b == 0xF4) return {4, 0x80, 0x8F};
  return {0, 0, 0};
}

}  // namespace

int Utf8Decoder::decode(std::string_view text, icu::UnicodeString& out) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  offsets_.resize(n + 1);
  // A UTF-8 text never needs more UTF-16 units than it has bytes.
  UChar* buf = out.getBuffer(static_cast<int32_t>(n + 1));
  std::int32_t len = 0;
  int invalid = 0;
  std::size_t i = 0;
  while (i < n) {
    const auto at = static_cast<std::uint32_t>(i);
    unsigned char b = s[i];
    if (b < 0x80) {
      offsets_[len] = at;
      buf[len++] = b;
      ++i;
      continue;
    }
    const Lead lead = classify(b);
    std::size_t k = 1;  // bytes consumed so far
    bool ok = lead.length > 0;
    UChar32 cp = 0;
    if (ok) {
      cp = b & (0xFF >> (lead.length + 1));
      for (; k < static_cast<std::size_t>(lead.length); ++k) {
        if (i + k >= n) { ok = false; break; }
        unsigned char c = s[i + k];
        unsigned char lo = k == 1 ? lead.lo : 0x80;
        unsigned char hi = k == 1 ? lead.hi : 0xBF;
        if (c < lo || c > hi) { ok = false; break; }
        cp = (cp << 6) | (c & 0x3F);
      }
    }
    if (!ok) {
      offsets_[len] = at;
      buf[len++] = 0xFFFD;
      ++invalid;
      i += k;  // the maximal invalid subpart (at least the lead byte)
      continue;
    }
    if (cp < 0x10000) {
      offsets_[len] = at;
      buf[len++] = static_cast<UChar>(cp);
    } else {
      offsets_[len] = at;
      buf[len++] = U16_LEAD(cp);
      offsets_[len] = at;
      buf[len++] = U16_TRAIL(cp);
    }
    i += k;
  }
  offsets_[len] = static_cast<std::uint32_t>(n);
  offsets_.resize(static_cast<std::size_t>(len) + 1);
  out.releaseBuffer(len);
  return invalid;
}

}  // namespace lisan::analysis
