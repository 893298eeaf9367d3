// End-to-end: the JSON-family readers on hostile and unusual inputs
// (tests/data/json-inputs, README there). Nothing lost, nothing silently
// wrong: the real lisan-index must not crash, every bad record is reported
// with FILE:LINE and its reason, the summary adds up, and the good records
// after a bad one are in the index (asked with the real lisan-query).
#include <tuple>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "tests/e2e/cli_runner.h"

using namespace lisan::test;

namespace {

const std::string kData = LISAN_TEST_DATA "/json-inputs/";


struct Case {
  std::string input;    // under tests/data/json-inputs
  std::string format;   // --format
  int status;           // exit status of lisan-index
  IndexSummary expected;     // read, indexed, replaced, skipped, rejected
  std::vector<std::string> messages;  // each must be in stderr ("file:line" and reason)
  std::vector<std::pair<std::string, std::vector<std::string>>> hits;  // query -> ids
};

void run_case(const Case& c) {
  TempDir dir;
  const std::string db = dir.file("db");
  const RunResult r = lisan_index({"--db", db, "--format", c.format, kData + c.input});
  CAPTURE(c.input, c.format, r.err);
  CHECK(r.status == c.status);
  CHECK(r.status < 128);  // no crash
  const IndexSummary s = index_summary(r.err);
  CHECK(s.read == s.indexed + s.replaced + s.skipped + s.rejected);
  CHECK(s.read == c.expected.read);
  CHECK(s.indexed == c.expected.indexed);
  CHECK(s.skipped == c.expected.skipped);
  CHECK(s.rejected == c.expected.rejected);
  for (const std::string& m : c.messages) CHECK_THAT(r.err, Catch::Contains(m));
  for (const auto& [query, ids] : c.hits) {
    CAPTURE(query);
    CHECK(hit_ids(db, query) == ids);
  }
}

}  // namespace

TEST_CASE("bad values in lisan JSONL reject their line only", "[e2e][json-inputs]") {
  run_case({"jsonl_bad_values.jsonl",
            "auto",
            1,
            {12, 2, 0, 0, 10},
            {"jsonl_bad_values.jsonl:2: error: field \"provenance.file\" must be a string, not an integer",
             "jsonl_bad_values.jsonl:3: error: field \"provenance\" must be an object, not a string",
             "jsonl_bad_values.jsonl:4: error: invalid JSON: number overflow parsing '1e400'",
             "jsonl_bad_values.jsonl:5: error: field \"date\": epoch 18446744073709551615 is out of range",
             "jsonl_bad_values.jsonl:7: error: field \"date\": date '0000-01-01T00:00:00Z': year 0000 is out of range",
             "jsonl_bad_values.jsonl:6: error: date is outside the years 0001..9999",
             "jsonl_bad_values.jsonl:8: error: invalid JSON at byte",
             "jsonl_bad_values.jsonl:9: error: invalid JSON at byte",
             "jsonl_bad_values.jsonl:10: error: invalid JSON at byte",
             "jsonl_bad_values.jsonl:11: error: invalid JSON at byte"},
            {{"Oosterschelde", {"nl:1"}}, {"Veerse", {"nl:12"}}}});
}

TEST_CASE("bad values in a Telegram export reject their message only", "[e2e][json-inputs]") {
  run_case({"telegram_bad_values/result.json",
            "auto",
            1,
            {6, 3, 0, 0, 3},
            {"result.json:27 (message 103): error: date_unixtime '16349115001634911500' does not fit in 64 bits",
             "result.json:37 (message 104): error: invalid JSON: number overflow",
             "result.json:47 (message 105): error: invalid JSON at byte"},
            {{"Vlissingen", {"telegram:1712345678:101"}},
             {"Checklist", {"telegram:1712345678:102"}},
             {"Breskens", {"telegram:1712345678:106"}}}});
}

TEST_CASE("an old export whose chat id does not fit 64 bits keeps the id as written", "[e2e][json-inputs]") {
  run_case({"telegram_packed_big_root/result.json",
            "auto",
            0,
            {1, 1, 0, 0, 0},
            {},
            {{"Westerschelde", {"telegram:123456789012345678901234:7"}}}});
}

TEST_CASE("v1.1 search responses and timelines: every status is a record", "[e2e][json-inputs]") {
  const std::vector<std::string> all = {"twitter:1451558427375259001", "twitter:1451558427375259002",
                                        "twitter:1451558427375259003"};
  for (const char* format : {"auto", "twitter-v1"}) {
    for (const char* file : {"v1_search_response.json", "v1_search_response_pretty.json", "v1_timeline.json",
                             "v1_timeline_pretty.json"}) {
      run_case({file, format, 0, {3, 3, 0, 0, 0}, {}, {{"Zeeland OR Texel OR Vlissingen", all}}});
    }
  }
}

TEST_CASE("a timeline cut off inside a status keeps the statuses before the cut", "[e2e][json-inputs]") {
  run_case({"v1_timeline_truncated.json",
            "auto",
            1,
            {3, 2, 0, 0, 1},
            {"v1_timeline_truncated.json:78 (status 3): error: the file ends inside this status"},
            {{"Zeeland OR Texel", {"twitter:1451558427375259001", "twitter:1451558427375259002"}}}});
}

TEST_CASE("bad values in v1.1 JSONL reject their line only", "[e2e][json-inputs]") {
  run_case({"v1_bad_values.jsonl",
            "auto",
            1,
            {6, 2, 0, 0, 4},
            {"v1_bad_values.jsonl:2: error: timestamp_ms '99999999999999999999' does not fit in 64 bits",
             "v1_bad_values.jsonl:3: error: invalid JSON: number overflow",
             "v1_bad_values.jsonl:4: error: timestamp_ms out of range",
             "v1_bad_values.jsonl:5: error: created_at 'Fri Oct 22 14:03:11 +0000 0000' is not a date"},
            {{"Westkapelle OR Middelburg", {"twitter:1451558427375259101", "twitter:1451558427375259106"}}}});
}

TEST_CASE("twarc2 companion files are not indexed as posts", "[e2e][json-inputs]") {
  // A compliance file is skipped as a whole input, with a note saying what it is.
  run_case({"twarc2_compliance.jsonl", "auto", 0, {0, 0, 0, 0, 0}, {"twarc2 compliance file"}, {}});
  // A users page: each user is skipped and counted, never a post.
  run_case({"twarc2_users.jsonl",
            "auto",
            0,
            {2, 0, 0, 2, 0},
            {"twarc2_users.jsonl:1 (data[0]): note: user profile @saba_news",
             "twarc2_users.jsonl:1 (data[1]): note: user profile @zeeland_dijk"},
            {}});
}

TEST_CASE("JSON of no known format is an error, not a text document", "[e2e][json-inputs]") {
  for (const char* file : {"unknown_library_tweet.json", "unknown_array_pretty.json"}) {
    run_case({file, "auto", 2, {0, 0, 0, 0, 0}, {"JSON in none of the formats lisan reads", "--format text"}, {}});
  }
  // Asked for, it is indexed as text.
  run_case({"unknown_library_tweet.json", "text", 0, {1, 1, 0, 0, 0}, {}, {}});
}

TEST_CASE("JSON nested 80,000 deep rejects its record, not the run", "[e2e][json-inputs]") {
  TempDir dir;
  const std::string deep = std::string(80000, '[') + std::string(80000, ']');
  const std::string jsonl = dir.write("deep.jsonl", "{\"id\": \"d1\", \"text\": \"deep\", \"x\": " + deep +
                                                        "}\n{\"id\": \"d2\", \"text\": \"after the deep one\"}\n");
  const std::string telegram = dir.write(
      "result.json", "{\"name\": \"Deep\", \"type\": \"public_channel\", \"id\": 42, \"messages\": [\n"
                     "{\"id\": 1, \"type\": \"message\", \"date_unixtime\": \"1634911391\", \"text\": " +
                         deep +
                         "},\n{\"id\": 2, \"type\": \"message\", \"date_unixtime\": \"1634911391\", \"text\": "
                         "\"after the deep one\"}]}\n");
  const std::string v1 = dir.write(
      "deep_v1.jsonl", "{\"id_str\": \"1\", \"created_at\": \"Fri Oct 22 14:03:11 +0000 2021\", \"text\": \"x\", "
                       "\"entities\": " + deep + "}\n{\"id_str\": \"2\", \"created_at\": \"Fri Oct 22 14:03:11 "
                       "+0000 2021\", \"text\": \"after the deep one\"}\n");
  for (const auto& [file, format, where] : {std::tuple{jsonl, "jsonl", "deep.jsonl:1: error: JSON nested deeper"},
                                           std::tuple{telegram, "telegram-json", "(message 1): error: JSON nested"},
                                           std::tuple{v1, "twitter-v1", "deep_v1.jsonl:1: error: JSON nested"}}) {
    const std::string db = dir.file(std::string("db-") + format);
    const RunResult r = lisan_index({"--db", db, "--format", format, "-q", file});
    CAPTURE(format, r.err.substr(0, 2000));
    CHECK(r.status == 1);
    CHECK_THAT(r.err, Catch::Contains(where));
    CHECK_THAT(r.err, Catch::Contains("2 record(s) read: 1 indexed, 0 replaced, 0 skipped, 1 rejected"));
    CHECK(hit_ids(db, "after").size() == 1);
  }
}

TEST_CASE("empty, binary and cut-off JSON inputs are reported, nothing else lost", "[e2e][json-inputs]") {
  TempDir dir;
  const std::string db = dir.file("db");
  const std::string binary = dir.write("blob.json", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  const RunResult b = lisan_index({"--db", db, "-q", binary});
  CAPTURE(b.err);
  CHECK(b.status == 2);
  CHECK_THAT(b.err, Catch::Contains("blob.json: error: cannot tell the format"));

  // An empty JSONL file, and one of blank lines only, are reported, not read as nothing.
  for (const auto& [name, content, message] :
       {std::tuple{"empty.jsonl", "", "empty.jsonl: empty input: nothing to index"},
        std::tuple{"blank.jsonl", "\n  \n", "blank.jsonl: no JSON in it, only 2 blank line(s)"}}) {
    const RunResult e = lisan_index({"--db", db, "-q", dir.write(name, content)});
    CAPTURE(e.err);
    CHECK(e.status == 2);
    CHECK_THAT(e.err, Catch::Contains(message));
  }

  // A JSONL file cut inside its last record: the records before it are kept.
  const std::string cut = dir.write("cut.jsonl", "{\"id\": \"c1\", \"text\": \"kept before the cut\"}\n"
                                                 "{\"id\": \"c2\", \"text\": \"cut off he");
  const RunResult c = lisan_index({"--db", db, "-q", cut});
  CAPTURE(c.err);
  CHECK(c.status == 1);
  CHECK_THAT(c.err, Catch::Contains("cut.jsonl:2: error: truncated record at end of file"));
  CHECK(hit_ids(db, "kept") == std::vector<std::string>{"c1"});

  // The same for a twarc2 page and a Telegram export cut inside a message.
  const std::string page = dir.write(
      "cut_twarc2.jsonl", "{\"data\": [{\"id\": \"1451558427375259201\", \"text\": \"whole page\", \"author_id\": "
                          "\"5\", \"created_at\": \"2021-10-22T14:03:11.000Z\"}]}\n{\"data\": [{\"id\": \"14515");
  const RunResult p = lisan_index({"--db", db, "-q", page});
  CAPTURE(p.err);
  CHECK(p.status == 1);
  CHECK_THAT(p.err, Catch::Contains("cut_twarc2.jsonl:2: error: truncated record at end of file"));
  CHECK(hit_ids(db, "whole") == std::vector<std::string>{"twitter:1451558427375259201"});
}
