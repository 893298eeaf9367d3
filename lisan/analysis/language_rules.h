// LanguageRules: what differs between the languages lisan knows (ar, en, nl,
// tr) and the generic rules every other language (and "" = und) gets.
// rules_for() is the only switch over a language code in the analyzer; the
// token pipeline in analyzer.cc reads these flags, in the order of its steps.
#pragma once

#include <string_view>

namespace lisan::analysis {

enum class ApostropheRule : unsigned char {
  kJoin,               // don't -> dont (generic)
  kEnglishPossessive,  // John's -> john; other apostrophes joined
  kDutchPlural,        // foto's -> fotos, stemmed as foto
  kTurkishSuffix,      // İstanbul'da -> istanbul; the suffix is dropped
};

enum class LangId : unsigned char { kArabic, kEnglish, kDutch, kTurkish, kOther };
inline constexpr int kStemmedLanguages = 4;  // the LangId values before kOther

struct LanguageRules {
  std::string_view code;         // ISO 639-1, "" = und
  LangId id = LangId::kOther;
  bool turkish_case = false;     // Turkish-locale lower-casing (I->ı, İ->i)
  bool keep_turkish_letters = false;  // ç ğ ı ö ş ü are letters, not accents
  ApostropheRule apostrophe = ApostropheRule::kJoin;
  const char* snowball = nullptr;     // Xapian::Stem name, nullptr = no stemming
};

// Rules of `lang` (lower-case ISO 639-1). Unknown codes keep their code (so
// Token::lang says what the record said) but get generic rules, no stemmer.
LanguageRules rules_for(std::string_view lang);

}  // namespace lisan::analysis
