// The per-language table: the analyzer's only switch over language codes.
#include "lisan/analysis/language_rules.h"

namespace lisan::analysis {

LanguageRules rules_for(std::string_view lang) {
  LanguageRules r;
  r.code = lang;
  if (lang == "ar") {
    r.id = LangId::kArabic;
    r.snowball = "arabic";
  } else if (lang == "en") {
    r.id = LangId::kEnglish;
    r.apostrophe = ApostropheRule::kEnglishPossessive;
    r.snowball = "english";
  } else if (lang == "nl") {
    r.id = LangId::kDutch;
    r.apostrophe = ApostropheRule::kDutchPlural;
    r.snowball = "dutch";
  } else if (lang == "tr") {
    r.id = LangId::kTurkish;
    r.turkish_case = true;
    r.keep_turkish_letters = true;
    r.apostrophe = ApostropheRule::kTurkishSuffix;
    r.snowball = "turkish";
  }
  return r;
}

}  // namespace lisan::analysis
