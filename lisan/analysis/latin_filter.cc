// Latin accent folding, with Turkish letters optionally kept.
#include "lisan/analysis/latin_filter.h"

#include <stdexcept>

#include <unicode/uchar.h>

#include "lisan/analysis/script.h"

namespace lisan::analysis {

namespace {

// Latin letters with accents or special forms live in these blocks.
bool needs_latin_fold(UChar c) {
  return (c >= 0x00C0 && c <= 0x024F) || (c >= 0x1E00 && c <= 0x1EFF) ||
         (c >= 0x0300 && c <= 0x036F) || (c >= 0x0370 && c <= 0x03FF) || (c >= 0x1F00 && c <= 0x1FFF);
}

// Letters with no canonical decomposition, folded by hand; 0 = keep.
const char* special_fold(UChar c) {
  switch (c) {
    case 0x00F8: return "o";   // ø
    case 0x0111: return "d";   // đ
    case 0x0142: return "l";   // ł
    case 0x00E6: return "ae";  // æ
    case 0x0153: return "oe";  // œ
    case 0x0127: return "h";   // ħ
    case 0x00F0: return "d";   // ð
    default: return nullptr;
  }
}

// Turkish keeps cedilla under c/s, breve over g, diaeresis over o/u.
bool is_turkish_letter_mark(UChar base, UChar mark) {
  switch (mark) {
    case 0x0327: return base == 'c' || base == 's';
    case 0x0306: return base == 'g';
    case 0x0308: return base == 'o' || base == 'u';
    default: return false;
  }
}

}  // namespace

LatinFilter::LatinFilter() {
  UErrorCode status = U_ZERO_ERROR;
  nfd_ = icu::Normalizer2::getNFDInstance(status);
  nfc_ = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) {
    throw std::runtime_error(std::string("cannot load ICU normalizers: ") + u_errorName(status));
  }
}

void LatinFilter::fold(icu::UnicodeString& word, bool keep_turkish_letters) {
  const std::int32_t n = word.length();
  bool any = false;
  for (std::int32_t i = 0; i < n; ++i) {
    if (needs_latin_fold(word.charAt(i))) {
      any = true;
      break;
    }
  }
  if (!any) return;
  UErrorCode status = U_ZERO_ERROR;
  nfd_->normalize(word, decomposed_, status);
  if (U_FAILURE(status)) return;
  word.remove();
  UChar base = 0;
  bool base_latin = false;
  const std::int32_t m = decomposed_.length();
  for (std::int32_t i = 0; i < m;) {
    const UChar32 c = decomposed_.char32At(i);
    i += U16_LENGTH(c);
    if (c >= 0x0300 && c <= 0x036F) {
      if (base_latin && !(keep_turkish_letters && is_turkish_letter_mark(base, static_cast<UChar>(c)))) {
        continue;
      }
      word.append(c);
      continue;
    }
    if (c < 0x10000) {
      if (const char* f = special_fold(static_cast<UChar>(c))) {
        for (const char* q = f; *q != 0; ++q) word.append(static_cast<UChar>(*q));
        base = 0;
        base_latin = true;
        continue;
      }
      if (c == 0x0131 && !keep_turkish_letters) {  // dotless ı outside Turkish
        word.append(static_cast<UChar>('i'));
        base = 'i';
        base_latin = true;
        continue;
      }
    }
    base = c < 0x10000 ? static_cast<UChar>(c) : 0;
    // Greek accents (tonos, dialytika) fold like Latin ones.
    base_latin = letter_script(c) == Script::kLatin || (c >= 0x0370 && c <= 0x03FF) ||
                 (c >= 0x1F00 && c <= 0x1FFF);
    word.append(c);
  }
  nfc_->normalize(word, decomposed_, status);
  word.swap(decomposed_);
}

std::string ascii_fold_turkish(const std::string& folded) {
  std::string out;
  bool changed = false;
  out.reserve(folded.size());
  for (std::size_t i = 0; i < folded.size(); ++i) {
    const auto b = static_cast<unsigned char>(folded[i]);
    if ((b == 0xC3 || b == 0xC4 || b == 0xC5) && i + 1 < folded.size()) {
      const auto c = static_cast<unsigned char>(folded[i + 1]);
      char r = 0;
      if (b == 0xC3 && c == 0xA7) r = 'c';       // ç
      else if (b == 0xC4 && c == 0x9F) r = 'g';  // ğ
      else if (b == 0xC4 && c == 0xB1) r = 'i';  // ı
      else if (b == 0xC3 && c == 0xB6) r = 'o';  // ö
      else if (b == 0xC5 && c == 0x9F) r = 's';  // ş
      else if (b == 0xC3 && c == 0xBC) r = 'u';  // ü
      if (r != 0) {
        out.push_back(r);
        ++i;
        changed = true;
        continue;
      }
    }
    out.push_back(folded[i]);
  }
  return changed ? out : std::string();
}

}  // namespace lisan::analysis
