// LatinFilter: folds orthographic accents of Latin letters (café -> cafe,
// geïnteresseerd -> geinteresseerd, Turkish â î û -> a i u) and a few
// letters without a decomposition (ø đ ł æ œ); Greek accents fold too. With keep_turkish_letters the
// Turkish letters ç ğ ı ö ş ü stay: in Turkish they are letters, not accents
// (kurt "wolf" vs kürt "Kurd"). Marks on non-Latin letters are left alone
// (Cyrillic й stays й). Holds the ICU normalizers it uses; not thread-safe
// (reuses a buffer).
#pragma once

#include <string>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace lisan::analysis {

class LatinFilter {
 public:
  LatinFilter();

  // Folds `word` (already case-folded and NFKC) in place.
  void fold(icu::UnicodeString& word, bool keep_turkish_letters);

 private:
  const icu::Normalizer2* nfd_;
  const icu::Normalizer2* nfc_;
  icu::UnicodeString decomposed_;
};

// Turkish letters folded to ASCII (ç->c ğ->g ı->i ö->o ş->s ü->u) in UTF-8;
// returns "" when nothing changed. Used for Token::ascii_folded (--fold).
std::string ascii_fold_turkish(const std::string& folded);

}  // namespace lisan::analysis
