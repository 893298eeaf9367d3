// Twitter API v1.1 reader against the spec samples (docs/input-formats.md §4.1).
#include <cstdio>
#include <fstream>

#include <catch2/catch.hpp>

#include "indexer/readers/twitter/tweet_mapping.h"
#include "indexer/readers/twitter/twitter_v1_reader.h"
#include "twitter_test_support.h"

using namespace lisan;
using namespace lisan::indexer;
using lisan::indexer::test::iso;
using lisan::indexer::test::meta;
using lisan::indexer::test::twitter_sample;
using lisan::indexer::test::TweetSink;

TEST_CASE("twarc1 v1.1: retweet of a quote with the full original text", "[twitter][twitter-v1]") {
  TwitterV1Reader reader({});
  TweetSink sink;
  reader.read(twitter_sample("synthetic_twarc1_v1_1.jsonl"), sink);

  // 4 lines: retweet (+ its original and the original's quote, embedded),
  // the original again, a delete notice and a limit notice.
  CHECK(sink.records.size() == 4);
  CHECK(sink.rejects.empty());
  REQUIRE(sink.skips.size() == 2);
  CHECK(sink.skips[0].first.line == 3);
  CHECK(sink.skips[0].second == "stream notice \"delete\" (not a tweet)");
  CHECK(sink.skips[1].second == "stream notice \"limit\" (not a tweet)");
  CHECK(sink.total() == 6);

  const Record* rt = sink.find("twitter:1451605000000000001");  // id > 2^53, exact
  REQUIRE(rt);
  CHECK(rt->kind == "retweet");
  CHECK(rt->text ==
        "RT @kent_bulteni: عاجل: أعلنت البلديّة إغلاق الحديقة العامّة حتى ١٥ نوفمبر. #أنقذوا_الحديقة "
        "https://t.co/AbCdEf0010");
  CHECK(rt->parent == "twitter:1451601000000000001");
  CHECK(rt->forwarded_from == "kent_bulteni");
  CHECK(rt->author == "daan_example");
  CHECK(rt->author_id == "1450000000000000555");
  CHECK(iso(rt->date) == "2021-10-22T14:20:00Z");
  CHECK(rt->hashtags == std::vector<std::string>{"أنقذوا_الحديقة"});
  CHECK(rt->mentions == std::vector<std::string>{"kent_bulteni"});
  CHECK(rt->urls == std::vector<std::string>{"https://twitter.com/park_gonullusu/status/1451598000000000001"});
  CHECK(rt->url == "https://twitter.com/daan_example/status/1451605000000000001");
  CHECK(rt->source == "twitter");
  CHECK(rt->lang == "ar");
  CHECK(rt->provenance.line == 1);
  CHECK(rt->provenance.format == "twitter-v1");

  const Record* original = sink.find("twitter:1451601000000000001");
  REQUIRE(original);
  CHECK(sink.count("twitter:1451601000000000001") == 2);  // embedded once, then its own line
  CHECK(original->kind == "quote");
  CHECK(original->parent == "twitter:1451598000000000001");
  CHECK(original->provenance.line == 2);
  CHECK(iso(original->date) == "2021-10-22T14:03:11Z");

  const Record* quoted = sink.find("twitter:1451598000000000001");
  REQUIRE(quoted);
  CHECK(quoted->kind == "post");
  CHECK(quoted->lang == "tr");
  CHECK(quoted->author == "park_gonullusu");
  CHECK(quoted->hashtags == std::vector<std::string>{"ParkımızıKoruyalım"});
  CHECK(quoted->provenance.line == 1);
  CHECK(quoted->provenance.position == "retweeted_status.quoted_status of twitter:1451605000000000001");
  CHECK(meta(*quoted)["embedded_in"] == "retweeted_status.quoted_status of twitter:1451605000000000001");
}

TEST_CASE("v1.1 stream excerpt: extended_tweet text and entities and legacy lang codes", "[twitter][twitter-v1]") {
  TwitterV1Reader reader({});
  TweetSink sink;
  reader.read(twitter_sample("v1_1_stream_excerpt.real.jsonl"), sink);
  CHECK(sink.records.size() == 9);  // 8 tweets + the tweet quoted by one of them
  CHECK(sink.rejects.empty());
  CHECK(sink.skips.empty());

  const Record* quran = sink.find("twitter:972472958596866048");
  REQUIRE(quran);
  CHECK(quran->text.find("﴿١﴾") != std::string::npos);
  CHECK(quran->text.find("اللـه") != std::string::npos);  // tatweel kept
  CHECK(quran->text.find("سورة الحجرات\u00A0#Quran") != std::string::npos);  // past the 140-character cut; NBSP kept
  CHECK(quran->hashtags == std::vector<std::string>{"Quran"});
  CHECK(quran->urls.empty());  // the "…" link to the tweet itself is not a URL of the post
  CHECK(meta(*quran).count("text_cut") == 0);
  CHECK(iso(quran->date) == "2018-03-10T14:03:15Z");

  const Record* reply = sink.find("twitter:972472958584320000");
  REQUIRE(reply);
  CHECK(reply->kind == "reply");
  CHECK(reply->reply_to == "twitter:972472543960555520");
  CHECK(reply->mentions == std::vector<std::string>{"alahli_omar", "mousa_alamrii"});

  const Record* hebrew = sink.find("twitter:972473092814589952");
  REQUIRE(hebrew);
  CHECK(hebrew->lang == "he");
  CHECK(meta(*hebrew)["raw_lang"] == "iw");

  const Record* quote = sink.find("twitter:972472958601056256");
  REQUIRE(quote);
  CHECK(quote->kind == "quote");
  CHECK(quote->parent == "twitter:972472152447438859");
  CHECK(quote->urls == std::vector<std::string>{"https://twitter.com/TheGillsFC/status/972472152447438859"});
  REQUIRE(sink.find("twitter:972472152447438859"));
  CHECK(sink.find("twitter:972472152447438859")->author == "TheGillsFC");
}

TEST_CASE("v1.1 REST: extended mode has the full text and compat mode says it is cut", "[twitter][twitter-v1]") {
  TwitterV1Reader reader({});
  TweetSink extended, compat;
  reader.read(twitter_sample("v1_1_rest_extended_mode.real.json"), extended);
  reader.read(twitter_sample("v1_1_rest_compat_mode.real.json"), compat);
  REQUIRE(extended.records.size() == 1);
  REQUIRE(compat.records.size() == 1);
  const Record& full = extended.records[0];
  CHECK(full.id == "twitter:782737772490600448");
  CHECK_THAT(full.text, Catch::EndsWith("python_twitter.egg-info/SOURCE https://t.co/JWSPztfoyt"));
  CHECK(full.author == "notinourselves");
  CHECK(iso(full.date) == "2016-10-03T00:23:22Z");
  const Record& cut = compat.records[0];
  CHECK(cut.id == full.id);
  CHECK_THAT(cut.text, Catch::EndsWith("pytho… https://t.co/et3OTOxWSa"));
  CHECK(meta(cut)["text_cut"] == true);
  CHECK(cut.urls.empty());
}

TEST_CASE("v1.1 JSON documents: an array and a REST search result", "[twitter][twitter-v1]") {
  const std::string path = "twitter_v1_reader_test_doc.json";
  const std::string tweet_a =
      R"({"id_str": "1451601234567890101", "id": 1451601234567890101, "created_at": "Sun Oct 31 23:59:59 +0000 2021",
          "full_text": "a &amp; b &lt;c&gt; &eacute;", "lang": "in", "user": {"screen_name": "x", "id_str": "7"}})";
  const std::string tweet_b =
      R"({"id_str": "1451601234567890102", "created_at": "Mon Nov 01 00:00:00 +0000 2021", "text": "two",
          "lang": "und"})";
  for (const std::string& doc : {"[\n" + tweet_a + ",\n" + tweet_b + "\n]\n",
                                 "{\n \"statuses\": [" + tweet_a + ", " + tweet_b + ", 42]\n}\n"}) {
    {
      std::ofstream out(path, std::ios::binary);
      out << doc;
    }
    TwitterV1Reader reader({});
    TweetSink sink;
    reader.read(path, sink);
    std::remove(path.c_str());
    REQUIRE(sink.records.size() == 2);
    const Record& a = sink.records[0];
    CHECK(a.text == "a & b <c> &eacute;");  // only &amp; &lt; &gt; are Twitter's escapes
    CHECK(a.lang == "id");                  // legacy "in"
    CHECK(iso(a.date) == "2021-10-31T23:59:59Z");
    CHECK(a.provenance.position == "status 1");
    CHECK(sink.records[1].lang.empty());  // "und": left to detection
    CHECK(sink.records[1].url == "https://twitter.com/i/web/status/1451601234567890102");
    if (doc[0] == '{') {
      REQUIRE(sink.rejects.size() == 1);
      CHECK(sink.rejects[0].first.detail == "status 3");
      CHECK(sink.rejects[0].second == "expected a tweet object, found a JSON number");
    }
  }
}

TEST_CASE("v1.1 lines that are not usable tweets are rejected with their line", "[twitter][twitter-v1]") {
  const std::string path = "twitter_v1_reader_test_bad.jsonl";
  {
    std::ofstream out(path, std::ios::binary);
    out << R"({"id": 1.4516e18, "created_at": "Fri Oct 22 14:03:11 +0000 2021", "text": "float id"})" << "\n"
        << R"({"id_str": "5", "created_at": "Friday", "text": "bad date"})" << "\n"
        << R"({"id_str": "6", "created_at": "Fri Oct 22 14:03:11 +0000 2021", "text": "cut)";
  }
  TwitterV1Reader reader({});
  TweetSink sink;
  reader.read(path, sink);
  std::remove(path.c_str());
  CHECK(sink.records.empty());
  REQUIRE(sink.rejects.size() == 3);
  CHECK(sink.rejects[0].first.line == 1);
  CHECK_THAT(sink.rejects[0].second, Catch::StartsWith("tweet has no id_str"));
  CHECK(sink.rejects[1].first.line == 2);
  CHECK_THAT(sink.rejects[1].second, Catch::Contains("Friday"));
  CHECK(sink.rejects[2].first.line == 3);
  CHECK_THAT(sink.rejects[2].second, Catch::StartsWith("truncated record at end of file"));
}

TEST_CASE("tweet mapping helpers", "[twitter]") {
  using namespace lisan::indexer::tweets;
  const auto id_text = [](const char* json) {
    const Json value = Json::parse(json);
    return id_of(&value);
  };
  CHECK(unescape("&amp;amp; &gt;&lt; &quot;") == "&amp; >< &quot;");
  CHECK(retweeted_username("RT @kent_bulteni: x") == "kent_bulteni");
  CHECK(retweeted_username("RT me: x").empty());
  CHECK(id_text("18446744073709551615") == "18446744073709551615");  // 2^64-1 stays exact
  CHECK(id_text("1451602000000000003") == "1451602000000000003");
  CHECK(id_text("1.5e18").empty());
  CHECK(id_text("\"12a\"").empty());
  CHECK(format_iso_utc(*snowflake_seconds("1576994746135764992")) == "2022-10-03T17:57:01Z");
  CHECK_FALSE(snowflake_seconds("12345"));
  CHECK(format_iso_utc(*parse_tweet_date("Fri Oct 22 14:03:11 +0000 2021")) == "2021-10-22T14:03:11Z");
  CHECK(format_iso_utc(*parse_tweet_date("Fri Oct 22 14:03:11 +0300 2021")) == "2021-10-22T11:03:11Z");
  CHECK(format_iso_utc(*parse_tweet_date("2021-05-11T15:51:47.000Z")) == "2021-05-11T15:51:47Z");
  CHECK_FALSE(parse_tweet_date("Fri Foo 22 14:03:11 +0000 2021"));
}
