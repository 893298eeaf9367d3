// names_icu_cost: how long an ICU rule-based transliterator (createFromRules,
// a one-reading version of the name key table) takes per word, against
// name_keys() itself: the measurement docs/names.md cites. Usage: names_icu_cost
#include <chrono>
#include <memory>
#include <cstdio>
#include <string>
#include <vector>
#include <unicode/translit.h>
#include <unicode/unistr.h>
#include "query/names/name_key.h"
int main() {
  UErrorCode status = U_ZERO_ERROR;
  UParseError pe;
  const icu::UnicodeString rules = icu::UnicodeString::fromUTF8(
      "sch > S; kh > H; ch > H; sh > S; th > S; dh > Z; dj > J; gh > K; ph > F; "
      "[aeiouywıöüğâîû] > ; h > H; [bp] > B; c > J; ç > H; [dt] > D; [fv] > F; g > K; j > J; [kq] > K; l > L; "
      "m > M; n > N; r > R; [sş] > S; x > H; z > Z; "
      "[اءعويى] > ; ب > B; [تدط] > D; [ثسشص] > S; ج > J; [حخه] > H; [ذزظض] > Z; ر > R; [غقك] > K; ف > F; ل > L; م > M; ن > N;");
  std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createFromRules("lisan-names", rules, UTRANS_FORWARD, pe, status));
  if (U_FAILURE(status)) { std::printf("rules: %s\n", u_errorName(status)); return 1; }
  const std::vector<std::string> words = {"muhammad", "mohammed", "khalid", "choudhury", "osman", "محمد", "البغدادي", "ramazan"};
  const int n = 200000;
  auto t0 = std::chrono::steady_clock::now();
  std::size_t sink = 0;
  for (int i = 0; i < n; ++i) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(words[i % words.size()]);
    t->transliterate(u);
    sink += u.length();
  }
  auto t1 = std::chrono::steady_clock::now();
  for (int i = 0; i < n; ++i) sink += lisan::query::names::name_keys(words[i % words.size()]).size();
  auto t2 = std::chrono::steady_clock::now();
  std::printf("icu createFromRules: %.2f us/word; name_keys table: %.2f us/word (%zu)\n",
              std::chrono::duration<double, std::micro>(t1 - t0).count() / n,
              std::chrono::duration<double, std::micro>(t2 - t1).count() / n, sink);
}
