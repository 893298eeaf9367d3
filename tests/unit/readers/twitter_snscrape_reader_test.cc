// snscrape Twitter JSONL reader against the spec sample (docs/input-formats.md §4.4).
#include <cstdio>
#include <fstream>

#include <catch2/catch.hpp>

#include "indexer/readers/twitter/snscrape_twitter_reader.h"
#include "twitter_test_support.h"

using namespace lisan;
using namespace lisan::indexer;
using lisan::indexer::test::iso;
using lisan::indexer::test::meta;
using lisan::indexer::test::twitter_sample;
using lisan::indexer::test::TweetSink;

TEST_CASE("snscrape: bare integer ids stay exact and rawContent is unescaped", "[twitter][snscrape]") {
  SnscrapeTwitterReader reader({});
  TweetSink sink;
  reader.read(twitter_sample("synthetic_snscrape_twitter.jsonl"), sink);
  REQUIRE(sink.records.size() == 1);
  const Record& r = sink.records[0];
  CHECK(r.id == "twitter:1451602000000000003");  // a double would give ...0000000004096-ish digits
  CHECK(r.text ==
        "@park_gonullusu Helemaal mee eens & we moeten óók de coöperatie betrekken https://t.co/AbCdEf0003 "
        "#RedHetPark");
  CHECK(iso(r.date) == "2021-10-22T14:10:00Z");
  CHECK(r.author == "daan_example");
  CHECK(r.author_id == "1450000000000000555");
  CHECK(meta(r)["author_name"] == "Daan de Vries");
  CHECK(r.url == "https://twitter.com/daan_example/status/1451602000000000003");
  CHECK(r.hashtags == std::vector<std::string>{"RedHetPark"});
  CHECK(r.mentions == std::vector<std::string>{"park_gonullusu"});
  CHECK(r.urls == std::vector<std::string>{"https://example.nl/nieuws/park"});
  CHECK(r.kind == "reply");
  CHECK(r.reply_to == "twitter:1451600000000000777");
  CHECK(r.thread == "twitter:1451600000000000777");
  CHECK(r.lang == "nl");
  CHECK(r.provenance.format == "snscrape-twitter");
}

TEST_CASE("snscrape: a retweet with its nested original and a date offset", "[twitter][snscrape]") {
  const std::string path = "snscrape_reader_test.jsonl";
  {
    std::ofstream out(path, std::ios::binary);
    out << R"({"_type": "snscrape.modules.twitter.Tweet", "id": 9007199254740993, "date": "2021-10-22T17:10:00+03:00", "rawContent": "RT @kent_bulteni: cut…", "user": {"username": "selin"}, "lang": "tr", "retweetedTweet": {"_type": "snscrape.modules.twitter.Tweet", "id": 9007199254740995, "date": "2021-10-22T14:00:00+00:00", "rawContent": "Park &gt; otopark #ParkımızıKoruyalım", "user": {"username": "kent_bulteni"}, "hashtags": ["ParkımızıKoruyalım"], "lang": "tr"}})"
        << "\n"
        << R"({"_type": "snscrape.modules.twitter.User", "username": "selin"})" << "\n";
  }
  SnscrapeTwitterReader reader({});
  TweetSink sink;
  reader.read(path, sink);
  std::remove(path.c_str());
  REQUIRE(sink.records.size() == 2);
  const Record* rt = sink.find("twitter:9007199254740993");  // 2^53 + 1: a double cannot hold it
  REQUIRE(rt);
  CHECK(rt->text == "RT @kent_bulteni: Park > otopark #ParkımızıKoruyalım");
  CHECK(rt->kind == "retweet");
  CHECK(rt->parent == "twitter:9007199254740995");
  CHECK(rt->forwarded_from == "kent_bulteni");
  CHECK(iso(rt->date) == "2021-10-22T14:10:00Z");
  CHECK(rt->hashtags == std::vector<std::string>{"ParkımızıKoruyalım"});
  REQUIRE(sink.find("twitter:9007199254740995"));
  REQUIRE(sink.skips.size() == 1);
  CHECK(sink.skips[0].second == "snscrape item of type snscrape.modules.twitter.User (not a Tweet)");
}
