// Decoding, cleaning and language identification: the pipeline around the
// per-language rules.
#include "word_rows.h"

#include "lisan/analysis/utf8_decoder.h"

using namespace lisan::analysis;
using namespace lisan::analysis::testing;

namespace {

struct DecodeRow {
  const char* rule;
  std::string bytes;
  int invalid;
  std::size_t tokens;
};

const DecodeRow kDecode[] = {
    {"valid text", "abc def", 0, 2},
    {"lone continuation byte", "abc \x80 def", 1, 2},
    {"truncated sequence at the end", "abc \xE2\x82", 1, 1},
    {"overlong encoding", "a \xC0\xAF b", 2, 2},
    {"surrogate encoded in UTF-8", "a \xED\xA0\x80 b", 3, 2},
    {"invalid byte inside a word", "caf\xFF" "e", 1, 2},
    {"beyond U+10FFFF", "x \xF4\x90\x80\x80 y", 4, 2},
    {"four-byte character (emoji) is valid, and a token", "hi \xF0\x9F\x98\x80 there", 0, 3},
};

struct DetectRow {
  const char* rule;
  const char* text;
  const char* lang;
};

const DetectRow kDetect[] = {
    {"English sentence", "The quick brown fox jumps over the lazy dog near the river bank.", "en"},
    {"Dutch sentence", "De huizen in Amsterdam zijn erg duur geworden voor jonge mensen.", "nl"},
    {"Turkish sentence", "Bugün İstanbul'da büyük bir miting yapıldı ve binlerce kişi katıldı.", "tr"},
    {"Arabic sentence", "الحرية حق لكل إنسان في هذا العالم ولا يجوز حرمانه منها.", "ar"},
    {"short Arabic: script fallback", "مرحبا", "ar"},
    {"Uthmani Quran verse", "بِسۡمِ ٱللَّهِ ٱلرَّحۡمَٰنِ ٱلرَّحِيمِ", "ar"},
    {"no letters: und", "12 34 !!", ""},
};

}  // namespace

TEST_CASE("Invalid UTF-8 becomes U+FFFD and is counted", "[analysis][decode]") {
  const auto row = GENERATE(from_range(std::begin(kDecode), std::end(kDecode)));
  CAPTURE(row.rule);
  const Analysis a = analyzer().analyze(row.bytes, "en");
  CHECK(a.invalid_utf8 == row.invalid);
  CHECK(a.tokens.size() == row.tokens);
  check_offsets(row.bytes, a);
}

TEST_CASE("Decoder offsets map UTF-16 back to bytes", "[analysis][decode]") {
  Utf8Decoder d;
  icu::UnicodeString out;
  CHECK(d.decode("a\xC3\xA9\xF0\x9F\x98\x80z", out) == 0);
  REQUIRE(out.length() == 5);
  CHECK(d.offsets() == std::vector<std::uint32_t>{0, 1, 3, 3, 7, 8});
}

TEST_CASE("Empty and blank text", "[analysis]") {
  CHECK(analyzer().analyze("", "").tokens.empty());
  CHECK(analyzer().analyze(" \n\t ", "en").tokens.empty());
  CHECK(analyzer().analyze_as("", "tr").tokens.empty());
}

TEST_CASE("Bidi controls and BOM never split or hide a word", "[analysis]") {
  const std::string text = "\xEF\xBB\xBF\u202Bمرحبا\u202C \u200Fworld\u200E";
  const Analysis a = analyzer().analyze(text, "ar");
  check_offsets(text, a);
  REQUIRE(a.tokens.size() == 2);
  CHECK(a.tokens[0].folded == "مرحبا");
  CHECK(a.tokens[1].folded == "world");
}

TEST_CASE("Language detection", "[analysis][lang]") {
  const auto row = GENERATE(from_range(std::begin(kDetect), std::end(kDetect)));
  CAPTURE(row.rule, row.text);
  const Analysis a = analyzer().analyze(row.text, "");
  CHECK(a.lang == row.lang);
  CHECK(a.lang_detected == !std::string_view(row.lang).empty());
  if (a.lang_detected) {
    CHECK(a.lang_confidence > 0.0);
    CHECK(a.lang_confidence <= 1.0);
  }
  for (const Token& t : a.tokens) {
    if (t.kind == TokenKind::kWord) CHECK(t.lang == row.lang);
  }
}

TEST_CASE("A record's lang wins over detection", "[analysis][lang]") {
  const Analysis a = analyzer().analyze("The quick brown fox jumps over the lazy dog.", "nl");
  CHECK(a.lang == "nl");
  CHECK_FALSE(a.lang_detected);
  CHECK(a.lang_confidence == 1.0);
  CHECK(a.tokens[0].lang == "nl");
}

TEST_CASE("Unknown language: generic folding, no stem", "[analysis][lang]") {
  const Analysis a = analyzer().analyze_as("Häuser", "de");
  REQUIRE(a.tokens.size() == 1);
  CHECK(a.tokens[0].folded == "hauser");
  CHECK(a.tokens[0].stem.empty());
  CHECK(a.tokens[0].lang == "de");
}

TEST_CASE("Mixed document: each segment with its own language", "[analysis][lang]") {
  const std::string text =
      "الحرية حق لكل إنسان في هذا العالم ولا يجوز حرمانه منها. "
      "Bugün İstanbul'da büyük bir miting yapıldı ve binlerce kişi katıldı. "
      "#FreeTheCaptives";
  const Analysis a = analyzer().analyze(text, "");
  check_offsets(text, a);
  CHECK(a.lang_detected);
  bool saw_ar = false;
  bool saw_tr = false;
  for (const Token& t : a.tokens) {
    CAPTURE(t.folded, t.lang);
    if (t.folded == "الحريه") {
      CHECK(t.lang == "ar");
      saw_ar = true;
    }
    if (t.folded == "istanbul") {
      CHECK(t.lang == "tr");
      saw_tr = true;
    }
    if (t.folded == "captives") CHECK(t.lang != "ar");
  }
  CHECK(saw_ar);
  CHECK(saw_tr);
}

TEST_CASE("With a record lang, words of another script are not stemmed with it",
          "[analysis][lang]") {
  const Analysis a = analyzer().analyze("Bugün والكتاب okudum", "tr");
  REQUIRE(a.tokens.size() == 3);
  CHECK(a.tokens[0].lang == "tr");
  CHECK(a.tokens[1].lang == "ar");
  CHECK(a.tokens[1].stem == "كتاب");
  const Analysis b = analyzer().analyze("قرأت books", "ar");
  REQUIRE(b.tokens.size() == 2);
  CHECK(b.tokens[1].lang.empty());
  CHECK(b.tokens[1].stem.empty());
}
