// The limits the JSON-family readers share: parse_json (depth, number range,
// syntax), checked epochs and the 0001..9999 range, split_json_list (a JSON
// document's statuses one by one), the GuardedSink that turns any exception
// of one record into a reject, and format detection of JSON inputs.
#include <stdexcept>
#include <string>
#include <tuple>

#include <catch2/catch.hpp>

#include "indexer/readers/checked_date.h"
#include "indexer/readers/detect.h"
#include "indexer/readers/json_list.h"
#include "indexer/readers/json_parse.h"
#include "indexer/readers/record_guard.h"
#include "indexer/readers/generic/unknown_json_reader.h"
#include "lisan/core/error.h"
#include "tests/support/collecting_sink.h"

using namespace lisan;
using namespace lisan::indexer;

TEST_CASE("parse_json refuses what would crash or mislead, with a reason", "[json-limits]") {
  using Row = std::tuple<std::string, const char*>;  // text, start of the error ("" = parses)
  const auto [text, error] = GENERATE(table<std::string, const char*>({
      Row{R"({"a": [1, {"b": "c"}]})", ""},
      Row{std::string(513, '[') + std::string(513, ']'), "JSON nested deeper than 512 levels at byte 513"},
      Row{std::string(512, '[') + std::string(512, ']'), ""},
      Row{R"({"s": "[[[[ brackets in a string do not count ]]]]"})", ""},
      Row{R"({"x": 1e400})", "invalid JSON: number overflow parsing '1e400'"},
      Row{R"({"x": -1e400})", "invalid JSON: number overflow parsing '-1e400'"},
      Row{R"({"x": 18446744073709551616})", ""},  // past uint64: a double, kept finite
      Row{R"({"t": "\ud800"})", "invalid JSON at byte"},
      Row{"{\"t\": \"\xff\"}", "invalid JSON at byte"},
      Row{"{\"t\": \"\xc0\xaf\"}", "invalid JSON at byte"},
      Row{std::string("{\"t\": \"a\0b\"}", 12), "invalid JSON at byte"},
      Row{R"({"t": "cut)", "invalid JSON at byte"},
  }));
  CAPTURE(text.substr(0, 80));
  const auto parsed = parse_json(text);
  if (*error == '\0') {
    CHECK(parsed.ok());
  } else {
    REQUIRE_FALSE(parsed.ok());
    CHECK_THAT(parsed.error(), Catch::StartsWith(error));
  }
}

TEST_CASE("parse_json says when the text ends before the value", "[json-limits]") {
  bool cut = false;
  CHECK_FALSE(parse_json(R"({"t": "cut)", &cut).ok());
  CHECK(cut);
  CHECK_FALSE(parse_json(R"({"t": } "more")", &cut).ok());
  CHECK_FALSE(cut);
}

TEST_CASE("checked epochs reject what does not fit or is no date", "[json-limits]") {
  using Row = std::tuple<const char*, EpochUnit, std::int64_t, const char*>;
  const auto [text, unit, seconds, error] = GENERATE(table<const char*, EpochUnit, std::int64_t, const char*>({
      Row{"1634911391", EpochUnit::kSeconds, 1634911391, ""},
      Row{"1634911391000", EpochUnit::kMilliseconds, 1634911391, ""},
      Row{"1634911391000", EpochUnit::kAuto, 1634911391, ""},
      Row{"-86400", EpochUnit::kSeconds, -86400, ""},
      Row{"16349115001634911500", EpochUnit::kSeconds, 0, "t '16349115001634911500' does not fit in 64 bits"},
      Row{"99999999999999999999", EpochUnit::kMilliseconds, 0, "t '99999999999999999999' does not fit in 64 bits"},
      Row{"9223372036854775807", EpochUnit::kSeconds, 0, "t out of range: 9223372036854775807 seconds"},
      Row{"253402300800", EpochUnit::kSeconds, 0, "t out of range"},  // 10000-01-01
      Row{"253402300799", EpochUnit::kSeconds, 253402300799, ""},    // 9999-12-31T23:59:59
      Row{"-62135596801", EpochUnit::kSeconds, 0, "t out of range"},  // before 0001-01-01
      Row{"12ab", EpochUnit::kSeconds, 0, "t '12ab' is not a whole number of seconds"},
      Row{"", EpochUnit::kSeconds, 0, "t '' is not a whole number"},
  }));
  CAPTURE(text);
  const auto r = checked_epoch(text, unit, "t");
  if (*error == '\0') {
    REQUIRE(r.ok());
    CHECK(*r == seconds);
  } else {
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.error(), Catch::StartsWith(error));
  }
  CHECK(date_range_error(0).empty());
  CHECK_FALSE(checked_epoch_value(nlohmann::json(1.5), EpochUnit::kSeconds, "t").ok());
  CHECK(*checked_epoch_value(nlohmann::json(1634911391), EpochUnit::kSeconds, "t") == 1634911391);
}

TEST_CASE("split_json_list finds each element and its line, and where the file is cut", "[json-limits]") {
  const std::string timeline = "[\n  {\"a\": \"x]\"},\n  {\"b\": [1, 2]}\n]\n";
  JsonList list = split_json_list(timeline, "statuses");
  CHECK(list.is_list);
  REQUIRE(list.elements.size() == 2);
  CHECK(list.elements[0].text == "{\"a\": \"x]\"}");
  CHECK(list.elements[0].line == 2);
  CHECK(list.elements[1].line == 3);
  CHECK(list.error.empty());

  const std::string search = "{\"search_metadata\": {\"count\": [2]},\n \"statuses\": [{\"c\": 1},\n{\"d\": 2}]}";
  list = split_json_list(search, "statuses");
  REQUIRE(list.elements.size() == 2);
  CHECK(list.elements[1].text == "{\"d\": 2}");
  CHECK(list.elements[1].line == 3);

  list = split_json_list("[{\"a\": 1},\n{\"b\": \"cut", "statuses");
  REQUIRE(list.elements.size() == 2);
  CHECK_FALSE(list.elements[0].truncated);
  CHECK(list.elements[1].truncated);
  CHECK(list.elements[1].line == 2);

  list = split_json_list("[{\"a\": 1},\n", "statuses");
  CHECK(list.elements.size() == 1);
  CHECK(list.error == "the file ends before the list is closed");

  list = split_json_list("[{\"a\": 1} x {\"b\": 2}]", "statuses");
  CHECK(list.elements.size() == 1);
  CHECK_THAT(list.error, Catch::StartsWith("expected ',' or ']' after element 1"));

  list = split_json_list("{\"id_str\": \"1\", \"text\": \"one tweet\"}", "statuses");
  CHECK_FALSE(list.is_list);
  REQUIRE(list.elements.size() == 1);
}

TEST_CASE("GuardedSink: an exception rejects its record; lisan::Error still stops", "[json-limits]") {
  lisan::test::CollectingSink inner;
  GuardedSink sink(inner);
  const Location where{"f.jsonl", 3, {}};
  sink.record(where, "raw", [] { throw std::out_of_range("stoll"); });
  sink.record(where, "raw", [] { nlohmann::json("text").value("title", std::string()); });
  sink.record(where, "raw", [&] {
    Record r;
    r.id = "ok";
    r.date = 1634911391;
    sink.accept(std::move(r));
  });
  sink.record(where, "raw", [] { throw 42; });
  REQUIRE(inner.rejects.size() == 3);
  CHECK(inner.rejects[0].second == "cannot read this record: a number out of range (stoll)");
  CHECK(inner.rejects[1].second == "cannot read this record: cannot use value() with string");
  CHECK(inner.rejects[0].first.line == 3);
  CHECK(inner.rejects[2].second == "cannot read this record (unknown error)");
  REQUIRE(inner.records.size() == 1);
  CHECK(inner.records[0].id == "ok");
  CHECK_THROWS_AS(sink.record(where, "raw", [] { throw Error("disk full"); }), Error);
}

TEST_CASE("detection of JSON inputs", "[json-limits][detect]") {
  using Row = std::tuple<const char*, std::string, const char*>;
  const std::string tweet =
      R"({"created_at": "Fri Oct 22 14:03:11 +0000 2021", "id_str": "1", "full_text": "x", "user": {}})";
  const auto [name, head, format] = GENERATE_COPY(table<const char*, std::string, const char*>({
      Row{"search.json", "{\"statuses\": [" + tweet + "], \"search_metadata\": {}}\n", "twitter-v1"},
      Row{"search.json", "{\"search_metadata\": {}, \"statuses\": [" + tweet + "]}\n", "twitter-v1"},
      Row{"search.json", "{\n  \"statuses\": [\n    {\n      \"created_at\": \"Fri Oct 22 14:03:11 +0000 2021\",\n"
                         "      \"id_str\": \"1\",\n      \"text\": \"x\"\n", "twitter-v1"},
      Row{"timeline.json", "[" + tweet + "," + tweet + "]\n", "twitter-v1"},
      Row{"timeline.json", "[\n  {\n    \"created_at\": \"Fri Oct 22 14:03:11 +0000 2021\",\n    \"id_str\": \"1\",\n"
                           "    \"full_text\": \"x\"\n", "twitter-v1"},
      Row{"one.json", "{\n  \"created_at\": \"Fri Oct 22 14:03:11 +0000 2021\",\n  \"id_str\": \"1\",\n  \"text\": \"x\"\n}",
          "twitter-v1"},
      Row{"c.jsonl", "{\"id\":\"1\",\"action\":\"delete\",\"created_at\":\"2021-10-22T14:03:11.000Z\","
                     "\"redacted_at\":\"2022-01-01T00:00:00.000Z\",\"reason\":\"deleted\"}\n",
          "skip:twarc2 compliance file (ids of deleted, protected or suspended tweets, no posts)"},
      Row{"users.jsonl", "{\"data\": [{\"id\": \"12\", \"username\": \"a\", \"name\": \"A\"}]}\n", "twarc2"},
      Row{"lib.json", "{\"tweet_id\": \"1\", \"content\": \"x\", \"likes\": 7}\n", "unknown-json"},
      Row{"lib.json", "[\n  {\n    \"headline\": \"x\",\n    \"body\": \"y\"\n", "unknown-json"},
      Row{"x.json", "{}", "unknown-json"},
      Row{"records.jsonl", "{\"id\": \"1\", \"text\": \"x\"}\n", "jsonl"},
      Row{"odd.jsonl", "{\"a\": 1}\n", "jsonl"},  // named JSONL: its records are rejected one by one
      Row{"notes.txt", "[1] Introduction\nSome text.\n", "text"},
      Row{"lyrics", "[Verse 1]\nSome text, and more.\n", "text"},
      Row{"braces", "{{template}} is a wiki thing\n", "text"},
  }));
  CAPTURE(name, head);
  CHECK(detect_format_from(name, head) == format);
}

TEST_CASE("unknown JSON fails its input with the formats tried", "[json-limits]") {
  lisan::test::CollectingSink sink;
  UnknownJsonReader reader({});
  try {
    reader.read("lib.json", sink);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK_THAT(e.what(), Catch::StartsWith("lib.json: JSON in none of the formats lisan reads (tried telegram-json"));
    CHECK_THAT(e.what(), Catch::Contains("--format text"));
  }
  CHECK(sink.total() == 0);
  CHECK(make_reader(kUnknownJson, {}) != nullptr);
  CHECK(reader_formats().find(kUnknownJson) == std::string::npos);  // not offered as a --format
}
