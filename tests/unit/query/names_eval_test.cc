// The name-expansion evaluation (tests/data/names/): recall and precision
// per category, with floors this implementation reaches (docs/names.md has
// the figures; a change that lowers them fails here).
#include <iostream>

#include <catch2/catch.hpp>

#include "tests/support/temp_index.h"
#include "tests/unit/query/names_eval.h"

using namespace lisan::test;

TEST_CASE("name expansion: recall and precision per category stay above their floors", "[names][names-eval]") {
  const std::string data = LISAN_TEST_DATA "/names/";
  const auto groups = read_name_groups(data + "variants.tsv");
  const auto distractors = read_distractors(data + "distractors.txt");
  REQUIRE(groups.size() >= 40);
  const lisan::analysis::Analyzer analyzer;
  TempIndex db("names_eval");
  lisan::query::names::ExpandLimits limits;
  limits.max_spellings = 1000;
  std::vector<std::string> misses;
  const auto scores = evaluate_names(groups, distractors, analyzer, db.path, limits, &misses);
  std::cout << score_table(scores);
  if (std::getenv("LISAN_NAMES_EVAL_MISSES"))
    for (const auto& m : misses) std::cout << m << "\n";
  // Measured (docs/names.md): all 0.925 / 0.654 / 0.918 cross-script;
  // group 0.904 / 0.665; invented 0.858 / 0.910; person 0.924 / 0.613;
  // place 0.972 / 0.703. Precision is low by design of the set: the
  // distractors share consonants with the names (Mahmoud for Muhammad).
  struct Floor {
    const char* category;
    double recall, precision, cross_recall;
  };
  for (const Floor& f : {Floor{"all", 0.90, 0.62, 0.90}, Floor{"group", 0.88, 0.63, 0.88},
                         Floor{"invented", 0.84, 0.88, 0.88}, Floor{"person", 0.90, 0.58, 0.87},
                         Floor{"place", 0.95, 0.67, 0.95}}) {
    INFO(f.category);
    REQUIRE(scores.count(f.category));
    CHECK(scores.at(f.category).recall() >= f.recall);
    CHECK(scores.at(f.category).precision() >= f.precision);
    CHECK(scores.at(f.category).cross_recall() >= f.cross_recall);
  }
}
