// twarc2 reader (API v2 pages, stream lines, flattened tweets) against the
// spec samples (docs/input-formats.md §4.2).
#include <cstdio>
#include <fstream>

#include <catch2/catch.hpp>

#include "indexer/readers/detect.h"
#include "indexer/readers/twitter/twarc2_reader.h"
#include "twitter_test_support.h"

using namespace lisan;
using namespace lisan::indexer;
using lisan::indexer::test::iso;
using lisan::indexer::test::meta;
using lisan::indexer::test::twitter_sample;
using lisan::indexer::test::TweetSink;

TEST_CASE("twarc2 search page: Arabic retweets get the full text from includes", "[twitter][twarc2]") {
  Twarc2Reader reader({});
  TweetSink sink;
  reader.read(twitter_sample("twarc2_search_page_ar.real.jsonl"), sink);
  // 100 tweets in "data", plus 61 of the 62 referenced tweets in
  // "includes.tweets" (one is also in "data"), each indexed once.
  CHECK(sink.records.size() == 161);
  CHECK(sink.rejects.empty());
  CHECK(sink.skips.empty());

  const Record* rt = sink.find("twitter:1392145417861730310");
  REQUIRE(rt);
  CHECK(rt->kind == "retweet");
  CHECK(rt->parent == "twitter:1392052820203950082");
  CHECK(rt->forwarded_from == "HHamayel2");
  CHECK(rt->lang == "ar");
  // The page's own text is cut at 139 characters with "…"; the full original is 217.
  CHECK(rt->text.rfind("RT @HHamayel2: القتل الذي حصل في غزة", 0) == 0);
  CHECK_THAT(rt->text, Catch::EndsWith("قتل لا يضع فيه المقاتل نفسه بحيز الخطر."));
  CHECK(rt->text.find("\xE2\x80\xA6") == std::string::npos);
  CHECK(rt->mentions == std::vector<std::string>{"HHamayel2"});
  CHECK(rt->provenance.position == "data[6]");

  const Record* original = sink.find("twitter:1392052820203950082");
  REQUIRE(original);
  CHECK(original->author == "HHamayel2");
  CHECK(original->author_id == "2405632451");
  CHECK(meta(*original)["embedded_in"] == "includes.tweets of this page");

  const Record* tagged = sink.find("twitter:1392075670335983616");
  REQUIRE(tagged);
  CHECK(tagged->hashtags == std::vector<std::string>{"انقذوا_حي_الشيخ_جراح"});
  CHECK(tagged->kind == "post");
  CHECK(tagged->thread == "twitter:1392075670335983616");

  const Record* reply = sink.find("twitter:1390844367427063808");
  REQUIRE(reply);
  CHECK(reply->kind == "reply");
  CHECK(reply->reply_to == "twitter:1390841159858196486");
}

TEST_CASE("twarc2 edited tweet: one document under the first id with the latest text", "[twitter][twarc2]") {
  Twarc2Reader reader({});
  TweetSink sink;
  reader.read(twitter_sample("twarc2_edited.real.jsonl"), sink);
  // The latest version is in "data"; "includes.tweets" holds both versions,
  // which are the same post and produce nothing more.
  REQUIRE(sink.records.size() == 1);
  const Record& r = sink.records[0];
  CHECK(r.id == "twitter:1576994746135764992");
  CHECK(r.text == "hey :) https://t.co/rnwEIoNuqd");
  CHECK(iso(r.date) == "2022-10-03T17:57:01Z");    // the first version, from its id
  CHECK(iso(r.edited) == "2022-10-03T17:57:11Z");  // the version indexed
  CHECK(meta(r)["version_id"] == "1576994789110992896");
  CHECK(r.url == "https://twitter.com/wongmjane/status/1576994789110992896");
  CHECK(r.lang.empty());  // "qst": very short text, left to detection
  CHECK(meta(r)["raw_lang"] == "qst");
  CHECK(r.urls.empty());  // the only link points at the tweet itself
  CHECK(meta(r)["author_name"] == "Jane Manchun Wong");
}

TEST_CASE("twarc2 older version read after a newer one is skipped", "[twitter][twarc2]") {
  const std::string path = "twarc2_reader_test_versions.jsonl";
  {
    std::ofstream out(path, std::ios::binary);
    out << R"({"id": "1576994789110992896", "text": "new", "edit_history_tweet_ids": ["1576994746135764992", "1576994789110992896"], "__twarc": {}, "author": {"username": "a"}})"
        << "\n"
        << R"({"id": "1576994746135764992", "text": "old", "edit_history_tweet_ids": ["1576994746135764992"], "__twarc": {}, "author": {"username": "a"}})"
        << "\n";
  }
  Twarc2Reader reader({});
  TweetSink sink;
  reader.read(path, sink);
  std::remove(path.c_str());
  REQUIRE(sink.records.size() == 1);
  CHECK(sink.records[0].text == "new");
  REQUIRE(sink.skips.size() == 1);
  CHECK(sink.skips[0].first.line == 2);
  CHECK(sink.skips[0].second ==
        "older version 1576994746135764992 of edited tweet twitter:1576994746135764992; the newer version "
        "1576994789110992896 is indexed");
}

TEST_CASE("twarc2 retweet page: und language and the original from includes", "[twitter][twarc2]") {
  Twarc2Reader reader({});
  TweetSink sink;
  reader.read(twitter_sample("twarc2_retweet_page.real.jsonl"), sink);
  REQUIRE(sink.records.size() == 2);
  const Record* rt = sink.find("twitter:1394735776701816833");
  REQUIRE(rt);
  CHECK(rt->text == "RT @bibaigna96: #POIUYTREWQ");
  CHECK(rt->kind == "retweet");
  CHECK(rt->lang.empty());
  CHECK(meta(*rt)["raw_lang"] == "und");
  CHECK(rt->author == "LachiVeronica");
  CHECK(rt->hashtags == std::vector<std::string>{"POIUYTREWQ"});
  CHECK(iso(rt->date) == "2021-05-18T19:24:56Z");
  const Record* original = sink.find("twitter:1391677057810288641");
  REQUIRE(original);
  CHECK(original->author == "bibaigna96");
  CHECK(original->kind == "post");
}

TEST_CASE("twarc2 stream with a cut-off last line keeps the rest and reports the break", "[twitter][twarc2]") {
  Twarc2Reader reader({});
  TweetSink sink;
  reader.read(twitter_sample("twarc2_stream_with_error.real.jsonl"), sink);
  CHECK(sink.records.size() == 11);  // 7 stream tweets + 4 referenced tweets from their includes
  REQUIRE(sink.rejects.size() == 1);
  CHECK(sink.rejects[0].first.line == 8);
  CHECK_THAT(sink.rejects[0].second, Catch::StartsWith("truncated record at end of file (invalid JSON at byte 45"));
  CHECK(sink.total() == 12);
  const Record* quote = sink.find("twitter:1377650090978992134");
  REQUIRE(quote);
  CHECK(quote->kind == "quote");
  CHECK(quote->parent == "twitter:1377640162566496258");
  REQUIRE(sink.find("twitter:1377640162566496258"));
  const Record* dogs = sink.find("twitter:1377650387579248643");
  REQUIRE(dogs);
  CHECK(dogs->hashtags == std::vector<std::string>{"DogsofTwitter", "dogs"});
  CHECK(dogs->provenance.line == 4);
}

TEST_CASE("twarc2 flattened: author and referenced tweets inline", "[twitter][twarc2]") {
  Twarc2Reader reader({});
  TweetSink sink;
  reader.read(twitter_sample("twarc2_flattened_first5.real.jsonl"), sink);
  CHECK(sink.records.size() == 8);  // 5 tweets + 3 referenced tweets carried inline
  CHECK(sink.rejects.empty());
  const Record* rt = sink.find("twitter:1380242611781386245");
  REQUIRE(rt);
  CHECK(rt->kind == "retweet");
  CHECK(rt->author == "Alexandravm12");
  CHECK(rt->forwarded_from == "williamserafino");
  CHECK_THAT(rt->text, Catch::EndsWith("La pandilla del Partido Demócrata hace sentir su regreso."));
  CHECK(rt->lang == "es");
  const Record* original = sink.find("twitter:1380175475545362437");
  REQUIRE(original);
  CHECK(original->author == "williamserafino");
  CHECK(original->provenance.position == "referenced_tweets (retweeted) of twitter:1380242611781386245");
  const Record* reply = sink.find("twitter:1380242586288328707");
  REQUIRE(reply);
  CHECK(reply->kind == "reply");
  CHECK(reply->reply_to == "twitter:1380229267770933248");
}

TEST_CASE("twarc2 compliance counts and foreign lines", "[twitter][twarc2]") {
  const std::string path = "twarc2_reader_test_misc.jsonl";
  {
    std::ofstream out(path, std::ios::binary);
    out << R"({"id": "1", "action": "delete", "created_at": "2021-01-01T00:00:00.000Z", "reason": "deleted"})" << "\n"
        << R"({"data": [{"start": "2021-01-01T00:00:00.000Z", "end": "2021-01-02T00:00:00.000Z", "tweet_count": 4}], "meta": {}})"
        << "\n"
        << R"({"hello": "world"})" << "\n";
  }
  Twarc2Reader reader({});
  TweetSink sink;
  reader.read(path, sink);
  std::remove(path.c_str());
  CHECK(sink.records.empty());
  REQUIRE(sink.skips.size() == 2);
  CHECK(sink.skips[0].second == "compliance event \"delete\" for tweet 1 (not a tweet)");
  CHECK(sink.skips[1].second == "tweet counts page (1 buckets, not tweets)");
  REQUIRE(sink.rejects.size() == 1);
  CHECK(sink.rejects[0].first.line == 3);
}

TEST_CASE("a twarc2 page longer than the detection head is still detected as twarc2", "[twitter][twarc2]") {
  // The real search page is one 228 KB line: "includes" and "meta" come after
  // the first 64 KiB that detection reads.
  const std::string head = "{\"data\": [{\"id\": \"1\", \"text\": \"" + std::string(70000, 'x');
  CHECK(detect_format_from("page.jsonl", head.substr(0, 64 * 1024)) == "twarc2");
}
