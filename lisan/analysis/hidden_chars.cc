// Removal of hidden characters inside words (hidden_chars.h).
#include "lisan/analysis/hidden_chars.h"

#include <unicode/uchar.h>

#include "lisan/analysis/script.h"

namespace lisan::analysis {

namespace {

bool is_hidden(UChar c) {
  return c == 0x00AD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

bool is_word_char(UChar32 c) {
  if (c < 0) return false;
  const int8_t type = u_charType(c);
  return u_isalnum(c) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK;
}

}  // namespace

int remove_hidden_in_words(icu::UnicodeString& text, std::vector<std::uint32_t>& offsets) {
  const std::int32_t n = text.length();
  std::int32_t first = 0;
  while (first < n && !is_hidden(text.charAt(first))) ++first;
  if (first == n) return 0;  // the common case: nothing to do, no copy
  int removed = 0;
  std::int32_t out = first;
  for (std::int32_t i = first; i < n;) {
    if (!is_hidden(text.charAt(i))) {
      text.setCharAt(out, text.charAt(i));
      offsets[static_cast<std::size_t>(out)] = offsets[static_cast<std::size_t>(i)];
      ++out;
      ++i;
      continue;
    }
    std::int32_t j = i;  // a run of hidden characters [i, j)
    while (j < n && is_hidden(text.charAt(j))) ++j;
    const UChar32 before = out > 0 ? text.char32At(text.moveIndex32(out, -1)) : -1;
    const UChar32 after = j < n ? text.char32At(j) : -1;
    bool remove = is_word_char(before) && is_word_char(after);
    // ZWNJ between Arabic-script letters is orthography (Persian
    // می‌خواهم); the segmenter keeps it inside the word and the word's
    // folding decides (analyzer.cc).
    if (remove && is_arabic_block(before) && is_arabic_block(after)) {
      bool only_zwnj = true;
      for (std::int32_t k = i; k < j; ++k) only_zwnj = only_zwnj && text.charAt(k) == 0x200C;
      remove = !only_zwnj;
    }
    for (std::int32_t k = i; k < j; ++k) {
      if (remove) {
        ++removed;
        continue;
      }
      text.setCharAt(out, text.charAt(k));
      offsets[static_cast<std::size_t>(out)] = offsets[static_cast<std::size_t>(k)];
      ++out;
    }
    i = j;
  }
  offsets[static_cast<std::size_t>(out)] = offsets[static_cast<std::size_t>(n)];
  offsets.resize(static_cast<std::size_t>(out) + 1);
  text.truncate(out);
  return removed;
}

}  // namespace lisan::analysis
