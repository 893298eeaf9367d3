#include <catch2/catch.hpp>

#include "query/printers/csv_printer.h"

using namespace lisan::query;

TEST_CASE("csv fields are quoted as RFC 4180 says", "[csv]") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_field("الكِتَابُ") == "الكِتَابُ");  // raw UTF-8, no isolates
  CHECK(csv_record({"a", "b,c", ""}) == "a,\"b,c\",\r\n");
}

TEST_CASE("csv --fields are checked", "[csv]") {
  CHECK(parse_csv_fields("id, date,snippet") == std::vector<std::string>{"id", "date", "snippet"});
  CHECK_THROWS_WITH(parse_csv_fields("id,nope"), Catch::Contains("unknown field 'nope'"));
}
