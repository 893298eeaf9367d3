// Analyzer: the composition of the pipeline. One function per token kind; a
// word goes through these steps, in this order (each step's reason given):
//   0. hidden     zero-width characters and soft hyphens inside words are
//                 removed from the text before segmentation (they would
//                 split a word; hidden_chars.h);
//   1. clean      drop invisible format controls and tatweel, unify
//                 apostrophes (they must not split or hide a word);
//   2. apostrophe the language's rule (Turkish suffix, English possessive,
//                 Dutch 's), on the clean surface so `exact` sees it too;
//   3. exact      NFC of the result: case and diacritics kept;
//   4. case       Turkish-locale lower-casing for tr (before NFKC_Casefold,
//                 which would map I -> i), then NFKC_Casefold for everyone
//                 (presentation forms, full-width letters, ligatures, ĳ),
//                 then decimal digits of every script to ASCII (digits.h);
//   5. Arabic     orthography, for any token with Arabic letters (by script:
//                 an Arabic word in a Turkish record still folds);
//   6. Latin      accent folding, Turkish letters kept in tr;
//   7. stem       the language's Snowball stemmer with its gap fixes.
#include "lisan/analysis/languages.h"
#include "lisan/analysis/analyzer.h"

#include <stdexcept>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "lisan/analysis/arabic_filter.h"
#include "lisan/analysis/digits.h"
#include "lisan/analysis/hidden_chars.h"
#include "lisan/analysis/language_detector.h"
#include "lisan/analysis/language_rules.h"
#include "lisan/analysis/latin_filter.h"
#include "lisan/analysis/script.h"
#include "lisan/analysis/segmenter.h"
#include "lisan/analysis/stemmer.h"
#include "lisan/analysis/utf8_decoder.h"

namespace lisan::analysis {

namespace {

bool is_ascii_alnum(UChar c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

std::string to_utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

// True if the UTF-8 text starts with an upper-case or title-case letter.
bool starts_upper(const std::string& utf8) {
  if (utf8.empty()) return false;
  const auto b = static_cast<unsigned char>(utf8[0]);
  if (b < 0x80) return b >= 'A' && b <= 'Z';
  UChar32 c = 0;
  std::int32_t i = 0;
  U8_NEXT(utf8.data(), i, static_cast<std::int32_t>(utf8.size()), c);
  return c > 0 && (u_isUUppercase(c) || u_istitle(c));
}

// Script of the first letter in [b, e), kNone when there is none.
Script first_letter_script(const icu::UnicodeString& t, std::int32_t b, std::int32_t e) {
  for (std::int32_t i = b; i < e;) {
    const UChar32 c = t.char32At(i);
    const Script s = letter_script(c);
    if (s != Script::kNone) return s;
    i += U16_LENGTH(c);
  }
  return Script::kNone;
}

}  // namespace

struct Analyzer::Impl {
  Impl() {
    UErrorCode status = U_ZERO_ERROR;
    nfc = icu::Normalizer2::getNFCInstance(status);
    nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status)) {
      throw std::runtime_error(std::string("cannot load ICU normalizers: ") + u_errorName(status));
    }
  }

  void run(std::string_view in, std::string_view lang, bool detect, bool by_script,
           Analysis& out);
  void add_token(const RawToken& raw, const LanguageRules& rules, Analysis& out);

  // Steps 1-6 on the text range [b, e); fills word_exact / word_folded.
  // Returns false when nothing is left (a lone mark or tatweel).
  bool normalize_word(std::int32_t b, std::int32_t e, const LanguageRules& rules,
                      bool apply_apostrophe, Token& tok, bool* drop_s);
  std::string casefold(std::int32_t b, std::int32_t e);
  std::string fold_emoji(std::int32_t b, std::int32_t e) const;
  bool is_turkish_suffix(std::int32_t from);

  Utf8Decoder decoder;
  Segmenter segmenter;
  LatinFilter latin;
  StemmerSet stems;
  LanguageDetector detector;
  const icu::Normalizer2* nfc = nullptr;
  const icu::Normalizer2* nfkc_cf = nullptr;
  const icu::Locale turkish{"tr"};

  // Buffers reused from token to token.
  icu::UnicodeString text;
  icu::UnicodeString clean;
  icu::UnicodeString work;
  icu::UnicodeString scratch;
  std::vector<icu::UnicodeString> variants;
  std::vector<RawToken> raw_tokens;
  LanguageDetection detection;
  std::string_view input;
};

bool Analyzer::Impl::normalize_word(std::int32_t b, std::int32_t e, const LanguageRules& rules,
                                    bool apply_apostrophe, Token& tok, bool* drop_s) {
  *drop_s = false;
  // Fast path: plain ASCII letters and digits (most English, Dutch and
  // much Turkish text). Turkish 'I' lower-cases to 'ı', so it takes the full path.
  bool ascii = true;
  for (std::int32_t i = b; i < e; ++i) {
    const UChar c = text.charAt(i);
    if (!is_ascii_alnum(c) || (c == 'I' && rules.turkish_case)) {
      ascii = false;
      break;
    }
  }
  const std::uint32_t from = decoder.offsets()[static_cast<std::size_t>(b)];
  const std::uint32_t to = decoder.offsets()[static_cast<std::size_t>(e)];
  // (A hidden character removed inside the word makes the bytes longer.)
  if (ascii && to - from == static_cast<std::uint32_t>(e - b)) {
    tok.exact.assign(input.substr(from, to - from));
    tok.folded = tok.exact;
    for (char& c : tok.folded) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
    return !tok.folded.empty();
  }

  // 1. clean
  clean.remove();
  std::int32_t first_apostrophe = -1;
  std::int32_t hamza_seat = -1;  // index of a hamza mark already written as ء
  for (std::int32_t i = b; i < e;) {
    const UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (is_ignorable_format(c)) continue;
    if (c == 0x0640) {
      // Tatweel carrying a hamza mark (شيـٔا, يـٔوده) is a hamza seat of its
      // own: write ء, or NFC would compose the hamza onto the letter before.
      std::int32_t k = i;
      while (k < e && u_getCombiningClass(text.charAt(k)) != 0 && text.charAt(k) != 0x0654 &&
             text.charAt(k) != 0x0655) {
        ++k;
      }
      if (k < e && (text.charAt(k) == 0x0654 || text.charAt(k) == 0x0655)) {
        hamza_seat = k;
        clean.append(static_cast<UChar>(0x0621));
      }
      continue;
    }
    if (i - U16_LENGTH(c) == hamza_seat) continue;
    if (is_apostrophe(c)) {
      if (first_apostrophe < 0) first_apostrophe = clean.length();
      clean.append(static_cast<UChar>('\''));
      continue;
    }
    clean.append(c);
  }
  // 2. apostrophe
  if (apply_apostrophe && first_apostrophe >= 0) {
    const std::int32_t n = clean.length();
    const bool ends_s = n >= 2 && clean.charAt(n - 2) == '\'' && (clean.charAt(n - 1) | 0x20) == 's';
    switch (rules.apostrophe) {
      case ApostropheRule::kTurkishSuffix:
        // Cut only before a real suffix chain (Ankara'ya); an apostrophe
        // written for ayn or hamza (Kur'an, Ka'be) is part of the word.
        if (first_apostrophe > 0) {
          const std::int32_t last = clean.lastIndexOf(static_cast<UChar>('\''));
          if (is_turkish_suffix(last + 1)) clean.truncate(last);
        }
        break;
      case ApostropheRule::kEnglishPossessive:
        if (ends_s && n > 2) clean.truncate(n - 2);
        break;
      case ApostropheRule::kDutchPlural:
        *drop_s = ends_s && n > 2;
        break;
      case ApostropheRule::kJoin:
        break;
    }
  }
  // 3. exact
  UErrorCode status = U_ZERO_ERROR;
  nfc->normalize(clean, work, status);
  tok.exact.clear();
  work.toUTF8String(tok.exact);
  // 4. case (apostrophes left inside the word are joined: don't -> dont)
  if (first_apostrophe >= 0) {
    for (std::int32_t i = clean.length() - 1; i >= 0; --i) {
      if (clean.charAt(i) == '\'') clean.remove(i, 1);
    }
  }
  if (rules.turkish_case) clean.toLower(turkish);
  nfkc_cf->normalize(clean, work, status);
  if (U_FAILURE(status)) return false;
  fold_decimal_digits(work);
  // 5. Arabic orthography
  variants.clear();
  if (has_arabic(work)) fold_arabic(work, &variants, scratch);
  // 6. Latin accents
  latin.fold(work, rules.keep_turkish_letters);
  tok.folded.clear();
  work.toUTF8String(tok.folded);
  for (const auto& v : variants) tok.variants.push_back(to_utf8(v));
  if (rules.keep_turkish_letters) tok.ascii_folded = ascii_fold_turkish(tok.folded);
  return !tok.folded.empty();
}

std::string Analyzer::Impl::casefold(std::int32_t b, std::int32_t e) {
  UErrorCode status = U_ZERO_ERROR;
  clean.remove();
  for (std::int32_t i = b; i < e;) {
    const UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (!is_ignorable_format(c)) clean.append(c);
  }
  nfkc_cf->normalize(clean, work, status);
  fold_arabic_digits(work);  // also the Arabic decimal and thousands separators
  fold_decimal_digits(work);
  return to_utf8(work);
}

// True if clean[from, end) is a Turkish suffix chain (stemmer.h).
bool Analyzer::Impl::is_turkish_suffix(std::int32_t from) {
  scratch = clean.tempSubString(from);
  scratch.toLower(turkish);
  std::string lower;
  scratch.toUTF8String(lower);
  return is_turkish_suffix_chain(lower);
}

// An emoji's matching form: the sequence without variation selectors, joiners
// and skin tones, so 🙏🏽 finds 🙏 and ❤️ finds ❤.
std::string Analyzer::Impl::fold_emoji(std::int32_t b, std::int32_t e) const {
  icu::UnicodeString out;
  for (std::int32_t i = b; i < e;) {
    const UChar32 c = text.char32At(i);
    i += U16_LENGTH(c);
    if (c == 0xFE0E || c == 0xFE0F || c == 0x200D || (c >= 0x1F3FB && c <= 0x1F3FF)) continue;
    out.append(c);
  }
  return to_utf8(out);
}

void Analyzer::Impl::add_token(const RawToken& raw, const LanguageRules& rules, Analysis& out) {
  Token tok;
  tok.kind = raw.kind;
  tok.begin = decoder.offsets()[static_cast<std::size_t>(raw.begin)];
  tok.end = decoder.offsets()[static_cast<std::size_t>(raw.end)];
  tok.lang = std::string(rules.code);
  switch (raw.kind) {
    case TokenKind::kWord: {
      if (raw.emoji) {
        tok.folded = fold_emoji(raw.begin, raw.end);
        tok.exact = std::string(input.substr(tok.begin, tok.end - tok.begin));
        break;  // no stem: an emoji is the same sign in every language
      }
      bool drop_s = false;
      if (!normalize_word(raw.begin, raw.end, rules, !raw.hashtag_part, tok, &drop_s)) return;
      if (drop_s && tok.folded.size() > 1 && tok.folded.back() == 's') {
        std::string stem_input(tok.folded, 0, tok.folded.size() - 1);
        tok.stem = stems.stem(rules, stem_input);
      } else {
        tok.stem = stems.stem(rules, tok.folded);
      }
      if (rules.id == LangId::kTurkish && !tok.stem.empty() && starts_upper(tok.exact)) {
        // Possessive or name? Without a lexicon both: the name keeps its
        // stem (Kayseri, Denizli'de), the noun is a variant (Gölü'ne: göl).
        if (drops_possessive(tok.folded, tok.stem)) tok.variants.push_back(tok.stem);
        tok.stem = fix_turkish_proper_noun_stem(tok.folded, tok.stem);
      }
      break;
    }
    case TokenKind::kHashtag: {
      bool drop_s = false;
      if (!normalize_word(raw.begin + 1, raw.end, rules, false, tok, &drop_s)) return;
      tok.exact = std::string(input.substr(tok.begin, tok.end - tok.begin));
      tok.variants.clear();
      break;
    }
    case TokenKind::kNumber:
      tok.folded = casefold(raw.begin, raw.end);
      tok.exact = std::string(input.substr(tok.begin, tok.end - tok.begin));
      break;
    case TokenKind::kMention: {
      tok.folded = casefold(raw.begin + 1, raw.end);
      tok.exact = std::string(input.substr(tok.begin, tok.end - tok.begin));
      // The handle as a plain word is folded as words are (accents too).
      Token handle;
      bool drop_s = false;
      if (normalize_word(raw.begin + 1, raw.end, rules, false, handle, &drop_s)) {
        tok.bare_word = std::move(handle.folded);
      }
      break;
    }
    case TokenKind::kEmail: {
      tok.folded = casefold(raw.begin, raw.end);
      tok.exact = std::string(input.substr(tok.begin, tok.end - tok.begin));
      const auto at = tok.folded.rfind('@');
      if (at != std::string::npos) tok.domain = tok.folded.substr(at + 1);
      break;
    }
    case TokenKind::kUrl: {
      tok.exact = std::string(input.substr(tok.begin, tok.end - tok.begin));
      // Lower-case scheme and host; path and query are case-sensitive.
      std::string url = tok.exact;
      std::size_t host = url.find("://");
      host = host == std::string::npos ? 0 : host + 3;
      std::size_t host_end = url.find_first_of("/?#", host);
      if (host_end == std::string::npos) host_end = url.size();
      for (std::size_t i = 0; i < host_end; ++i) {
        if (url[i] >= 'A' && url[i] <= 'Z') url[i] = static_cast<char>(url[i] + 32);
      }
      std::string domain = url.substr(host, host_end - host);
      const auto at = domain.rfind('@');  // user:password@host
      if (at != std::string::npos) domain.erase(0, at + 1);
      const auto colon = domain.find(':');  // host:port
      if (colon != std::string::npos) domain.resize(colon);
      if (domain.compare(0, 4, "www.") == 0) domain.erase(0, 4);
      tok.folded = std::move(url);
      tok.bare_word = domain;
      tok.domain = std::move(domain);
      break;
    }
  }
  if (tok.folded.empty()) return;
  out.tokens.push_back(std::move(tok));
}

void Analyzer::Impl::run(std::string_view in, std::string_view lang, bool detect, bool by_script,
                         Analysis& out) {
  input = in;
  out.invalid_utf8 = decoder.decode(in, text);
  remove_hidden_in_words(text, decoder.offsets());
  segmenter.segment(text, raw_tokens);
  out.tokens.reserve(raw_tokens.size());

  const LanguageRules fixed = rules_for(lang);
  const LanguageRules arabic = rules_for("ar");
  const LanguageRules und = rules_for("");
  std::vector<LanguageRules> span_rules;
  if (detect) {
    detector.detect(in, out.invalid_utf8 == 0, text, decoder.offsets(), detection);
    out.lang = detection.lang;
    out.lang_confidence = detection.confidence;
    out.lang_detected = !detection.lang.empty();
    span_rules.reserve(detection.spans.size());
    for (const auto& span : detection.spans) span_rules.push_back(rules_for(span.lang));
  } else {
    out.lang = std::string(lang);
    out.lang_confidence = lang.empty() ? 0.0 : 1.0;
    out.lang_detected = false;
  }

  std::size_t span = 0;
  std::uint32_t position = 0;
  bool in_hashtag = false;  // the hashtag token shares its position with its first word
  std::size_t hashtag_at = 0;  // index of the current hashtag token in out.tokens
  int hashtag_words = 0;
  // A hyphenated compound of Latin-script words (co-operation, Zuid-Afrika):
  // each part is a word at its own position, and the solid spelling
  // (cooperation, zuidafrika) is a variant of the first part, so a query
  // written solid finds it.
  std::size_t compound_first = 0;
  std::int32_t compound_end = -1;  // UTF-16 end of the compound's last part; -1 = none
  int compound_parts = 0;
  std::string compound_solid;
  auto end_compound = [&] {
    if (compound_parts >= 2) out.tokens[compound_first].variants.push_back(compound_solid);
    compound_end = -1;
    compound_parts = 0;
  };  for (const RawToken& raw : raw_tokens) {
    const LanguageRules* rules = &fixed;
    if (detect) {
      const std::int32_t at = raw.kind == TokenKind::kHashtag || raw.kind == TokenKind::kMention
                                  ? raw.begin + 1
                                  : raw.begin;
      while (span + 1 < detection.spans.size() && detection.spans[span].end <= at) ++span;
      rules = &span_rules[span];
    } else if (by_script && (raw.kind == TokenKind::kWord || raw.kind == TokenKind::kHashtag)) {
      // A record's lang wins, but a word in another script is not stemmed
      // with it: Arabic letters in a Latin-script record are Arabic, Latin
      // letters in an Arabic record are und.
      const Script s = first_letter_script(text, raw.begin, raw.end);
      if (s == Script::kArabic && fixed.id != LangId::kArabic && fixed.id != LangId::kOther) {
        rules = &arabic;
      } else if (s == Script::kLatin && fixed.id == LangId::kArabic) {
        rules = &und;
      }
    }
    const std::size_t before = out.tokens.size();
    if (in_hashtag && !raw.hashtag_part) {
      in_hashtag = false;
      if (!out.tokens.empty() && out.tokens.back().kind == TokenKind::kHashtag) ++position;
    }
    add_token(raw, *rules, out);
    if (out.tokens.size() == before) continue;
    Token& tok = out.tokens.back();
    if (raw.kind == TokenKind::kWord && !raw.hashtag_part && !raw.emoji &&
        first_letter_script(text, raw.begin, raw.end) == Script::kLatin) {
      const bool joined = compound_end >= 0 && raw.begin == compound_end + 1 &&
                          (text.charAt(compound_end) == '-' || text.charAt(compound_end) == 0x2010);
      if (!joined) {
        end_compound();
        compound_first = out.tokens.size() - 1;
        compound_solid.clear();
      }
      compound_solid += tok.folded;
      ++compound_parts;
      compound_end = raw.end;
    } else {
      end_compound();
    }
    tok.position = position;
    if (raw.kind == TokenKind::kHashtag) {
      in_hashtag = true;
      hashtag_at = out.tokens.size() - 1;
      hashtag_words = 0;
    } else {
      if (raw.hashtag_part && in_hashtag && ++hashtag_words == 2) {
        // A tag of several words is also found as one plain word.
        Token& tag = out.tokens[hashtag_at];
        tag.bare_word = tag.folded;
      }
      ++position;
    }
  }
  end_compound();
}

Analyzer::Analyzer() : impl_(std::make_unique<Impl>()) {}
Analyzer::~Analyzer() = default;
Analyzer::Analyzer(Analyzer&&) noexcept = default;
Analyzer& Analyzer::operator=(Analyzer&&) noexcept = default;

Analysis Analyzer::analyze(std::string_view text, std::string_view lang_hint) const {
  Analysis out;
  if (lang_hint.empty()) {
    impl_->run(text, "", /*detect=*/true, /*by_script=*/false, out);
  } else {
    impl_->run(text, lang_hint, /*detect=*/false, /*by_script=*/true, out);
  }
  return out;
}

Analysis Analyzer::analyze_as(std::string_view text, std::string_view lang) const {
  Analysis out;
  impl_->run(text, lang, /*detect=*/false, /*by_script=*/false, out);
  return out;
}

const std::vector<std::string>& Analyzer::supported_languages() {
  static const std::vector<std::string> langs = [] {
    std::vector<std::string> out;
    for (const LanguagePolicy& p : language_policies()) out.emplace_back(p.code);
    return out;
  }();
  return langs;
}

}  // namespace lisan::analysis
