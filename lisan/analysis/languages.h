// The languages lisan analyses with their own rules, and how a query word
// is searched in each: one table that the analyzer (indexing) and the query
// builder both read, so adding a language is one row here and one in
// language_rules.cc (its folding and stemmer), never a list in the query code.
//
// Thread safety: constant data.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lisan/analysis/script.h"

namespace lisan::analysis {

// Which documents a query word analysed with a language's rules may match.
// The analysis of a word differs by language (Turkish lower-cases I to ı,
// keeps ç ğ ı ö ş ü as letters), so a form made with one language's rules is
// only looked for in documents indexed with those rules.
enum class QueryScope : unsigned char {
  kOwnDocuments,      // only documents of this language (tr: its folding is its own)
  kSharedDocuments,   // documents of every language without kOwnDocuments (en, nl, und...)
  kEveryDocument,     // no filter: the script alone picks the language (ar)
};

struct LanguagePolicy {
  std::string_view code;  // ISO 639-1, lower case
  Script script;  // script.h: kLatin or kArabic
  QueryScope scope;
};

// Every language with its own rules, in code order.
const std::vector<LanguagePolicy>& language_policies();

// nullptr for a language without its own rules.
const LanguagePolicy* language_policy(std::string_view code);

// The codes of language_policies() written in `script`, in code order.
std::vector<std::string> languages_of_script(Script script);

}  // namespace lisan::analysis
