#include "lisan/analysis/languages.h"

namespace lisan::analysis {

const std::vector<LanguagePolicy>& language_policies() {
  static const std::vector<LanguagePolicy> table = {
      {"ar", Script::kArabic, QueryScope::kEveryDocument},
      {"en", Script::kLatin, QueryScope::kSharedDocuments},
      {"nl", Script::kLatin, QueryScope::kSharedDocuments},
      {"tr", Script::kLatin, QueryScope::kOwnDocuments},
  };
  return table;
}

const LanguagePolicy* language_policy(std::string_view code) {
  for (const LanguagePolicy& p : language_policies())
    if (p.code == code) return &p;
  return nullptr;
}

std::vector<std::string> languages_of_script(Script script) {
  std::vector<std::string> out;
  for (const LanguagePolicy& p : language_policies())
    if (p.script == script) out.emplace_back(p.code);
  return out;
}

}  // namespace lisan::analysis
