#include <catch2/catch.hpp>

#include "query/query_parser.h"

using lisan::query::parse_query;

TEST_CASE("query grammar", "[parser]") {
  using Row = std::tuple<const char*, const char*, const char*>;
  auto [rule, input, expected] = GENERATE(table<const char*, const char*, const char*>({
      Row{"one word", "captives", R"((WORD "captives"))"},
      Row{"implicit AND", "free captives", R"((AND (WORD "free") (WORD "captives")))"},
      Row{"explicit AND", "free AND captives", R"((AND (WORD "free") (WORD "captives")))"},
      Row{"OR", "kurt OR kürt", R"((OR (WORD "kurt") (WORD "kürt")))"},
      Row{"lower-case or is a word", "this or that", R"((AND (WORD "this") (WORD "or") (WORD "that")))"},
      Row{"minus excludes", "park -café", R"((AND_NOT (WORD "park") (WORD "café")))"},
      Row{"NOT excludes", "park NOT café", R"((AND_NOT (WORD "park") (WORD "café")))"},
      Row{"phrase", "\"بسم الله\"", R"((PHRASE "بسم الله"))"},
      Row{"exact word", "=Kürt", R"((WORD = "Kürt"))"},
      Row{"exact phrase", "=\"Één Park\"", R"((PHRASE = "Één Park"))"},
      Row{"parentheses", "(a OR b) c", R"((AND (OR (WORD "a") (WORD "b")) (WORD "c")))"},
      Row{"NEAR default window", "a NEAR b", R"((NEAR/10 (WORD "a") (WORD "b")))"},
      Row{"NEAR/n", "a NEAR/3 b", R"((NEAR/3 (WORD "a") (WORD "b")))"},
      Row{"ADJ", "a ADJ/2 b", R"((ADJ/2 (WORD "a") (WORD "b")))"},
      Row{"wildcard", "captiv*", R"((WILDCARD "captiv"))"},
      Row{"hashtag shorthand", "#FreeTheCaptives", R"((FIELD hashtag "FreeTheCaptives"))"},
      Row{"mention shorthand", "@DawnRelief", R"((FIELD mention "DawnRelief"))"},
      Row{"field", "channel:DawnRelief", R"((FIELD channel "DawnRelief"))"},
      Row{"quoted field value", "author:\"Ayşe Yılmaz\"", R"((FIELD author "Ayşe Yılmaz"))"},
      Row{"title field", "title:park", R"((WORD title "park"))"},
      Row{"text field is the body", "text:park", R"((WORD "park"))"},
      Row{"date range", "date:2021-10..2021-12", R"((DATE 2021-10..2021-12))"},
      Row{"open date range", "date:..2021-10", R"((DATE ..2021-10))"},
      Row{"apostrophe stays in the word", "İstanbul'da", R"((WORD "İstanbul'da"))"},
      Row{"pasted URL", "https://dawnrelief.example/x", R"((FIELD url "https://dawnrelief.example/x"))"},
  }));
  CAPTURE(rule, input);
  auto parsed = parse_query(input);
  REQUIRE(parsed.ok());
  CHECK(parsed.root->describe() == expected);
}

TEST_CASE("option any makes OR the default operator", "[parser]") {
  lisan::query::ParseOptions options;
  options.default_or = true;
  auto parsed = parse_query("a b", options);
  REQUIRE(parsed.ok());
  CHECK(parsed.root->describe() == R"((OR (WORD "a") (WORD "b")))");
}

TEST_CASE("bad queries say where and why", "[parser]") {
  using Row = std::tuple<const char*, std::size_t, const char*>;
  auto [input, offset, message] = GENERATE(table<const char*, std::size_t, const char*>({
      Row{"\"unclosed phrase", 0, "unterminated phrase"},
      Row{"(a OR b", 0, "unbalanced '('"},
      Row{"a OR b)", 6, "unbalanced ')'"},
      Row{"a OR", 2, "OR needs something to search for on its right"},
      Row{"AND b", 0, "AND needs something to search for on its left"},
      Row{"-a", 0, "a query cannot be only a negation"},
      Row{"colour:red", 0, "unknown field 'colour:'"},
      Row{"a NEAR/0 b", 2, "NEAR needs a positive window"},
      Row{"*", 0, "only a trailing '*'"},
      Row{"a ()", 2, "empty parentheses"},
      Row{"channel: x", 0, "'channel:' needs a value"},
  }));
  CAPTURE(input);
  auto parsed = parse_query(input);
  REQUIRE_FALSE(parsed.ok());
  CHECK(parsed.error->offset == offset);
  CHECK_THAT(parsed.error->message, Catch::StartsWith(message));
}
