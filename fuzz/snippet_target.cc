// Fuzz target for snippets (the text lisan-query shows around a hit): the
// first line of the input is the query's terms (space-separated, "x*" a
// prefix), the rest the stored text; the second byte picks the language.
// Checks that every highlight lies inside the snippet's text.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <sstream>
#include <string>
#include <string_view>

#include "query/snippet.h"

namespace {

constexpr std::string_view kLangs[] = {"", "ar", "en", "nl", "tr"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  static const lisan::analysis::Analyzer analyzer;
  const std::string lang(kLangs[data[0] % (sizeof kLangs / sizeof kLangs[0])]);
  const std::size_t max_chars = 20 + data[1] % 200;
  const std::string_view rest(reinterpret_cast<const char*>(data) + 2, size - 2);
  const std::size_t newline = rest.find('\n');
  std::set<std::string> terms;
  std::istringstream words{std::string(rest.substr(0, newline))};
  for (std::string w; words >> w;) terms.insert(w);
  const std::string text(newline == std::string_view::npos ? std::string_view{} : rest.substr(newline + 1));
  const lisan::query::Snippet s = lisan::query::make_snippet(analyzer, text, lang, terms, max_chars);
  for (const auto& [begin, end] : s.highlights) {
    if (begin > end || end > s.text.size()) {
      std::fprintf(stderr, "fuzz: highlight [%zu, %zu) outside a snippet of %zu bytes\n", begin, end, s.text.size());
      std::abort();
    }
  }
  return 0;
}
