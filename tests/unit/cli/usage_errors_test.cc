// "did you mean": which known flags a mistyped one is taken for.
#include <catch2/catch.hpp>

#include "lisan/cli/usage_errors.h"

using lisan::cli::closest_flags;
using lisan::cli::edit_distance;

TEST_CASE("edit distance counts a swapped pair as one edit", "[cli]") {
  struct Row {
    const char* a;
    const char* b;
    std::size_t distance;
  };
  const Row rows[] = {
      {"--format", "--format", 0}, {"--fromat", "--format", 1}, {"--formt", "--format", 1},
      {"--formats", "--format", 1}, {"--colour", "--color", 1}, {"--formt", "--force", 2},
      {"", "--db", 4},           {"--db", "", 4},
  };
  for (const Row& r : rows) {
    CAPTURE(r.a, r.b);
    CHECK(edit_distance(r.a, r.b) == r.distance);
  }
}

TEST_CASE("closest_flags offers the nearest known flags only", "[cli]") {
  const std::vector<std::string> known = {"--color", "--count", "--db",     "--facet-limit", "--facets", "--force",
                                          "--format", "--kwic", "--limit", "--since",       "--since-run"};
  struct Row {
    std::string typed;
    std::vector<std::string> expected;
  };
  const std::vector<Row> rows = {
      {"--fromat", {"--format"}},
      {"--formt", {"--format"}},            // not also --force (2 edits)
      {"--form", {"--format"}},             // a prefix of one flag
      {"--facet", {"--facets"}},            // nearer than the prefix match --facet-limit
      {"--colour=never", {"--color"}},      // the value is not compared
      {"--cuont", {"--count"}},
      {"--sinse", {"--since"}},
      {"--bd", {"--db"}},
      {"--zzzzzzzz", {}},                   // nothing near: no guess
      {"--l", {}},                          // too short to be a prefix of --limit
  };
  for (const Row& r : rows) {
    CAPTURE(r.typed);
    CHECK(closest_flags(r.typed, known) == r.expected);
  }
}
