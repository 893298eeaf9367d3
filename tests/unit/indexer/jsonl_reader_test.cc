#include <cstdio>
#include <fstream>

#include <catch2/catch.hpp>

#include "indexer/readers/generic/jsonl_reader.h"
#include "lisan/date.h"
#include "tests/support/collecting_sink.h"

using namespace lisan;
using namespace lisan::indexer;
using lisan::test::CollectingSink;

namespace {

// The last record with `id` wins, as in the index.
const Record* find(const CollectingSink& sink, const std::string& id) { return sink.find(id); }

}  // namespace

TEST_CASE("JSONL edge cases: every line is read or reported", "[jsonl]") {
  JsonlReader reader({});
  CollectingSink sink;
  reader.read(LISAN_TEST_DATA "/samples/generic/jsonl_edge_cases.jsonl", sink);

  REQUIRE(sink.records.size() == 9);
  REQUIRE(sink.rejects.size() == 2);
  CHECK(sink.rejects[0].first.line == 7);
  CHECK_THAT(sink.rejects[0].second, Catch::StartsWith("invalid JSON at byte"));
  CHECK(sink.rejects[1].first.line == 12);
  CHECK_THAT(sink.rejects[1].second, Catch::Contains("must be a JSON object, not an array"));

  const Record* e1 = find(sink, "e1");
  REQUIRE(e1);  // the BOM did not hide the first record
  CHECK(e1->provenance.line == 1);
  CHECK(find(sink, "e2")->text == "CRLF line ending on this record");  // no trailing \r
  const Record* numeric = find(sink, "3");
  REQUIRE(numeric);
  CHECK(format_iso_utc(*numeric->date) == "2021-10-22T14:03:11Z");
  const Record* e5 = find(sink, "e5");
  REQUIRE(e5);
  CHECK(e5->text.find("\xF0\x9F\x8C\xB3") != std::string::npos);  // U+1F333 from a surrogate pair
  CHECK(e5->text.find("\xE2\x80\xA8") != std::string::npos);      // raw U+2028 kept inside the record
  CHECK(e5->text.find("الحديقة") != std::string::npos);
  const Record* e7 = find(sink, "e7");
  REQUIRE(e7);
  CHECK(e7->text.rfind("duplicate id e7", 0) == 0);
  CHECK(e7->date_zone_assumed);
  CHECK(find(sink, "e8")->title == "empty text field");
  CHECK(find(sink, "e9")->lang == "nl");
  CHECK(find(sink, "e9")->hashtags == std::vector<std::string>{"RedHetPark"});
}

TEST_CASE("a file cut in the middle of a record reports the break", "[jsonl]") {
  const std::string path = "jsonl_reader_test_truncated.jsonl";
  {
    std::ofstream out(path, std::ios::binary);
    out << "{\"id\": \"a\", \"text\": \"one\"}\n{\"id\": \"b\", \"text\": \"tw";
  }
  JsonlReader reader({});
  CollectingSink sink;
  reader.read(path, sink);
  std::remove(path.c_str());
  REQUIRE(sink.records.size() == 1);
  REQUIRE(sink.rejects.size() == 1);
  CHECK(sink.rejects[0].first.line == 2);
  CHECK_THAT(sink.rejects[0].second, Catch::StartsWith("truncated record at end of file"));
}

TEST_CASE("a missing file is an error naming it", "[jsonl]") {
  JsonlReader reader({});
  CollectingSink sink;
  CHECK_THROWS_WITH(reader.read("no/such/file.jsonl", sink),
                    Catch::StartsWith("no/such/file.jsonl: cannot open: No such file"));
}
