// End-to-end: lisan-index --format auto on the bundled Twitter file
// (corpus/twitter/tweets.jsonl) and on the spec's Twitter samples, then
// lisan-query on the index: retweets can be counted and excluded, and they
// carry the full text of the original.
#include <tuple>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/e2e/cli_runner.h"

using namespace lisan::test;
using json = nlohmann::json;

namespace {

const std::string kTweets = std::string(LISAN_SOURCE_DIR) + "/corpus/twitter/tweets.jsonl";
const std::string kSamples = LISAN_TEST_DATA "/samples/twitter/";

}  // namespace

TEST_CASE("the bundled tweets index with format auto and retweets can be excluded", "[e2e][twitter]") {
  TempDir dir;
  const std::string db = dir.file("db");
  const RunResult r = lisan_index({"--db", db, "--format", "auto", kTweets});
  CAPTURE(r.err);
  REQUIRE(r.status == 0);
  // 28 tweets and one stream "delete" notice, skipped and counted.
  CHECK_THAT(r.err, Catch::Contains("29 record(s) read: 28 indexed, 0 replaced, 1 skipped, 0 rejected"));

  CHECK(hit_ids(db, "kind:retweet").size() == 9);
  CHECK(hit_ids(db, "kind:quote") ==
        std::vector<std::string>{"twitter:1493963376030667085", "twitter:1494786298475467751"});
  CHECK(hit_ids(db, "kind:reply").size() == 3);
  CHECK(hit_ids(db, "#NoMoreSilence").size() == 9);
  CHECK(hit_ids(db, "#NoMoreSilence -kind:retweet").size() == 7);
  // "toolkit" is past the 140-character cut of the retweet's own text: the
  // retweet is found because it is indexed with the full original.
  CHECK(hit_ids(db, "toolkit") ==
        std::vector<std::string>{"twitter:1493918077547466789", "twitter:1493928143877066937"});
  CHECK(hit_ids(db, "toolkit -kind:retweet") == std::vector<std::string>{"twitter:1493918077547466789"});

  const RunResult show = lisan_query({"--db", db, "show", "twitter:1493928143877066937", "--format", "json"});
  REQUIRE(show.status == 0);
  const json doc = json::parse(show.out);
  CHECK(doc["kind"] == "retweet");
  CHECK(doc["parent"] == "twitter:1493918077547466789");
  CHECK(doc["forwarded_from"] == "DawnReliefNet");
  CHECK(doc["author"] == "captive_voices");
  CHECK(doc["date"] == "2022-02-16T12:40:00Z");
  CHECK_THAT(doc["text"].get<std::string>(), Catch::EndsWith("#NoMoreSilence #FreeTheCaptives #TalSefra40"));
  CHECK(doc["text"].get<std::string>().find("Join us & share") != std::string::npos);  // &amp; decoded
  CHECK(doc["provenance"]["format"] == "twitter-v1");
  CHECK(doc["provenance"]["line"] == 5);
}

TEST_CASE("every Twitter sample is detected and read with format auto", "[e2e][twitter]") {
  using Row = std::tuple<const char*, const char*>;
  const auto [file, summary] = GENERATE(table<const char*, const char*>({
      Row{"synthetic_twarc1_v1_1.jsonl", "6 record(s) read: 3 indexed, 1 replaced, 2 skipped, 0 rejected"},
      Row{"v1_1_stream_excerpt.real.jsonl", "9 record(s) read: 9 indexed, 0 replaced, 0 skipped, 0 rejected"},
      Row{"v1_1_rest_compat_mode.real.json", "1 record(s) read: 1 indexed, 0 replaced, 0 skipped, 0 rejected"},
      Row{"v1_1_rest_extended_mode.real.json", "1 record(s) read: 1 indexed, 0 replaced, 0 skipped, 0 rejected"},
      Row{"twarc2_search_page_ar.real.jsonl", "161 record(s) read: 161 indexed, 0 replaced, 0 skipped, 0 rejected"},
      Row{"twarc2_edited.real.jsonl", "1 record(s) read: 1 indexed, 0 replaced, 0 skipped, 0 rejected"},
      Row{"twarc2_retweet_page.real.jsonl", "2 record(s) read: 2 indexed, 0 replaced, 0 skipped, 0 rejected"},
      Row{"twarc2_stream_with_error.real.jsonl", "12 record(s) read: 11 indexed, 0 replaced, 0 skipped, 1 rejected"},
      Row{"twarc2_flattened_first5.real.jsonl", "8 record(s) read: 8 indexed, 0 replaced, 0 skipped, 0 rejected"},
      Row{"synthetic_archive_tweets.js", "5 record(s) read: 5 indexed, 0 replaced, 0 skipped, 0 rejected"},
      Row{"synthetic_archive_note-tweet.js", "1 record(s) read: 0 indexed, 0 replaced, 1 skipped, 0 rejected"},
      Row{"synthetic_snscrape_twitter.jsonl", "1 record(s) read: 1 indexed, 0 replaced, 0 skipped, 0 rejected"},
  }));
  CAPTURE(file);
  TempDir dir;
  const RunResult r = lisan_index({"--db", dir.file("db"), "--format", "auto", kSamples + file});
  CAPTURE(r.err);
  if (std::string(summary).find(" 0 rejected") != std::string::npos) CHECK(r.status == 0);
  CHECK_THAT(r.err, Catch::Contains(summary));
}
