// Arabic orthography folding (see arabic_filter.h for the rules).
#include "lisan/analysis/arabic_filter.h"

#include <algorithm>
#include <cstdint>

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
// A hamza that sat on a waw or yeh seat (ؤ ئ) while folding: it becomes ء
// at the end but, unlike a hamza written on the line, never merges with a
// following alef (سؤال "question" is not سال "flowed", رئاسة is not راسه).
constexpr UChar kSeatHamza = 0xE000;  // private use, never left in the output

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
    case 0x0624: case 0x0626:
      return kSeatHamza;  // ؤ ئ
    case 0x0654: case 0x0655: case 0x0674:
      return kHamza;  // hamza above/below as marks, high hamza
    case 0x0649: case 0x06CC: case 0x06D2: case 0x06D3: case 0x06D0: case 0x06CD:
      return kYeh;  // ى ی ے ۓ ې ۍ (the hamza of Urdu ۓ is a pronunciation mark)
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
// True if a tanween fath (ً, or U+0657 / U+08F0 as Uthmani texts write it)
// is among the marks at in[from...]: the alef after it is the tanween's seat
// (شيئًا، جزءًا), not the second half of a madda spelled ءا.
bool tanween_follows(const icu::UnicodeString& in, std::int32_t from) {
  for (std::int32_t i = from; i < in.length() && is_removed_mark(in.charAt(i)); ++i) {
    const UChar c = in.charAt(i);
    if (c == 0x064B || c == 0x0657 || c == 0x08F0) return true;
  }
  return false;
}

// `full` selects which dagger alefs kFullAlef writes as alef (bit i for the
// i-th; the 32nd and later follow bit 31), so a word with several can be
// spelled with some kept and others dropped (السموات for ٱلسَّمَٰوَٰتِ).
void fold_pass(const icu::UnicodeString& in, Spelling spelling, std::uint32_t full,
               icu::UnicodeString& out) {
  out.remove();
  const std::int32_t n = in.length();
  UChar prev_letter = 0;  // last letter of `in`, before mapping
  int dagger = 0;         // dagger alefs seen so far
  for (std::int32_t r = 0; r < n; ++r) {
    const UChar c = in.charAt(r);
    const std::int32_t len = out.length();
    const UChar prev = len > 0 ? out.charAt(len - 1) : 0;
    if (c == kDaggerAlef) {
      const bool write = ((full >> std::min(dagger++, 31)) & 1U) != 0;
      if (spelling == Spelling::kModern || !write) continue;
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
      // Persian/Urdu ezafe: the hamza above on a heh (خانهٔ, written with
      // the combining mark; precomposed ۀ is mapped to ه) is not a letter.
      if (prev == kHeh) continue;
      // A hamza mark left uncomposed sits on a yeh or waw seat (امريٕ) or
      // stands alone: either way the seat folds to ء like ئ and ؤ do.
      if (prev == kYeh || prev == kWaw) {
        out.setCharAt(len - 1, kSeatHamza);
      } else {
        out.append(tanween_follows(in, r + 1) ? kSeatHamza : kHamza);
      }
      continue;
    }
    if (c == kHamza && tanween_follows(in, r + 1)) {
      out.append(kSeatHamza);
      prev_letter = c;
      continue;
    }
    if (is_removed_mark(c)) continue;
    const UChar m = map_letter(c);
    if (m != 0) out.append(m);
    prev_letter = c;
  }
  // Uthmani spells madda as hamza + alef (ءامنوا، القرءان): ءا -> ا in a
  // vocalized word (modern undiacritized text writes آ for madda, and ءا is
  // hamza + tanween alef: جزءا); and a doubled alef (أأنذرتهم after alef
  // folding) is one.
  bool vocalized = false;
  for (std::int32_t r = 0; r < n && !vocalized; ++r) {
    vocalized = is_removed_mark(in.charAt(r)) && in.charAt(r) != 0x0640;
  }
  std::int32_t w = 0;
  const std::int32_t m = out.length();
  UChar* p = out.getBuffer(m);
  for (std::int32_t r = 0; r < m; ++r) {
    if (vocalized && p[r] == kHamza && r + 1 < m && p[r + 1] == kAlef) continue;
    if (p[r] == kAlef && w > 0 && p[w - 1] == kAlef) continue;
    p[w++] = p[r] == kSeatHamza ? kHamza : p[r];
  }
  out.releaseBuffer(w);
}

}  // namespace

void fold_arabic(icu::UnicodeString& word, std::vector<icu::UnicodeString>* variants,
                 icu::UnicodeString& scratch) {
  bool classical = false;
  bool waw_dagger = false;
  int daggers = 0;
  const std::int32_t n = word.length();
  for (std::int32_t i = 0; i < n; ++i) {
    const UChar c = word.charAt(i);
    if (c == kDaggerAlef || c == 0x06E7 || c == 0x06E8) classical = true;
    if (c == kDaggerAlef) ++daggers;
    if (c == kDaggerAlef && i > 0 && word.charAt(i - 1) == kWaw) waw_dagger = true;
  }
  if (variants != nullptr) variants->clear();
  if (classical && variants != nullptr) {
    // Every mix of kept and dropped dagger alefs up to kMaxMixedDaggers of
    // them (2^k - 1 spellings besides the modern one; a word with more gets
    // only all-full, which keeps the number of index terms bounded).
    constexpr int kMaxMixedDaggers = 3;
    const std::uint32_t all = ~0U;
    const std::uint32_t masks = daggers <= kMaxMixedDaggers ? (1U << daggers) : 2U;
    for (std::uint32_t mask = masks - 1; mask >= 1; --mask) {
      fold_pass(word, Spelling::kFullAlef, mask == masks - 1 ? all : mask, scratch);
      variants->push_back(scratch);
    }
    if (daggers == 0) {  // small high yeh/noon only
      fold_pass(word, Spelling::kFullAlef, all, scratch);
      variants->push_back(scratch);
    }
    if (waw_dagger) {
      fold_pass(word, Spelling::kWawAsAlef, all, scratch);
      variants->push_back(scratch);
    }
  }
  fold_pass(word, Spelling::kModern, 0, scratch);
  word.swap(scratch);
  if (variants != nullptr) {
    // Drop the modern spelling and repeats (a dagger after alef maksura
    // writes nothing, so masks can coincide); keep the first of each.
    std::vector<icu::UnicodeString> unique;
    for (auto& v : *variants) {
      if (v != word && std::find(unique.begin(), unique.end(), v) == unique.end()) {
        unique.push_back(std::move(v));
      }
    }
    variants->swap(unique);
  }
}

}  // namespace lisan::analysis
