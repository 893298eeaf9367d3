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

TEST_CASE("csv cells a spreadsheet would run are neutralised (OWASP), unless raw", "[csv][issue18]") {
  struct Row {
    const char* value;
    const char* safe;  // CsvCells::kSpreadsheetSafe, the default
    const char* raw;   // CsvCells::kRaw (--csv-raw)
  };
  const Row rows[] = {
      {"=1+1", "\"'=1+1\"", "=1+1"},
      {"=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"",
       "\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""},
      {"+cmd", "\"'+cmd\"", "+cmd"},
      {"-2+3", "\"'-2+3\"", "-2+3"},
      {"@SUM(1)", "\"'@SUM(1)\"", "@SUM(1)"},
      {"\tx", "\"'\tx\"", "\tx"},
      {"\r=1", "\"'\r=1\"", "\"\r=1\""},
      // Not at the start, or not a trigger: unchanged.
      {"a=1", "a=1", "a=1"},
      {" =1", " =1", " =1"},
      {"'quoted", "'quoted", "'quoted"},
      {"", "", ""},
      {"#وسم", "#وسم", "#وسم"},
      // lisan's own numeric columns never begin with a trigger: unchanged.
      {"12", "12", "12"},
      {"0.4375", "0.4375", "0.4375"},
      {"2021-09-24T10:00:00Z", "2021-09-24T10:00:00Z", "2021-09-24T10:00:00Z"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.value);
    CHECK(csv_field(row.value) == row.safe);
    CHECK(csv_field(row.value, CsvCells::kRaw) == row.raw);
  }
  CHECK(csv_record({"1", "=1+1", "x"}) == "1,\"'=1+1\",x\r\n");
  CHECK(csv_record({"1", "=1+1", "x"}, CsvCells::kRaw) == "1,=1+1,x\r\n");
}
