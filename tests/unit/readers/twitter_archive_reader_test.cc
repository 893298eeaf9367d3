// X/Twitter user archive readers (tweets.js, note-tweet.js) against the spec
// samples (docs/input-formats.md §4.5). The samples sit together in one folder, as in an
// archive's data/, so account.js and note-tweet.js are found beside tweets.js.
#include <filesystem>

#include <catch2/catch.hpp>

#include "indexer/readers/twitter/twitter_archive_reader.h"
#include "twitter_test_support.h"

using namespace lisan;
using namespace lisan::indexer;
using lisan::indexer::test::iso;
using lisan::indexer::test::meta;
using lisan::indexer::test::twitter_sample;
using lisan::indexer::test::TweetSink;

TEST_CASE("archive tweets.js: string numbers and the owner from account.js", "[twitter][twitter-archive]") {
  TwitterArchiveReader reader({});
  TweetSink sink;
  reader.read(twitter_sample("synthetic_archive_tweets.js"), sink);
  REQUIRE(sink.records.size() == 5);
  CHECK(sink.total() == 5);

  const Record* first = sink.find("twitter:1451601234567890001");
  REQUIRE(first);
  CHECK(first->author == "park_gonullusu");
  CHECK(first->author_id == "1450000000000000100");
  CHECK(meta(*first)["author_name"] == "Park Gönüllüsü 🌳");
  CHECK(first->hashtags == std::vector<std::string>{"ParkımızıKoruyalım", "İstanbul"});
  CHECK(first->urls.empty());  // the only link is the tweet's own photo
  CHECK(iso(first->date) == "2021-10-22T14:05:00Z");
  CHECK(first->lang == "tr");
  CHECK(first->kind == "post");
  CHECK(first->url == "https://twitter.com/park_gonullusu/status/1451601234567890001");
  CHECK(first->provenance.line == 65);  // the line of its "id_str"
  CHECK(first->provenance.format == "twitter-archive");

  const Record* rt = sink.find("twitter:1451601234567890002");
  REQUIRE(rt);
  CHECK(rt->kind == "retweet");
  CHECK(rt->forwarded_from == "kent_bulteni");
  CHECK(rt->parent.empty());  // the archive does not say which tweet was retweeted
  CHECK(meta(*rt)["text_cut"] == true);

  const Record* reply = sink.find("twitter:1451601234567890003");
  REQUIRE(reply);
  CHECK(reply->text ==
        "@daan_example Helemaal mee eens & we moeten óók de coöperatie betrekken > zie https://t.co/AbCdEf0003 "
        "#RedHetPark");
  CHECK(reply->kind == "reply");
  CHECK(reply->reply_to == "twitter:1451600000000000777");
  CHECK(reply->mentions == std::vector<std::string>{"daan_example"});
  CHECK(reply->urls == std::vector<std::string>{"https://example.nl/nieuws/park"});

  const Record* mixed = sink.find("twitter:1451601234567890004");
  REQUIRE(mixed);
  CHECK(mixed->lang.empty());
  CHECK(mixed->hashtags == std::vector<std::string>{"أنقذوا_الحديقة", "RedHetPark"});

  const Record* long_post = sink.find("twitter:1451601234567890005");
  REQUIRE(long_post);
  CHECK_THAT(long_post->text, Catch::EndsWith("toplantı 19:00’da başlıyor ve herkese açık. #ParkımızıKoruyalım"));
  CHECK(long_post->hashtags == std::vector<std::string>{"ParkımızıKoruyalım"});
  CHECK(meta(*long_post)["note_tweet_id"] == "1451601234567899005");
  CHECK(long_post->urls.empty());
}

TEST_CASE("archive note-tweet.js: notes that complete a tweet are skipped", "[twitter][twitter-archive]") {
  TwitterArchiveNotesReader reader({});
  TweetSink sink;
  reader.read(twitter_sample("synthetic_archive_note-tweet.js"), sink);
  CHECK(sink.records.empty());
  REQUIRE(sink.skips.size() == 1);
  CHECK_THAT(sink.skips[0].second,
             Catch::StartsWith("note 1451601234567899005 completes tweet twitter:1451601234567890005 of "));
}

TEST_CASE("archive note-tweet.js alone: notes become their own records", "[twitter][twitter-archive]") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "lisan_twitter_archive_notes_test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::copy_file(twitter_sample("synthetic_archive_note-tweet.js"), dir / "note-tweet.js");
  fs::copy_file(twitter_sample("synthetic_archive_account.js"), dir / "account.js");
  TwitterArchiveNotesReader reader({});
  TweetSink sink;
  reader.read((dir / "note-tweet.js").string(), sink);
  fs::remove_all(dir);
  REQUIRE(sink.records.size() == 1);
  const Record& note = sink.records[0];
  CHECK(note.id == "twitter:note:1451601234567899005");
  CHECK(note.author == "park_gonullusu");
  CHECK(iso(note.date) == "2021-10-22T15:03:20Z");
  CHECK(note.hashtags == std::vector<std::string>{"ParkımızıKoruyalım"});
}

TEST_CASE("archive tweets.js without account.js says the author is unknown", "[twitter][twitter-archive]") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "lisan_twitter_archive_alone_test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  fs::copy_file(twitter_sample("synthetic_archive_tweets.js"), dir / "tweets.js");
  TwitterArchiveReader reader({});
  TweetSink sink;
  reader.read((dir / "tweets.js").string(), sink);
  fs::remove_all(dir);
  REQUIRE(sink.records.size() == 5);
  CHECK(sink.records[0].author.empty());
  CHECK(meta(sink.records[0])["author_unknown"] == "no account.js beside the archive part");
  CHECK(sink.records[0].url == "https://twitter.com/i/web/status/1451601234567890001");
  // Without note-tweet.js the long post keeps its cut text.
  CHECK_THAT(sink.records[4].text, Catch::EndsWith("bakın… https://t.co/AbCdEf0005"));
}
