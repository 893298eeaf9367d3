#include "indexer/record_check.h"

#include <string>

#include <catch2/catch.hpp>

#include "lisan/date.h"

using lisan::Record;
using lisan::indexer::record_problem;

TEST_CASE("record_problem: what cannot be stored and read back is named", "[indexer][record_check]") {
  const std::int64_t first_second = lisan::days_from_civil(1, 1, 1) * 86400;
  const std::int64_t last_second = lisan::days_from_civil(9999, 12, 31) * 86400 + 86399;
  struct Row {
    const char* what;
    std::string id;
    std::optional<std::int64_t> date, edited;
    std::string meta;
    const char* problem;  // "" = fine
  };
  const Row rows[] = {
      {"a plain record", "a", 1634911391, std::nullopt, "", ""},
      {"no date", "a", std::nullopt, std::nullopt, "", ""},
      {"the first second of year 1", "a", first_second, std::nullopt, "", ""},
      {"the last second of year 9999", "a", last_second, std::nullopt, "", ""},
      {"year 0", "a", first_second - 1, std::nullopt, "", "date is outside the years 0001..9999"},
      {"year 10000", "a", last_second + 1, std::nullopt, "", "date is outside the years 0001..9999"},
      {"an edit in year 33658", "a", std::nullopt, 1000000000000, "", "edited is outside the years 0001..9999"},
      {"no id", "", 1634911391, std::nullopt, "", "the record has no id"},
      {"meta an object", "a", std::nullopt, std::nullopt, "{\"k\":1}", ""},
      {"meta an array", "a", std::nullopt, std::nullopt, "[1]", "its meta is not a JSON object"},
      {"meta not JSON", "a", std::nullopt, std::nullopt, "{oops", "its meta is not a JSON object"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.what);
    Record r;
    r.id = row.id;
    r.text = "text";
    r.date = row.date;
    r.edited = row.edited;
    r.meta_json = row.meta;
    const std::string problem = record_problem(r);
    if (*row.problem == '\0') CHECK(problem.empty());
    else CHECK_THAT(problem, Catch::StartsWith(row.problem));
  }
}
