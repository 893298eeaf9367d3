// Segmenter: splits decoded text into raw tokens with ICU's word
// BreakIterator, keeping whole the social-media tokens ICU would split:
// hashtags (then their words, split on '_' and camelCase), @mentions, URLs
// and e-mail addresses. Ranges are UTF-16 indexes into the decoded text; the
// analyzer maps them to byte offsets. Holds one BreakIterator, reused for
// every text: not thread-safe.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include "lisan/analysis/token.h"

namespace lisan::analysis {

struct RawToken {
  TokenKind kind = TokenKind::kWord;
  std::int32_t begin = 0;  // UTF-16 index, inclusive
  std::int32_t end = 0;    // UTF-16 index, exclusive
  bool hashtag_part = false;  // a word of the preceding hashtag
  bool emoji = false;         // a kWord that is one emoji (sequence)
};

class Segmenter {
 public:
  Segmenter();
  ~Segmenter();

  // Appends the tokens of `text` to `out` (cleared first), in text order.
  void segment(const icu::UnicodeString& text, std::vector<RawToken>& out);

 private:
  std::unique_ptr<icu::BreakIterator> words_;
};

// Splits the tag text [begin, end) (without '#') into words: on '_', on
// lower->Upper and Upper->Upper+lower case changes, and between letters and
// digits. Exposed for tests.
void split_hashtag(const icu::UnicodeString& text, std::int32_t begin, std::int32_t end,
                   std::vector<RawToken>& out);

}  // namespace lisan::analysis
