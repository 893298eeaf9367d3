// Rules of every language: hidden characters inside words, decimal digits of
// every script, emoji as tokens, and the plain words a hashtag, a mention and
// a URL are also found by (Token::bare_word).
#include "word_rows.h"

using namespace lisan::analysis;
using namespace lisan::analysis::testing;

namespace {

const WordRow kWords[] = {
    // Hidden characters are removed before segmentation: the word stays whole.
    {"zero-width space inside a word", "en", "bo\u200Bmb", "bomb", "bomb", "bomb"},
    {"zero-width space, Dutch", "nl", "aan\u200Bslag", "aanslag", "*", "aanslag"},
    {"two zero-width spaces", "en", "b\u200Bo\u200Bmb", "bomb", "*", "bomb"},
    {"ZWNJ inside a Latin word", "en", "atta\u200Cck", "attack", "attack", "attack"},
    {"ZWJ inside a Latin word", "en", "atta\u200Dck", "attack", "*", "attack"},
    {"word joiner", "tr", "sal\u2060dırı", "saldırı", "*", "saldırı"},
    {"ZWNBSP (BOM) inside a word", "en", "at\uFEFFtack", "attack", "*", "attack"},
    {"soft hyphen", "nl", "ge\u00ADmeente", "gemeente", "*", "gemeente"},
    {"zero-width space in an Arabic word", "ar", "حم\u200Bلة", "حمله", "*", "حملة"},
    {"ZWNJ in a Persian word stays orthography (folded away)", "ar", "می\u200Cخواهم", "ميخواهم", "*", "*"},
    // Decimal digits of every script fold to ASCII.
    {"Devanagari digits", "", "\u0968\u0966\u0968\u096A", "2024", "", "*"},
    {"Bengali digits", "", "\u09E7\u09EF", "19", "", "*"},
    {"Thai digits", "", "\u0E51\u0E52\u0E53", "123", "", "*"},
    {"Arabic-Indic digits (unchanged rule)", "ar", "\u0661\u0665", "15", "", "*"},
    {"full-width digits", "", "\uFF12\uFF10", "20", "", "*"},
    {"mathematical bold digits", "", "\U0001D7CF\U0001D7CE", "10", "", "*"},
    {"Devanagari digits inside a word", "en", "covid\u0967\u096F", "covid19", "*", "*"},
    // Emoji are tokens; presentation selectors and skin tones fold away.
    {"emoji", "en", "\U0001F349", "\U0001F349", "", "\U0001F349"},
    {"emoji with skin tone", "en", "\U0001F64F\U0001F3FD", "\U0001F64F", "", "*"},
    {"heart with variation selector", "en", "\u2764\uFE0F", "\u2764", "", "*"},
    {"flag (regional-indicator pair)", "ar", "\U0001F1F5\U0001F1F8", "\U0001F1F5\U0001F1F8", "", "*"},
    {"ZWJ family sequence is one token", "en", "\U0001F468\u200D\U0001F469\u200D\U0001F467",
     "\U0001F468\U0001F469\U0001F467", "", "*"},
};

const FindRow kFinds[] = {
    {"word with ZWSP found by the word", "en", "bomb", "a b\u200Bomb threat"},
    {"word found by the word with ZWSP", "en", "b\u200Bomb", "a bomb threat"},
    {"stem through a soft hyphen", "en", "attacks", "they at\u00ADtacked"},
    {"Devanagari year finds ASCII year", "", "\u0968\u0966\u0968\u096A", "in 2024"},
    {"ASCII year finds Devanagari year", "", "2024", "\u0968\u0966\u0968\u096A"},
    {"emoji finds emoji", "en", "\U0001F349", "we stand \U0001F349\U0001F349"},
    {"emoji without skin tone finds skin tone", "en", "\U0001F64F", "thanks \U0001F64F\U0001F3FF"},
    {"flag finds flag", "en", "\U0001F1F5\U0001F1F8", "solidarity \U0001F1F5\U0001F1F8"},
    // Hyphenated compounds are found written solid (every Latin-script language).
    {"solid query finds hyphenated compound (en)", "en", "cooperation", "the co-operation of"},
    {"solid query finds hyphenated compound (nl)", "nl", "zuidafrika", "naar Zuid-Afrika"},
    {"solid query finds three-part compound", "en", "stateoftheart", "a state-of-the-art tool"},
    {"solid query finds compound with U+2010 hyphen", "en", "cooperation", "co\u2010operation"},
    {"solid query finds hyphenated compound (tr, I is ı)", "tr", "kuzeyırak", "Kuzey-Irak sınırı"},
    {"a part still finds the hyphenated compound", "nl", "afrika", "naar Zuid-Afrika"},
};

const FindRow kMustNot[] = {
    {"one emoji is not another", "en", "\U0001F349", "\U0001F34E"},
    {"one flag is not another", "en", "\U0001F1F5\U0001F1F8", "\U0001F1EE\U0001F1F1"},
    {"symbol (c) is not a token", "en", "\u00A9", "\u00A9 2024"},
    {"space between words is not hidden", "en", "bomb", "bo mb"},
    {"words with a space are not a compound", "en", "cooperation", "co operation"},
    {"a dash between words is not a hyphen", "en", "cooperation", "co - operation"},
};

struct BareRow {
  const char* rule;
  const char* lang;
  const char* text;
  TokenKind kind;
  const char* bare;  // Token::bare_word of the first token of `kind`
};

const BareRow kBare[] = {
    {"camelCase hashtag as one word", "en", "#StormFriday", TokenKind::kHashtag, "stormfriday"},
    {"hashtag with underscore as one word", "en", "#storm_friday", TokenKind::kHashtag, "storm_friday"},
    {"Arabic hashtag as one word", "ar", "#غزة_تنتصر", TokenKind::kHashtag, "غزه_تنتصر"},
    {"one-word hashtag: its word is already plain", "en", "#gaza", TokenKind::kHashtag, ""},
    {"hashtag with ZWSP stays one tag", "en", "#Storm\u200BFriday", TokenKind::kHashtag, "stormfriday"},
    {"mention handle as a word", "en", "@Some_User", TokenKind::kMention, "some_user"},
    {"mention handle folds accents as words do", "en", "@JoséR", TokenKind::kMention, "joser"},
    {"Turkish mention keeps Turkish letters", "tr", "@Kullanıcı", TokenKind::kMention, "kullanıcı"},
    {"URL host as a word", "en", "https://www.Example.org/a", TokenKind::kUrl, "example.org"},
    {"e-mail has no bare word (its text is a word)", "en", "a@b.org", TokenKind::kEmail, ""},
};

}  // namespace

TEST_CASE("All languages: hidden characters, digits, emoji", "[analysis][all]") {
  const auto row = GENERATE(from_range(std::begin(kWords), std::end(kWords)));
  check_word_row(row);
}

TEST_CASE("All languages: queries find", "[analysis][all]") {
  const auto row = GENERATE(from_range(std::begin(kFinds), std::end(kFinds)));
  check_find_row(row);
}

TEST_CASE("All languages: must not match", "[analysis][all][must-not-match]") {
  const auto row = GENERATE(from_range(std::begin(kMustNot), std::end(kMustNot)));
  CAPTURE(row.rule, row.lang, row.query, row.doc);
  CHECK_FALSE(finds(row.lang, row.query, row.doc));
}

TEST_CASE("All languages: hashtags, mentions and URLs as plain words", "[analysis][all][social]") {
  const auto row = GENERATE(from_range(std::begin(kBare), std::end(kBare)));
  CAPTURE(row.rule, row.lang, row.text);
  const Analysis a = analyzer().analyze(row.text, row.lang);
  check_offsets(row.text, a);
  const Token* t = first_of(a, row.kind);
  REQUIRE(t != nullptr);
  CHECK(t->bare_word == row.bare);
}

TEST_CASE("Hidden characters keep byte offsets on the original text", "[analysis][all]") {
  const std::string text = "a bo\u200Bmb here";
  const Analysis a = analyzer().analyze(text, "en");
  check_offsets(text, a);
  REQUIRE(a.tokens.size() == 3);
  CHECK(a.tokens[1].folded == "bomb");
  CHECK(a.tokens[1].begin == 2);
  CHECK(a.tokens[1].end == 2 + 2 + 3 + 2);  // "bo" ZWSP(3 bytes) "mb"
  CHECK(a.tokens[2].position == 2);
}
