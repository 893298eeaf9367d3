// Smoke tests of the analyzer contract (filled out in the table tests).
#include <catch2/catch.hpp>

#include "lisan/analysis/analyzer.h"

using lisan::analysis::Analyzer;

TEST_CASE("analyzer produces tokens with byte offsets", "[analyzer]") {
  Analyzer a;
  auto r = a.analyze_as("Hello wörld", "en");
  REQUIRE(r.tokens.size() == 2);
  CHECK(r.tokens[0].folded == "hello");
  CHECK(r.tokens[1].folded == "world");
  CHECK(r.tokens[1].begin == 6);
  CHECK(r.tokens[1].end == 12);
}
