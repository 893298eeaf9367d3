// Utf8Decoder: UTF-8 bytes -> UTF-16 (what ICU works on) plus, for every
// UTF-16 unit, the byte offset it came from in the original text, so tokens
// found in UTF-16 map back to byte offsets into the original.
//
// Invalid sequences become one U+FFFD per maximal invalid subpart (the
// Unicode / WHATWG convention) and are counted; decoding never fails.
// Not thread-safe: the buffers are reused from call to call.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include <unicode/unistr.h>

namespace lisan::analysis {

class Utf8Decoder {
 public:
  // Decodes `text` into `out` (its buffer is reused) and fills offsets():
  // offsets()[i] is the byte offset of UTF-16 unit i, offsets()[length] is
  // text.size(). Returns the number of invalid sequences replaced.
  int decode(std::string_view text, icu::UnicodeString& out);

  const std::vector<std::uint32_t>& offsets() const { return offsets_; }
  // For steps that remove units from the decoded text (hidden_chars.h).
  std::vector<std::uint32_t>& offsets() { return offsets_; }

 private:
  std::vector<std::uint32_t> offsets_;
};

}  // namespace lisan::analysis
