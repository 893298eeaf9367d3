// Social-media tokens: hashtags (and their words), mentions, URLs, e-mails.
#include "word_rows.h"

using namespace lisan::analysis;
using namespace lisan::analysis::testing;

namespace {

struct SocialRow {
  const char* rule;
  const char* lang;
  const char* text;
  TokenKind kind;
  const char* folded;   // of the first token of `kind`
  const char* surface;  // original text between its offsets
  const char* domain;   // "*" = not checked
};

const SocialRow kSocial[] = {
    {"hashtag camelCase", "en", "#FreeTheCaptives", TokenKind::kHashtag, "freethecaptives", "#FreeTheCaptives", ""},
    {"hashtag with underscores", "en", "#free_the_captives", TokenKind::kHashtag, "free_the_captives", "#free_the_captives", ""},
    {"Arabic hashtag", "ar", "#غزة_تنتصر", TokenKind::kHashtag, "غزه_تنتصر", "#غزة_تنتصر", ""},
    {"Arabic hashtag, Persian yeh", "ar", "#فلسطین", TokenKind::kHashtag, "فلسطين", "#فلسطین", ""},
    {"Turkish hashtag, Turkish case", "tr", "İstanbul #IŞIK", TokenKind::kHashtag, "ışık", "#IŞIK", ""},
    {"hashtag with dotted İ outside Turkish", "en", "#İstanbul", TokenKind::kHashtag, "istanbul", "#İstanbul", ""},
    {"hashtag ends at punctuation", "en", "see #tag.", TokenKind::kHashtag, "tag", "#tag", ""},
    {"full-width number sign", "en", "＃タグ", TokenKind::kHashtag, "タグ", "＃タグ", ""},
    {"hashtag with digits", "en", "#COVID19", TokenKind::kHashtag, "covid19", "#COVID19", ""},
    {"digits only: a number, not a hashtag", "en", "#123", TokenKind::kNumber, "123", "123", ""},
    {"C# is not a hashtag", "en", "C# code", TokenKind::kWord, "c", "C", ""},
    {"mention", "en", "@Some_User hi", TokenKind::kMention, "some_user", "@Some_User", ""},
    {"mention ends at colon", "en", "RT @user: hi", TokenKind::kMention, "user", "@user", ""},
    {"mention with Turkish letters", "tr", "@kullanıcı", TokenKind::kMention, "kullanıcı", "@kullanıcı", ""},
    {"URL with scheme", "en", "https://Example.com/Path", TokenKind::kUrl, "https://example.com/Path", "https://Example.com/Path", "example.com"},
    {"URL www., trailing period", "en", "www.bbc.co.uk/news.", TokenKind::kUrl, "www.bbc.co.uk/news", "www.bbc.co.uk/news", "bbc.co.uk"},
    {"URL balanced parentheses", "en", "(see https://x.org/a_(b))", TokenKind::kUrl, "https://x.org/a_(b)", "https://x.org/a_(b)", "x.org"},
    {"URL with user and port", "en", "http://user:pw@Host.com:8080/x", TokenKind::kUrl, "http://user:pw@host.com:8080/x", "http://user:pw@Host.com:8080/x", "host.com"},
    {"URL in Arabic text", "ar", "زوروا https://aljazeera.net/news اليوم", TokenKind::kUrl, "https://aljazeera.net/news", "https://aljazeera.net/news", "aljazeera.net"},
    {"URL before Arabic comma", "ar", "https://a.org/x، ثم", TokenKind::kUrl, "https://a.org/x", "https://a.org/x", "a.org"},
    {"e-mail", "en", "mail John.Doe@Example.ORG.", TokenKind::kEmail, "john.doe@example.org", "John.Doe@Example.ORG", "example.org"},
    {"e-mail with plus", "en", "a+b@mail.example.com", TokenKind::kEmail, "a+b@mail.example.com", "a+b@mail.example.com", "mail.example.com"},
};

struct SplitRow {
  const char* rule;
  const char* lang;
  const char* hashtag;
  std::vector<const char*> words;
};

const SplitRow kSplits[] = {
    {"camelCase", "en", "#FreeTheCaptives", {"free", "the", "captives"}},
    {"underscores", "en", "#free_the_captives", {"free", "the", "captives"}},
    {"acronym then word", "en", "#HTMLParser", {"html", "parser"}},
    {"letters then digits", "en", "#COVID19", {"covid", "19"}},
    {"single word", "en", "#gaza", {"gaza"}},
    {"Arabic on underscore", "ar", "#غزة_تنتصر", {"غزه", "تنتصر"}},
    {"Arabic without underscore: one word", "ar", "#فلسطين", {"فلسطين"}},
    {"Turkish camelCase", "tr", "#KürtSorunu", {"kürt", "sorunu"}},
    {"double underscore", "en", "#a__b", {"a", "b"}},
};

}  // namespace

TEST_CASE("Social-media tokens", "[analysis][social]") {
  const auto row = GENERATE(from_range(std::begin(kSocial), std::end(kSocial)));
  CAPTURE(row.rule, row.text);
  const std::string text = row.text;
  const Analysis a = analyzer().analyze(text, row.lang);
  check_offsets(text, a);
  const Token* t = first_of(a, row.kind);
  REQUIRE(t != nullptr);
  CHECK(t->folded == row.folded);
  CHECK(text.substr(t->begin, t->end - t->begin) == row.surface);
  if (std::string_view(row.domain) != "*") CHECK(t->domain == row.domain);
  if (row.kind != TokenKind::kWord) CHECK(t->stem.empty());
}

TEST_CASE("Hashtag words: split, positions and offsets", "[analysis][social]") {
  const auto row = GENERATE(from_range(std::begin(kSplits), std::end(kSplits)));
  CAPTURE(row.rule, row.hashtag);
  const std::string text = std::string("go ") + row.hashtag + " now";
  const Analysis a = analyzer().analyze(text, row.lang);
  check_offsets(text, a);
  REQUIRE(a.tokens.size() == row.words.size() + 3);
  CHECK(a.tokens[0].position == 0);
  CHECK(a.tokens[1].kind == TokenKind::kHashtag);
  CHECK(a.tokens[1].position == 1);
  const Token& tag = a.tokens[1];
  for (std::size_t i = 0; i < row.words.size(); ++i) {
    const Token& w = a.tokens[2 + i];
    CAPTURE(i);
    CHECK(w.kind == TokenKind::kWord);
    CHECK(w.folded == row.words[i]);
    CHECK(w.position == 1 + i);  // the first word shares the hashtag's position
    CHECK(w.begin >= tag.begin + 1);
    CHECK(w.end <= tag.end);
  }
  CHECK(a.tokens.back().folded == "now");
  CHECK(a.tokens.back().position == row.words.size() + 1);
}

TEST_CASE("Hashtag word offsets point at the word", "[analysis][social]") {
  const std::string text = "#FreeTheCaptives";
  const Analysis a = analyzer().analyze(text, "en");
  REQUIRE(a.tokens.size() == 4);
  CHECK(text.substr(a.tokens[1].begin, a.tokens[1].end - a.tokens[1].begin) == "Free");
  CHECK(text.substr(a.tokens[2].begin, a.tokens[2].end - a.tokens[2].begin) == "The");
  CHECK(text.substr(a.tokens[3].begin, a.tokens[3].end - a.tokens[3].begin) == "Captives");
  CHECK(a.tokens[3].stem == "captiv");
}

TEST_CASE("An e-mail address is not a mention", "[analysis][social]") {
  const Analysis a = analyzer().analyze("write to a@b.com", "en");
  CHECK(first_of(a, TokenKind::kMention) == nullptr);
  REQUIRE(first_of(a, TokenKind::kEmail) != nullptr);
}
