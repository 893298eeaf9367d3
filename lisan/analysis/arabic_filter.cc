// Arabic orthography folding (see arabic_filter.h for the rules).
#include "lisan/analysis/arabic_filter.h"

#include "lisan/analysis/script.h"

namespace lisan::analysis {

namespace {

constexpr UChar kAlef = 0x0627;
constexpr UChar kHamza = 0x0621;
constexpr UChar kYeh = 0x064A;
constexpr UChar kHeh = 0x0647;
constexpr UChar kKaf = 0x0643;
constexpr UChar kWaw = 0x0648;
constexpr UChar kDaggerAlef = 0x0670;

// Marks and small Quranic letters removed for matching.
bool is_removed_mark(UChar c) {
  return (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F && c != 0x0654 && c != 0x0655) ||
         (c >= 0x06D6 && c <= 0x06ED) || (c >= 0x08D3 && c <= 0x08FF) || c == 0x0640;
}

// Letter-level mapping; returns 0 to drop the character.
UChar map_letter(UChar c) {
  switch (c) {
    case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673:
      return kAlef;  // آ أ إ ٱ ٲ ٳ
    case 0x0624: case 0x0626: case 0x0654: case 0x0655: case 0x0674:
      return kHamza;  // ؤ ئ, hamza above/below as marks, high hamza
    case 0x0649: case 0x06CC: case 0x06D2: case 0x06D0: case 0x06CD:
      return kYeh;  // ى ی ے ې ۍ
    case 0x0629: case 0x06C0: case 0x06C1: case 0x06C2: case 0x06C3: case 0x06BE: case 0x06D5:
      return kHeh;  // ة ۀ ہ ۂ ۃ ھ ە
    case 0x06A9: case 0x06AA:
      return kKaf;  // ک ڪ
    case 0x066B: return '.';
    case 0x066C: return ',';
    default: break;
  }
  if (c >= 0x0660 && c <= 0x0669) return static_cast<UChar>('0' + (c - 0x0660));
  if (c >= 0x06F0 && c <= 0x06F9) return static_cast<UChar>('0' + (c - 0x06F0));
  return c;
}

// Uthmani spells madda as hamza + alef (ءامنوا, القرءان): fold ءا -> ا.
void fold_spelled_madda(icu::UnicodeString& s) {
  std::int32_t n = s.length();
  std::int32_t w = 0;
  UChar* p = s.getBuffer(n);
  for (std::int32_t r = 0; r < n; ++r) {
    if (p[r] == kHamza && r + 1 < n && p[r + 1] == kAlef) continue;
    p[w++] = p[r];
  }
  s.releaseBuffer(w);
}

}  // namespace

bool has_arabic(const icu::UnicodeString& word) {
  const std::int32_t n = word.length();
  for (std::int32_t i = 0; i < n; ++i) {
    if (is_arabic_block(word.charAt(i))) return true;
  }
  return false;
}

void fold_arabic_digits(icu::UnicodeString& text) {
  const std::int32_t n = text.length();
  for (std::int32_t i = 0; i < n; ++i) {
    UChar c = text.charAt(i);
    if ((c >= 0x0660 && c <= 0x066C) || (c >= 0x06F0 && c <= 0x06F9)) {
      text.setCharAt(i, map_letter(c));
    }
  }
}

void fold_arabic(icu::UnicodeString& word, icu::UnicodeString* variant) {
  const std::int32_t n = word.length();
  bool has_dagger = false;
  for (std::int32_t i = 0; i < n; ++i) {
    if (word.charAt(i) == kDaggerAlef) {
      has_dagger = true;
      break;
    }
  }
  if (variant != nullptr) variant->remove();
  const bool make_variant = has_dagger && variant != nullptr;

  UChar* p = word.getBuffer(n);
  std::int32_t w = 0;
  for (std::int32_t r = 0; r < n; ++r) {
    const UChar c = p[r];
    if (c == kDaggerAlef) {
      if (make_variant) {
        // After alef maksura / yeh the dagger is not written in modern
        // spelling (على); after waw the modern spelling replaces the waw
        // (صلوٰة -> صلاة); elsewhere it becomes a full alef (الرحمٰن -> الرحمان).
        const std::int32_t vlen = variant->length();
        const UChar prev = vlen > 0 ? variant->charAt(vlen - 1) : 0;
        if (prev == kWaw) {
          variant->setCharAt(vlen - 1, kAlef);
        } else if (prev != kYeh && prev != kAlef) {
          variant->append(kAlef);
        }
      }
      continue;
    }
    if (is_removed_mark(c)) continue;
    const UChar m = map_letter(c);
    if (m == 0) continue;
    p[w++] = m;
    if (make_variant) variant->append(m);
  }
  word.releaseBuffer(w);
  fold_spelled_madda(word);
  if (make_variant) {
    fold_spelled_madda(*variant);
    if (*variant == word) variant->remove();
  }
}

}  // namespace lisan::analysis
