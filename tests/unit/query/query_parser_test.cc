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
      Row{"NEAR/n reads every digit", "a NEAR/10000 b", R"((NEAR/10000 (WORD "a") (WORD "b")))"},
      Row{"NEAR/n before a phrase", "a NEAR/20\"b c\"", R"((NEAR/20 (WORD "a") (PHRASE "b c")))"},
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
      Row{"a NEAR/10001 b", 2, "NEAR/10001: the window is at most 10000 words"},
      Row{"a ADJ/99999999999999999999 b", 2, "ADJ/99999999999999999999: the window is at most 10000 words"},
      Row{"a NEAR/5x b", 2, "NEAR needs a positive window"},
      Row{"a NEAR/ b", 2, "NEAR needs a positive window"},
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

// What bounds a query (query_parser.h): nesting, terms and windows. The
// deep queries used to overflow the stack; here they must fail cleanly at the
// first term or parenthesis past the bound.
namespace {

std::string repeat(const std::string& piece, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += piece;
  return out;
}

}  // namespace

TEST_CASE("queries past a bound fail at the term or parenthesis that breaks it", "[parser]") {
  using lisan::query::kMaxQueryNesting;
  using lisan::query::kMaxQueryTerms;
  struct Row {
    const char* what;
    std::string query;
    bool ok;
    std::size_t offset;  // where the error points (when !ok)
    const char* message;
  };
  const std::size_t deep = kMaxQueryNesting;
  const std::vector<Row> rows = {
      {"nesting at the bound", repeat("(", deep) + "a" + repeat(")", deep), true, 0, ""},
      {"nesting past the bound", repeat("(", deep + 1) + "a" + repeat(")", deep + 1), false, deep,
       "parentheses nested more than 100 deep"},
      {"9,500 parentheses (the crash)", repeat("(", 9500) + "a" + repeat(")", 9500), false, deep,
       "parentheses nested more than 100 deep"},
      {"unclosed 9,500 parentheses", repeat("(", 9500), false, deep, "parentheses nested more than 100 deep"},
      {"terms at the bound", "w" + repeat(" OR w", kMaxQueryTerms - 1), true, 0, ""},
      {"terms past the bound", "w" + repeat(" OR w", kMaxQueryTerms), false, 5 * kMaxQueryTerms,
       "more than 1000 words, phrases and field values"},
      {"a chain of 20,000 negations", "a" + repeat(" -b", 20000), false, 3 * kMaxQueryTerms,
       "more than 1000 words"},
      {"a chain of 20,000 mixed NEAR windows", "a" + repeat(" NEAR/1 b NEAR/2 c", 10000), false,
       std::string("a" + repeat(" NEAR/1 b NEAR/2 c", 500)).size() - 1, "more than 1000 words"},
      {"phrases and fields count", repeat("\"a b\" channel:x ", kMaxQueryTerms / 2) + "date:2021", false,
       std::string(repeat("\"a b\" channel:x ", kMaxQueryTerms / 2)).size(), "more than 1000 words"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.what);
    const auto parsed = parse_query(row.query);
    REQUIRE(parsed.ok() == row.ok);
    if (row.ok) continue;
    CHECK(parsed.error->offset == row.offset);
    CHECK_THAT(parsed.error->message, Catch::StartsWith(row.message));
  }
}

TEST_CASE("an error shows the query around the error with a caret under it", "[parser]") {
  struct Row {
    const char* what;
    std::string query;
    std::string shown;
  };
  std::string long_list = "w0";
  for (int i = 1; i <= 1000; ++i) long_list += " OR w" + std::to_string(i);
  const std::vector<Row> rows = {
      {"short query whole", "a OR", "OR needs something to search for on its right (at character 3)\n  a OR\n    ^"},
      {"characters, not bytes", "Kürt OR",
       "OR needs something to search for on its right (at character 6)\n  Kürt OR\n       ^"},
      {"a long query is cut around the error", long_list,
       "more than 1000 words, phrases and field values in one query; split it, e.g. into several lines of a "
       "--queries file (at character 7891)\n  …w995 OR w996 OR w997 OR w998 OR w999 OR w1000\n  " +
           std::string(41, ' ') + "^"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.what);
    const auto parsed = parse_query(row.query);
    REQUIRE_FALSE(parsed.ok());
    CHECK(parsed.error->to_string(row.query) == row.shown);
  }
}
