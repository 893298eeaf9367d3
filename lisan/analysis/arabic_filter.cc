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

namespace {

enum class Spelling { kModern, kFullAlef, kWawAsAlef };

// One pass over `in` (NFKC text) writing the folded spelling to `out`.
//  kModern:    dagger alef and small letters dropped (الرحمن، هذا، ذلك);
//  kFullAlef:  dagger alef -> ا (الرحمان، الكتاب، السماوات), small high
//              yeh/noon -> ي/ن (إبراهيم، النبيين);
//  kWawAsAlef: as kFullAlef, but وٰ -> ا (الصلاة، الزكاة، الحياة).
void fold_pass(const icu::UnicodeString& in, Spelling spelling, icu::UnicodeString& out) {
  out.remove();
  const std::int32_t n = in.length();
  UChar prev_letter = 0;  // last letter of `in`, before mapping
  for (std::int32_t r = 0; r < n; ++r) {
    const UChar c = in.charAt(r);
    const std::int32_t len = out.length();
    const UChar prev = len > 0 ? out.charAt(len - 1) : 0;
    if (c == kDaggerAlef) {
      if (spelling == Spelling::kModern) continue;
      // After alef maksura (على، موسىٰ) modern spelling writes no alef.
      if (prev == kWaw && spelling == Spelling::kWawAsAlef) {
        out.setCharAt(len - 1, kAlef);
      } else if (prev_letter != 0x0649 && prev != kAlef) {
        out.append(kAlef);
      }
      continue;
    }
    if (spelling != Spelling::kModern && (c == 0x06E7 || c == 0x06E8)) {
      out.append(c == 0x06E7 ? kYeh : static_cast<UChar>(0x0646));
      continue;
    }
    if (c == 0x0654 || c == 0x0655) {
      // A hamza mark left uncomposed sits on a yeh or waw seat (امريٕ) or
      // stands alone: either way the seat folds to ء like ئ and ؤ do.
      if (prev == kYeh || prev == kWaw) {
        out.setCharAt(len - 1, kHamza);
      } else {
        out.append(kHamza);
      }
      continue;
    }
    if (is_removed_mark(c)) continue;
    const UChar m = map_letter(c);
    if (m != 0) out.append(m);
    prev_letter = c;
  }
  // Uthmani spells madda as hamza + alef (ءامنوا، القرءان): ءا -> ا; and a
  // doubled alef (أأنذرتهم after alef folding) is one.
  std::int32_t w = 0;
  const std::int32_t m = out.length();
  UChar* p = out.getBuffer(m);
  for (std::int32_t r = 0; r < m; ++r) {
    if (p[r] == kHamza && r + 1 < m && p[r + 1] == kAlef) continue;
    if (p[r] == kAlef && w > 0 && p[w - 1] == kAlef) continue;
    p[w++] = p[r];
  }
  out.releaseBuffer(w);
}

}  // namespace

void fold_arabic(icu::UnicodeString& word, std::vector<icu::UnicodeString>* variants,
                 icu::UnicodeString& scratch) {
  bool classical = false;
  bool waw_dagger = false;
  const std::int32_t n = word.length();
  for (std::int32_t i = 0; i < n; ++i) {
    const UChar c = word.charAt(i);
    if (c == kDaggerAlef || c == 0x06E7 || c == 0x06E8) classical = true;
    if (c == kDaggerAlef && i > 0 && word.charAt(i - 1) == kWaw) waw_dagger = true;
  }
  if (variants != nullptr) variants->clear();
  if (classical && variants != nullptr) {
    fold_pass(word, Spelling::kFullAlef, scratch);
    variants->push_back(scratch);
    if (waw_dagger) {
      fold_pass(word, Spelling::kWawAsAlef, scratch);
      variants->push_back(scratch);
    }
  }
  fold_pass(word, Spelling::kModern, scratch);
  word.swap(scratch);
  if (variants != nullptr) {
    for (std::size_t i = variants->size(); i-- > 0;) {
      if ((*variants)[i] == word) variants->erase(variants->begin() + static_cast<std::ptrdiff_t>(i));
    }
  }
}

}  // namespace lisan::analysis
