// Word segmentation (ICU word BreakIterator) plus hashtags, mentions, URLs
// and e-mail addresses, which ICU would cut into pieces, and emoji, which ICU
// segments but does not call words.
#include "lisan/analysis/segmenter.h"

#include <unicode/rbbi.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <stdexcept>

#include "lisan/analysis/script.h"

namespace lisan::analysis {

namespace {

UChar32 char_at(const icu::UnicodeString& t, std::int32_t i) { return t.char32At(i); }

bool is_ascii_alnum(UChar32 c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

bool is_email_local_char(UChar32 c) {
  return is_ascii_alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

bool is_domain_char(UChar32 c) { return is_ascii_alnum(c) || c == '-' || c == '.'; }

// Previous code point before i, or 0 at the start.
UChar32 char_before(const icu::UnicodeString& t, std::int32_t i) {
  if (i <= 0) return 0;
  return t.char32At(t.moveIndex32(i, -1));
}

bool starts_with_ci(const icu::UnicodeString& t, std::int32_t i, const char* prefix) {
  for (std::int32_t k = 0; prefix[k] != 0; ++k) {
    if (i + k >= t.length()) return false;
    UChar c = t.charAt(i + k);
    if (c >= 'A' && c <= 'Z') c = static_cast<UChar>(c + 32);
    if (c != static_cast<UChar>(prefix[k])) return false;
  }
  return true;
}

// End of a URL starting at i ("http://", "https://" or "www."), or -1.
std::int32_t scan_url(const icu::UnicodeString& t, std::int32_t i) {
  std::int32_t host = -1;
  if (starts_with_ci(t, i, "https://")) host = i + 8;
  else if (starts_with_ci(t, i, "http://")) host = i + 7;
  else if (starts_with_ci(t, i, "www.")) host = i;
  if (host < 0 || host >= t.length() || !u_isalnum(char_at(t, host))) return -1;
  std::int32_t e = host;
  int parens = 0;
  while (e < t.length()) {
    UChar32 c = char_at(t, e);
    if (u_isUWhiteSpace(c) || c == '<' || c == '>' || c == '"' || c == 0xAB || c == 0xBB ||
        is_ignorable_format(c) || u_iscntrl(c)) {
      break;
    }
    if (c == '(') ++parens;
    if (c == ')') --parens;
    e += U16_LENGTH(c);
  }
  // Trailing sentence punctuation is not part of the URL.
  while (e > host) {
    UChar c = t.charAt(e - 1);
    if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' ||
        c == ']' || c == '}' || c == 0x060C || c == 0x061B || c == 0x061F || c == 0x2019) {
      --e;
    } else if (c == ')' && parens < 0) {
      --e;
      ++parens;
    } else {
      break;
    }
  }
  return e > host ? e : -1;
}

// End of an e-mail address starting at i, or -1.
std::int32_t scan_email(const icu::UnicodeString& t, std::int32_t i) {
  if (is_email_local_char(char_before(t, i))) return -1;
  std::int32_t e = i;
  while (e < t.length() && is_email_local_char(t.charAt(e))) ++e;
  if (e == i || e >= t.length() || t.charAt(e) != '@') return -1;
  std::int32_t d = e + 1;
  std::int32_t end = d;
  std::int32_t last_dot = -1;
  while (end < t.length() && is_domain_char(t.charAt(end))) {
    if (t.charAt(end) == '.') last_dot = end;
    ++end;
  }
  while (end > d && (t.charAt(end - 1) == '.' || t.charAt(end - 1) == '-')) --end;
  if (last_dot >= end - 1) {
    last_dot = -1;
    for (std::int32_t k = d; k < end; ++k) {
      if (t.charAt(k) == '.') last_dot = k;
    }
  }
  // The top-level domain: at least two letters.
  if (last_dot <= d || end - last_dot - 1 < 2) return -1;
  for (std::int32_t k = last_dot + 1; k < end; ++k) {
    if (!u_isalpha(t.charAt(k))) return -1;
  }
  return end;
}

// End of the tag or handle body starting at i (letters of any script, digits,
// marks, '_'), and whether it holds a letter.
std::int32_t scan_tag_body(const icu::UnicodeString& t, std::int32_t i, bool* has_letter) {
  *has_letter = false;
  std::int32_t e = i;
  while (e < t.length()) {
    UChar32 c = char_at(t, e);
    if (!is_tag_char(c)) break;
    if (u_isalpha(c) || c == '_') *has_letter = true;
    e += U16_LENGTH(c);
  }
  // A trailing ZWNJ/ZWJ is not part of the tag.
  while (e > i && (t.charAt(e - 1) == 0x200C || t.charAt(e - 1) == 0x200D)) --e;
  return e;
}

// An emoji shown as a picture: Emoji_Presentation (🍉 🔻), a pictograph
// followed by the emoji variation selector (❤️), or a regional-indicator
// flag letter (🇵🇸). Text-style symbols such as © ® ™ are not tokens.
bool starts_emoji(const icu::UnicodeString& t, std::int32_t i, std::int32_t end) {
  const UChar32 c = char_at(t, i);
  if (c < 0x80) return false;
  if (c >= 0x1F1E6 && c <= 0x1F1FF) return true;
  if (u_hasBinaryProperty(c, UCHAR_EMOJI_PRESENTATION)) return true;
  const std::int32_t next = i + U16_LENGTH(c);
  return u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) && next < end && t.charAt(next) == 0xFE0F;
}

bool is_word_char_before(const icu::UnicodeString& t, std::int32_t i) {
  UChar32 c = char_before(t, i);
  return c != 0 && (u_isalnum(c) || c == '_');
}

}  // namespace

Segmenter::Segmenter() {
  UErrorCode status = U_ZERO_ERROR;
  words_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status) || !words_) {
    throw std::runtime_error(std::string("cannot create ICU word break iterator: ") +
                             u_errorName(status));
  }
}

Segmenter::~Segmenter() = default;

void split_hashtag(const icu::UnicodeString& t, std::int32_t begin, std::int32_t end,
                   std::vector<RawToken>& out) {
  enum Class { kSep, kLower, kUpper, kDigit, kOtherLetter };
  auto classify = [](UChar32 c) {
    if (c == '_') return kSep;
    if (u_isdigit(c)) return kDigit;
    if (u_isUUppercase(c) || u_istitle(c)) return kUpper;
    if (u_isULowercase(c)) return kLower;
    return kOtherLetter;  // caseless scripts (Arabic), marks, ZWNJ
  };
  std::int32_t word_begin = -1;
  Class prev = kSep;
  auto flush = [&](std::int32_t at) {
    if (word_begin >= 0 && at > word_begin) {
      RawToken tok;
      tok.kind = TokenKind::kWord;
      tok.begin = word_begin;
      tok.end = at;
      tok.hashtag_part = true;
      out.push_back(tok);
    }
    word_begin = -1;
  };
  for (std::int32_t i = begin; i < end;) {
    UChar32 c = char_at(t, i);
    const std::int32_t len = U16_LENGTH(c);
    Class cls = classify(c);
    const int8_t type = u_charType(c);
    const bool mark = type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK ||
                      type == U_ENCLOSING_MARK || c == 0x200C || c == 0x200D;
    if (mark) {  // marks stay with their letter
      i += len;
      continue;
    }
    if (cls == kSep) {
      flush(i);
    } else if (word_begin < 0) {
      word_begin = i;
    } else {
      bool split = false;
      if (prev == kLower && cls == kUpper) split = true;  // freeThe
      if ((prev == kDigit) != (cls == kDigit)) split = true;  // covid19, 2023Gaza
      if (prev == kUpper && cls == kUpper) {  // HTMLParser: split before 'P'
        std::int32_t next = i + len;
        if (next < end && classify(char_at(t, next)) == kLower) split = true;
      }
      if (split) {
        flush(i);
        word_begin = i;
      }
    }
    prev = cls;
    i += len;
  }
  flush(end);
}

void Segmenter::segment(const icu::UnicodeString& t, std::vector<RawToken>& out) {
  out.clear();
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openConstUnicodeString(&ut, &t, &status);
  words_->setText(&ut, status);
  std::int32_t consumed = 0;  // special tokens swallow the ICU pieces they span
  std::int32_t start = words_->first();
  for (std::int32_t end = words_->next(); end != icu::BreakIterator::DONE;
       start = end, end = words_->next()) {
    if (start < consumed) continue;
    const UChar first = t.charAt(start);
    // Hashtag: '#' (or full-width) not glued to a preceding word, then a body
    // holding at least one letter.
    if ((first == '#' || first == 0xFF03) && !is_word_char_before(t, start)) {
      bool has_letter = false;
      std::int32_t e = scan_tag_body(t, start + 1, &has_letter);
      if (has_letter && e > start + 1) {
        out.push_back({TokenKind::kHashtag, start, e, false});
        split_hashtag(t, start + 1, e, out);
        consumed = e;
        continue;
      }
    }
    // Mention: '@' not inside an e-mail address.
    if ((first == '@' || first == 0xFF20) && !is_word_char_before(t, start) &&
        !is_email_local_char(char_before(t, start))) {
      bool has_letter = false;
      std::int32_t e = scan_tag_body(t, start + 1, &has_letter);
      if (e > start + 1) {
        out.push_back({TokenKind::kMention, start, e, false});
        consumed = e;
        continue;
      }
    }
    if (first < 0x80 && is_ascii_alnum(first)) {
      std::int32_t e = -1;
      const UChar lower = static_cast<UChar>(first | 0x20);
      if (lower == 'h' || lower == 'w') e = scan_url(t, start);
      if (e > start) {
        out.push_back({TokenKind::kUrl, start, e, false});
        consumed = e;
        continue;
      }
      e = scan_email(t, start);
      if (e > start) {
        out.push_back({TokenKind::kEmail, start, e, false});
        consumed = e;
        continue;
      }
    }
    const std::int32_t rule = words_->getRuleStatus();
    if (rule >= UBRK_WORD_LETTER) {
      out.push_back({TokenKind::kWord, start, end, false});
    } else if (rule >= UBRK_WORD_NUMBER) {
      out.push_back({TokenKind::kNumber, start, end, false});
    } else if (starts_emoji(t, start, end)) {
      // Emoji are campaign markers; ICU keeps a ZWJ sequence, a skin tone
      // and a flag pair in one segment.
      out.push_back({TokenKind::kWord, start, end, false, true});
    }
  }
  utext_close(&ut);
}

}  // namespace lisan::analysis
