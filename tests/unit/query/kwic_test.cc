#include <catch2/catch.hpp>

#include "query/kwic.h"
#include "query/query_parser.h"

using namespace lisan;

TEST_CASE("display width counts wide and zero-width characters", "[kwic]") {
  CHECK(query::display_width("abc") == 3);
  CHECK(query::display_width("Kürt") == 4);
  CHECK(query::display_width("\xE4\xB8\xAD\xE6\x96\x87") == 4);  // 中文: two wide characters
  CHECK(query::display_width("الكِتَابُ") == 6);                  // harakat take no column
}

TEST_CASE("fit_width cuts on characters from either end", "[kwic]") {
  CHECK(query::fit_width("hello world", 5, false) == "hello");
  CHECK(query::fit_width("hello world", 5, true) == "world");
  CHECK(query::fit_width("çğışöü", 3, true) == "şöü");
  // A mark is never left without its base letter.
  CHECK(query::fit_width("كِتَاب", 2, true) == "اب");
}

TEST_CASE("one concordance line per occurrence with aligned context", "[kwic]") {
  analysis::Analyzer analyzer;
  const std::string text = "The storm begins.\nA second storm follows the first storm";
  const auto lines = query::make_kwic(analyzer, text, "en", {"storm"}, 10);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].left == "The ");
  CHECK(lines[0].match == "storm");
  CHECK(lines[0].right == " begins. A");  // the newline became a space
  CHECK(lines[1].left == " A second ");
  CHECK(lines[2].right.empty());
  CHECK(text.substr(lines[2].begin, lines[2].end - lines[2].begin) == "storm");
}

TEST_CASE("a matched phrase is one occurrence", "[kwic]") {
  analysis::Analyzer analyzer;
  const auto lines = query::make_kwic(analyzer, "a slow disappearance, they said", "en", {"slow", "disappearance"}, 20);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].match == "slow disappearance");
}

TEST_CASE("a phrase query makes lines only where the whole phrase is", "[kwic]") {
  analysis::Analyzer analyzer;
  const auto root = query::parse_query("\"slow disappearance\"").root;
  REQUIRE(root);
  CHECK(query::kwic_min_words(*root) == 2);
  CHECK(query::kwic_min_words(*query::parse_query("storm \"a b c\"").root) == 1);
  const auto lines = query::make_kwic(analyzer, "slow down. A slow disappearance.", "en", {"slow", "disappearance"}, 20,
                                      query::kwic_min_words(*root));
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].match == "slow disappearance");
}

TEST_CASE("Arabic matches keep their original spelling", "[kwic]") {
  analysis::Analyzer analyzer;
  const auto lines = query::make_kwic(analyzer, "قال إن الكِتَابُ مفتوح", "ar", {"الكتاب"}, 20);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].match == "الكِتَابُ");
  CHECK(lines[0].left == "قال إن ");
  CHECK(lines[0].right == " مفتوح");
}
