#include <catch2/catch.hpp>

#include "lisan/schema.h"
#include "query/snippet.h"

using namespace lisan;

TEST_CASE("highlights point at the original spelling", "[snippet]") {
  analysis::Analyzer analyzer;
  const std::string text = "قال إن الكِتَابُ مفتوح";
  const auto sn = query::make_snippet(analyzer, text, "ar", {schema::stem_term("ar", "كتاب"), "الكتاب"});
  REQUIRE(sn.highlights.size() == 1);
  const auto [b, e] = sn.highlights[0];
  CHECK(sn.text.substr(b, e - b) == "الكِتَابُ");
  CHECK(sn.matched_forms == std::vector<std::string>{"الكِتَابُ"});
}

TEST_CASE("long texts are cut around the matches on word boundaries", "[snippet]") {
  analysis::Analyzer analyzer;
  std::string text;
  for (int i = 0; i < 100; ++i) text += "filler" + std::to_string(i) + " ";
  text += "the storm begins here ";
  for (int i = 0; i < 100; ++i) text += "tail" + std::to_string(i) + " ";
  const auto sn = query::make_snippet(analyzer, text, "en", {"storm"}, 80);
  CHECK(sn.cut_before);
  CHECK(sn.cut_after);
  CHECK(sn.text.find("storm") != std::string::npos);
  CHECK(sn.text.size() <= 200);
  REQUIRE(sn.highlights.size() == 1);
  CHECK(sn.text.substr(sn.highlights[0].first, 5) == "storm");
}

TEST_CASE("a short text is shown whole", "[snippet]") {
  analysis::Analyzer analyzer;
  const auto sn = query::make_snippet(analyzer, "Kürt gazeteciler", "tr", {"kürt"});
  CHECK(sn.text == "Kürt gazeteciler");
  CHECK_FALSE(sn.cut_before);
  REQUIRE(sn.highlights.size() == 1);
  CHECK(sn.highlights[0] == std::make_pair(std::size_t{0}, std::size_t{5}));
}
