// Fuzz target for the analyzer: any bytes, in any language. The first byte
// picks the language hint ("" = detect per script run and sentence) and
// whether the query side's analyze_as() is used; the rest is the text.
// Checks that every token's byte range lies inside the text (snippets and
// highlights cut the original text with them).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "lisan/analysis/analyzer.h"

namespace {

constexpr std::string_view kLangs[] = {"", "ar", "en", "nl", "tr", "de", "fa", "xx"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const lisan::analysis::Analyzer analyzer;
  const unsigned pick = data[0];
  const std::string_view lang = kLangs[pick % (sizeof kLangs / sizeof kLangs[0])];
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  const lisan::analysis::Analysis a = (pick & 0x80) ? analyzer.analyze_as(text, lang) : analyzer.analyze(text, lang);
  for (const auto& t : a.tokens) {
    if (t.begin > t.end || t.end > text.size()) {
      std::fprintf(stderr, "fuzz: token [%zu, %zu) outside a text of %zu bytes\n", static_cast<std::size_t>(t.begin),
                   static_cast<std::size_t>(t.end), text.size());
      std::abort();
    }
  }
  return 0;
}
