// End-to-end: lisan-index --format auto on the bundled Telegram Desktop
// export (corpus/telegram/result.json) and on the spec's samples, then
// lisan-query on the index.
#include <fstream>
#include <iterator>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/e2e/cli_runner.h"

using namespace lisan::test;
using json = nlohmann::json;

namespace {

const std::string kExport = std::string(LISAN_SOURCE_DIR) + "/corpus/telegram/result.json";
const std::string kSamples = LISAN_TEST_DATA "/samples/telegram/";

}  // namespace

TEST_CASE("the bundled Telegram export indexes with format auto and answers queries", "[e2e][telegram]") {
  TempDir dir;
  const std::string db = dir.file("db");
  const RunResult r = lisan_index({"--db", db, "--format", "auto", kExport});
  CAPTURE(r.err);
  REQUIRE(r.status == 0);
  CHECK_THAT(r.err, Catch::Contains("32 record(s) read: 32 indexed, 0 replaced, 0 skipped, 0 rejected"));

  CHECK(hit_ids(db, "#WinterForFamilies") ==
        std::vector<std::string>{"telegram:1655500001:320", "telegram:1655500001:321", "telegram:1655500001:328",
                                 "telegram:1655500001:329"});
  CHECK(hit_ids(db, "kind:forward") == std::vector<std::string>{"telegram:1655500001:317"});
  CHECK(hit_ids(db, "kind:service") == std::vector<std::string>{"telegram:1655500001:301", "telegram:1655500001:306"});
  CHECK(hit_ids(db, "kind:reply") == std::vector<std::string>{"telegram:1655500001:316"});
  CHECK(hit_ids(db, "#لا_للصمت").size() == 2);

  const RunResult show = lisan_query({"--db", db, "show", "telegram:1655500001:316", "--format", "json"});
  REQUIRE(show.status == 0);
  const json doc = json::parse(show.out);
  CHECK(doc["reply_to"] == "telegram:1655500001:312");
  CHECK(doc["date"] == "2021-10-12T18:20:00Z");
  CHECK(doc["url"] == "https://t.me/c/1655500001/316");
  CHECK(doc["provenance"]["format"] == "telegram-json");
  CHECK(doc["provenance"]["position"] == "message 316");
}

TEST_CASE("skip-service on a Telegram export counts the skipped messages", "[e2e][telegram]") {
  TempDir dir;
  const RunResult r = lisan_index({"--db", dir.file("db"), "--skip-service", kExport});
  CAPTURE(r.err);
  CHECK(r.status == 0);
  CHECK_THAT(r.err, Catch::Contains("32 record(s) read: 30 indexed, 0 replaced, 2 skipped, 0 rejected"));
}

TEST_CASE("a truncated Telegram export indexes what is before the break and names it", "[e2e][telegram]") {
  TempDir dir;
  std::string text;
  {
    std::ifstream in(kExport, std::ios::binary);
    text.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  const std::size_t cut = text.find("\"id\": 311,");
  REQUIRE(cut != std::string::npos);
  const std::string path = dir.write("result.json", text.substr(0, cut + 200));
  const RunResult r = lisan_index({"--db", dir.file("db"), path});
  CAPTURE(r.err);
  CHECK(r.status != 0);
  CHECK_THAT(r.err, Catch::Contains("(message 311): error: the file ends inside this message"));
  CHECK_THAT(r.err, Catch::Contains("11 record(s) read: 10 indexed, 0 replaced, 0 skipped, 1 rejected"));
}

TEST_CASE("every Telegram sample is detected and read with format auto", "[e2e][telegram]") {
  struct Row {
    const char* file;
    const char* summary;
  };
  const Row rows[] = {
      {"synthetic_channel_result.json", "16 record(s) read: 15 indexed, 0 replaced, 1 skipped, 0 rejected"},
      {"synthetic_group_result.json", "18 record(s) read: 18 indexed"},
      {"synthetic_channel_old_format_2020_result.json", "5 record(s) read: 5 indexed"},
      {"synthetic_full_account_export_result.json", "5 record(s) read: 5 indexed"},
      {"synthetic_invalid_escape_result.json", "2 record(s) read: 2 indexed"},
      {"synthetic_messages.html", "6 record(s) read: 6 indexed"},
      {"synthetic_4cat_telegram.ndjson", "4 record(s) read: 4 indexed"},
      {"synthetic_telegram_tracker_messages.json", "4 record(s) read: 4 indexed"},
      {"synthetic_4cat_telegram_export.csv", "4 record(s) read: 4 indexed"},
      {"synthetic_telegram_tracker_msgs_dataset.csv", "5 record(s) read: 5 indexed"},
  };
  for (const Row& row : rows) {
    INFO(row.file);
    TempDir dir;
    const RunResult r = lisan_index({"--db", dir.file("db"), "--format", "auto", kSamples + row.file});
    CAPTURE(r.err);
    CHECK(r.status == 0);
    CHECK_THAT(r.err, Catch::Contains(row.summary));
  }
}

TEST_CASE("the collectors' CSV exports index with format auto and share ids with their raw files", "[e2e][telegram]") {
  TempDir dir;
  const std::string db = dir.file("db");
  const RunResult csv = lisan_index({"--db", db, "--format", "auto", kSamples + "synthetic_4cat_telegram_export.csv"});
  CAPTURE(csv.err);
  REQUIRE(csv.status == 0);
  CHECK_THAT(csv.err, Catch::Contains("4 record(s) read: 4 indexed, 0 replaced, 0 skipped, 0 rejected"));

  CHECK(hit_ids(db, "#RedHetPark") == std::vector<std::string>{"telegram:1712345678:4"});
  CHECK(hit_ids(db, "#أنقذوا_الحديقة") ==
        std::vector<std::string>{"telegram:1712345678:11", "telegram:1712345678:2", "telegram:1712345678:5"});
  CHECK(hit_ids(db, "kind:forward") == std::vector<std::string>{"telegram:1712345678:5"});
  CHECK(hit_ids(db, "kind:reply") == std::vector<std::string>{"telegram:1712345678:4"});

  const RunResult show = lisan_query({"--db", db, "show", "telegram:1712345678:4", "--format", "json"});
  REQUIRE(show.status == 0);
  const json doc = json::parse(show.out);
  CHECK(doc["date"] == "2021-10-22T14:28:11Z");
  CHECK(doc["reply_to"] == "telegram:1712345678:3");
  CHECK(doc["url"] == "https://t.me/kent_bulteni/4");
  CHECK(doc["provenance"]["format"] == "4cat-telegram-csv");
  CHECK(doc["provenance"]["line"] == 9);

  // The same messages from 4CAT's NDJSON and telegram-tracker's CSV replace
  // the documents; the tracker file's one other message is new.
  const RunResult ndjson = lisan_index({"--db", db, "--format", "auto", kSamples + "synthetic_4cat_telegram.ndjson"});
  CAPTURE(ndjson.err);
  CHECK(ndjson.status == 0);
  CHECK_THAT(ndjson.err, Catch::Contains("4 record(s) read: 0 indexed, 4 replaced"));
  const RunResult tracker =
      lisan_index({"--db", db, "--format", "auto", kSamples + "synthetic_telegram_tracker_msgs_dataset.csv"});
  CAPTURE(tracker.err);
  CHECK(tracker.status == 0);
  CHECK_THAT(tracker.err, Catch::Contains("5 record(s) read: 1 indexed, 4 replaced"));
  CHECK(hit_ids(db, "#ParkımızıKoruyalım") == std::vector<std::string>{"telegram:1787654321:57"});
}
