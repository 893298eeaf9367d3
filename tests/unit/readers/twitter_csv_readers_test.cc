// Tweet CSV readers (DMI-TCAT csv and tsv, 4CAT, twarc-csv) against the spec
// samples (docs/input-formats.md §4.3).
#include <algorithm>
#include <cstdio>
#include <fstream>

#include <catch2/catch.hpp>

#include "indexer/readers/twitter/dmi_tcat_reader.h"
#include "indexer/readers/twitter/fourcat_twitter_reader.h"
#include "indexer/readers/twitter/twarc_csv_reader.h"
#include "twitter_test_support.h"

using namespace lisan;
using namespace lisan::indexer;
using lisan::indexer::test::iso;
using lisan::indexer::test::meta;
using lisan::indexer::test::twitter_sample;
using lisan::indexer::test::TweetSink;

namespace {
std::vector<std::string> sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}
}  // namespace

TEST_CASE("DMI-TCAT export as csv and as tsv", "[twitter][dmi-tcat]") {
  const std::string file = GENERATE(std::string("synthetic_dmi_tcat_export.csv"), std::string("synthetic_dmi_tcat_export.tsv"));
  CAPTURE(file);
  DmiTcatReader reader({});
  TweetSink sink;
  reader.read(twitter_sample(file), sink);
  CHECK(sink.rejects.empty());
  const bool csv = file == "synthetic_dmi_tcat_export.csv";
  REQUIRE(sink.records.size() == (csv ? 3u : 1u));

  const Record* tr = sink.find("twitter:1451601234567890001");
  REQUIRE(tr);
  CHECK(tr->hashtags == std::vector<std::string>{"ParkımızıKoruyalım", "İstanbul"});
  CHECK(meta(*tr)["author_name"] == "Park Gönüllüsü 🌳");
  CHECK(tr->kind == "post");

  if (csv) {
    const Record* rt = sink.find("twitter:1451605000000000001");
    REQUIRE(rt);
    CHECK(rt->kind == "retweet");
    CHECK(rt->forwarded_from == "kent_bulteni");
    CHECK(rt->author == "daan_example");
    CHECK(rt->author_id == "1450000000000000555");
    CHECK(iso(rt->date) == "2021-10-22T14:20:00Z");
    CHECK(rt->lang == "ar");
    CHECK(rt->hashtags == std::vector<std::string>{"أنقذوا_الحديقة"});
    CHECK(rt->mentions == std::vector<std::string>{"kent_bulteni"});
    CHECK(rt->provenance.line == 2);  // the BOM and header are line 1
    CHECK(rt->provenance.format == "dmi-tcat");
  }
  if (const Record* nl = sink.find("twitter:1451602000000000003")) {
    CHECK(nl->text.find("mee eens & we") != std::string::npos);  // already decoded, kept as is
    CHECK(nl->kind == "reply");
    CHECK(nl->reply_to == "twitter:1451600000000000777");
  }
}

TEST_CASE("4CAT Twitter CSV: comma sets and unix_timestamp", "[twitter][4cat]") {
  FourcatTwitterReader reader({});
  TweetSink sink;
  reader.read(twitter_sample("synthetic_4cat_twitter_export.csv"), sink);
  CHECK(sink.rejects.empty());
  REQUIRE(sink.records.size() == 2);
  const Record* rt = sink.find("twitter:1451605000000000001");
  REQUIRE(rt);
  CHECK(rt->kind == "retweet");
  CHECK(rt->forwarded_from == "kent_bulteni");
  CHECK(rt->text.rfind("RT @kent_bulteni: عاجل", 0) == 0);
  CHECK(iso(rt->date) == "2021-10-22T14:20:00Z");
  CHECK_FALSE(rt->date_zone_assumed);
  CHECK(rt->urls == std::vector<std::string>{"https://twitter.com/park_gonullusu/status/1451598000000000001"});
  CHECK(rt->url == "https://x.com/daan_example/status/1451605000000000001");
  CHECK(rt->thread == "twitter:1451605000000000001");
  const Record* tr = sink.find("twitter:1451601234567890001");
  REQUIRE(tr);
  CHECK(sorted(tr->hashtags) == sorted({"ParkımızıKoruyalım", "İstanbul"}));  // a set: order carries no meaning
  CHECK(tr->lang == "tr");
  CHECK(tr->kind == "post");
}

TEST_CASE("twarc-csv early version: JSON cells and a quote", "[twitter][twarc-csv]") {
  TwarcCsvReader reader({});
  TweetSink sink;
  reader.read(twitter_sample("twarc_csv_small_sample.real.csv"), sink);
  CHECK(sink.rejects.empty());
  REQUIRE(sink.records.size() == 4);
  const Record* first = sink.find("twitter:1170073690492588037");
  REQUIRE(first);
  // `text` was written as a JSON string literal: its escapes are decoded.
  CHECK(first->text.rfind("After a long quest to the Motel; we have arrived safely to Montreal! can’t wait", 0) == 0);
  CHECK(first->text.find("\n@AlphaXsc2") != std::string::npos);
  CHECK(first->mentions.size() == 6);
  CHECK(first->mentions[0] == "AlphaXsc2");
  CHECK(iso(first->date) == "2019-09-06T20:38:01Z");
  CHECK(first->lang == "en");
  CHECK(first->author_id == "2722354677");
  CHECK_FALSE(first->author.empty());
  const Record* tagged = sink.find("twitter:1171208136721620992");
  REQUIRE(tagged);
  CHECK(tagged->hashtags == std::vector<std::string>{"destiny"});
  const Record* quote = sink.find("twitter:1169968866866466817");
  REQUIRE(quote);
  CHECK(quote->kind == "quote");
  CHECK(quote->parent == "twitter:1169734611666198528");
}

TEST_CASE("twarc-csv merged retweet gets the RT prefix and the original's entities", "[twitter][twarc-csv]") {
  const std::string path = "twarc_csv_reader_test.csv";
  {
    std::ofstream out(path, std::ios::binary);
    out << "id,conversation_id,referenced_tweets.replied_to.id,referenced_tweets.retweeted.id,"
           "referenced_tweets.quoted.id,author_id,retweeted_username,created_at,text,lang,edit_history_tweet_ids,"
           "entities.hashtags,entities.urls,author.username,author.name\n"
        << "1451605000000000001,1451605000000000001,,1451601000000000001,,1450000000000000555,kent_bulteni,"
           "2021-10-22T14:20:00.000Z,Park &amp; bahçe #RedHetPark,nl,\"[\"\"1451605000000000001\"\"]\","
           "\"[{\"\"start\"\": 19, \"\"end\"\": 30, \"\"tag\"\": \"\"RedHetPark\"\"}]\","
           "\"[{\"\"start\"\": 0, \"\"end\"\": 1, \"\"url\"\": \"\"https://t.co/x\"\", \"\"expanded_url\"\": "
           "\"\"https://example.nl/park\"\"}]\",daan_example,Daan de Vries\n";
  }
  TwarcCsvReader reader({});
  TweetSink sink;
  reader.read(path, sink);
  std::remove(path.c_str());
  REQUIRE(sink.records.size() == 1);
  const Record& r = sink.records[0];
  CHECK(r.id == "twitter:1451605000000000001");
  CHECK(r.text == "RT @kent_bulteni: Park & bahçe #RedHetPark");
  CHECK(r.kind == "retweet");
  CHECK(r.parent == "twitter:1451601000000000001");
  CHECK(r.forwarded_from == "kent_bulteni");
  CHECK(r.author == "daan_example");
  CHECK(r.hashtags == std::vector<std::string>{"RedHetPark"});
  CHECK(r.urls == std::vector<std::string>{"https://example.nl/park"});
  CHECK(r.provenance.format == "twarc-csv");
  CHECK(r.provenance.line == 2);
}
