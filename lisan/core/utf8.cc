#include "lisan/core/utf8.h"

#include <fmt/format.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace lisan::utf8 {

namespace {

// Copies `text`, handing each invalid byte sequence to `replace`.
template <typename Replace>
std::string copy_valid(std::string_view text, Replace&& replace) {
  std::string out;
  out.reserve(text.size());
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < n) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0)
      replace(out, text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    else
      out.append(text.data() + start, static_cast<std::size_t>(i - start));
  }
  return out;
}

}  // namespace

std::string repair(std::string_view text, int* replaced) {
  int count = 0;
  std::string out = copy_valid(text, [&](std::string& to, std::string_view) {
    to += "\xEF\xBF\xBD";
    ++count;
  });
  if (replaced) *replaced = count;
  return out;
}

std::string escape_invalid(std::string_view text) {
  return copy_valid(text, [](std::string& to, std::string_view bad) {
    static constexpr char kHex[] = "0123456789abcdef";
    for (const char b : bad) {
      const auto u = static_cast<unsigned char>(b);
      to += "\\x";
      to += kHex[u >> 4];
      to += kHex[u & 15];
    }
  });
}

bool is_valid(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  int32_t i = 0;
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

std::string fold_identifier(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  icu::UnicodeString in = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  std::string out;
  if (U_FAILURE(status)) {
    in.foldCase().toUTF8String(out);
    return out;
  }
  icu::UnicodeString folded = nfkc_cf->normalize(in, status);
  folded.trim().toUTF8String(out);
  return out;
}

std::string_view truncate(std::string_view text, std::size_t max_bytes) {
  if (text.size() <= max_bytes) return text;
  return text.substr(0, char_start(text, max_bytes));
}

std::size_t char_start(std::string_view text, std::size_t offset) {
  if (offset >= text.size()) return text.size();
  while (offset > 0 && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) --offset;
  return offset;
}

std::size_t length(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80;
  return n;
}

namespace {

bool is_bidi_control(UChar32 c) { return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069); }

}  // namespace

std::string terminal_safe(std::string_view text, Newlines newlines) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  std::string out;
  out.reserve(text.size());
  int32_t i = 0;
  while (i < n) {
    const int32_t start = i;
    if (s[i] < 0x80) {  // ASCII: the common case, no decoding
      const char c = static_cast<char>(s[i++]);
      const bool kept = c == '\t' || (c == '\n' && newlines == Newlines::kKeep);
      if ((s[start] < 0x20 && !kept) || s[start] == 0x7F) out += fmt::format("\\x{:02x}", s[start]);
      else out += c;
      continue;
    }
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      // Each byte of a broken sequence is shown as itself, so the reader sees what is there.
      for (int32_t k = start; k < i; ++k) out += fmt::format("\\x{:02x}", s[k]);
    } else if ((c >= 0x80 && c <= 0x9F) || is_bidi_control(c)) {
      out += fmt::format("\\u{:04x}", static_cast<std::uint32_t>(c));
    } else {
      out.append(text.data() + start, static_cast<std::size_t>(i - start));
    }
  }
  return out;
}

}  // namespace lisan::utf8
