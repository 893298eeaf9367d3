// Snowball stemmers per language, with gap fixes and a cache.
#include "lisan/analysis/stemmer.h"

namespace lisan::analysis {

StemmerSet::StemmerSet() = default;
StemmerSet::~StemmerSet() = default;

StemmerSet::Language& StemmerSet::language(const LanguageRules& rules) {
  auto& slot = languages_[static_cast<std::size_t>(rules.id)];
  if (!slot) {
    slot = std::make_unique<Language>();
    slot->snowball = Xapian::Stem(rules.snowball);
  }
  return *slot;
}

const std::string& StemmerSet::stem(const LanguageRules& rules, const std::string& word) {
  if (rules.snowball == nullptr || rules.id == LangId::kOther || word.empty()) return empty_;
  Language& lang = language(rules);
  if (const std::string* cached = lang.cache.find(word)) return *cached;
  std::string s;
  switch (rules.id) {
    case LangId::kArabic: s = stem_arabic(lang.snowball, word); break;
    case LangId::kDutch: s = stem_dutch(lang.snowball, word); break;
    case LangId::kEnglish: s = stem_english(lang.snowball, word); break;
    case LangId::kTurkish: s = stem_turkish(lang.snowball, word); break;
    case LangId::kOther: break;
  }
  return lang.cache.insert(word, std::move(s));
}

}  // namespace lisan::analysis
