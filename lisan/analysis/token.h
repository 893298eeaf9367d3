// Token: one word of analyzed text, as the analyzer hands it to the index
// writer and the query builder.
//
// Offsets are byte offsets into the ORIGINAL UTF-8 text that was analyzed, so
// that snippets and concordance lines can show the original spelling
// (diacritics, case, Arabic marks and all). Normalization never moves them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace lisan::analysis {

enum class TokenKind : std::uint8_t {
  kWord,     // letters (any script), possibly with apostrophe suffixes split off
  kNumber,   // digits (Arabic-Indic and Persian digits folded to ASCII)
  kHashtag,  // #tag; `folded` is the tag without '#'; its words follow as kWord tokens
  kMention,  // @user; `folded` is the handle without '@'
  kUrl,      // http(s)://... or www....; `folded` is the URL, `domain` its host
  kEmail,    // user@host
};

const char* to_string(TokenKind kind);

struct Token {
  // Matching form: NFKC, case-folded (Turkish-aware for "tr"), format controls,
  // Arabic marks and orthographic variants and (outside Turkish letters)
  // Latin accents removed. The default query matches this form.
  std::string folded;
  // Surface form: the original characters, NFC-composed and stripped of
  // invisible format controls, case and diacritics kept. `=word` matches this.
  std::string exact;
  // Snowball stem of `folded` in `lang`; empty when the language has no stemmer.
  std::string stem;
  // Further matching forms at the same position (e.g. a classical Arabic word
  // with a dagger alef also indexed with a full alef).
  std::vector<std::string> variants;
  // Turkish letters folded to ASCII (ş->s, ı->i ...) for the opt-in --fold
  // match; empty when equal to `folded`.
  std::string ascii_folded;
  // Host of a kUrl or kEmail token, lower-cased; empty otherwise.
  std::string domain;
  // The plain word a kHashtag, kMention or kUrl token is also found by, at
  // its position: a hashtag's text when it splits into several words
  // (#StormFriday -> stormfriday), a mention's handle folded as a word, a
  // URL's host. Empty otherwise. (`#tag` and `@user` queries stay strict.)
  std::string bare_word;
  // ISO 639-1 code of the rules this token was analyzed with ("" = und).
  std::string lang;
  TokenKind kind = TokenKind::kWord;
  std::uint32_t position = 0;  // word position, for phrase and NEAR queries
  std::uint32_t begin = 0;     // byte offset of the first byte in the original text
  std::uint32_t end = 0;       // byte offset one past the last byte
};

}  // namespace lisan::analysis
