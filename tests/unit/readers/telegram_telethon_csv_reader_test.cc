// CSV exports of the Telethon-based collectors (docs/input-formats.md §3.2 and 3.3):
// 4CAT's Telegram CSV and telegram-tracker's msgs_dataset.csv, checked
// against the records their tools' NDJSON/JSON readers give for the same
// messages, plus rows a reader must reject or read with care.
#include <filesystem>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "indexer/readers/telegram/telegram_common.h"
#include "indexer/readers/telegram/telethon_csv_reader.h"
#include "indexer/readers/telegram/telethon_reader.h"
#include "telegram_test_support.h"

using namespace lisan;
using namespace lisan::indexer;
using lisan::test::CollectingSink;
using lisan::test::iso;
using lisan::test::read_with;

namespace {

const std::string kDir = LISAN_TEST_DATA "/samples/telegram/";

// Writes `content` to a file named after the test process and `name`.
std::string scratch(const std::string& name, const std::string& content) {
  const std::string path =
      (std::filesystem::temp_directory_path() / (std::to_string(::getpid()) + "_" + name)).string();
  lisan::test::spit(path, content);
  return path;
}

nlohmann::json meta(const Record& r) { return nlohmann::json::parse(r.meta_json); }

const char* const kFourCatHeader =
    "id,thread_id,chat,author,author_username,author_name,author_is_bot,body,body_markdown,is_reply,reply_to,views,"
    "reactions,timestamp,unix_timestamp,timestamp_edited,unix_timestamp_edited,author_forwarded_from_name,"
    "author_forwarded_from_username,author_forwarded_from_id,entities_linked,entities_mentioned,all_connections,"
    "timestamp_forwarded_from,unix_timestamp_forwarded_from,link_title,link_description,link_attached,"
    "attachment_type,attachment_data,attachment_filename\n";

}  // namespace

TEST_CASE("4CAT Telegram CSV: ids dates text and entities of the sample rows", "[telegram-telethon][csv]") {
  const CollectingSink sink = read_with<FourCatTelegramCsvReader>(kDir + "synthetic_4cat_telegram_export.csv");
  REQUIRE(sink.records.size() == 4);
  CHECK(sink.total() == 4);

  // Every row of a broadcast channel is sent by the channel: its number
  // (the `author` column) gives the same ids as the NDJSON.
  const Record& m2 = sink.at("telegram:1712345678:2");
  CHECK(iso(m2.date) == "2021-10-22T14:03:11Z");
  CHECK_FALSE(m2.date_zone_assumed);  // from unix_timestamp
  CHECK(m2.text.find("\n#أنقذوا_الحديقة @kent_bulteni\n") != std::string::npos);  // quoted newlines kept
  CHECK(m2.channel == "kent_bulteni");
  CHECK(m2.author == "kent_bulteni");
  CHECK(m2.author_id == "channel1712345678");
  CHECK(m2.url == "https://t.me/kent_bulteni/2");
  CHECK(m2.kind == "post");
  CHECK(m2.source == "telegram");
  CHECK(m2.hashtags == std::vector<std::string>{"أنقذوا_الحديقة"});
  CHECK(m2.mentions == std::vector<std::string>{"kent_bulteni"});
  CHECK(m2.urls == std::vector<std::string>{"https://example.org/ar/news/2021/10/22/park"});
  CHECK(meta(m2)["channel_id"] == "1712345678");
  CHECK(meta(m2)["views"] == "1532");
  CHECK(m2.provenance.line == 2);
  CHECK(m2.provenance.position == "message 2");
  CHECK(m2.provenance.format == "4cat-telegram-csv");

  const Record& m11 = sink.at("telegram:1712345678:11");
  CHECK(m11.provenance.line == 7);  // message 2 spans lines 2-6 (newlines in two quoted cells)
  CHECK(m11.hashtags == std::vector<std::string>{"أنقذوا_الحديقة"});
  CHECK(iso(m11.edited) == "2021-10-22T19:13:20Z");

  const Record& m5 = sink.at("telegram:1712345678:5");
  CHECK(m5.kind == "forward");
  CHECK(m5.forwarded_from == "1698765432");  // the CSV does not say channel or user
  CHECK(meta(m5)["forwarded_date"] == "2021-10-22T14:58:02Z");

  const Record& m4 = sink.at("telegram:1712345678:4");
  CHECK(m4.kind == "reply");
  CHECK(m4.reply_to == "telegram:1712345678:3");
  CHECK(m4.hashtags == std::vector<std::string>{"RedHetPark"});
  CHECK(m4.urls == std::vector<std::string>{"https://example.nl/nieuws/park"});  // [lees meer](...) in body_markdown
}

TEST_CASE("4CAT Telegram CSV and NDJSON of the same messages give the same documents", "[telegram-telethon][csv]") {
  const CollectingSink csv = read_with<FourCatTelegramCsvReader>(kDir + "synthetic_4cat_telegram_export.csv");
  const CollectingSink ndjson = read_with<FourCatTelegramReader>(kDir + "synthetic_4cat_telegram.ndjson");
  REQUIRE(csv.records.size() == ndjson.records.size());
  for (const Record& c : csv.records) {
    INFO(c.id);
    const Record* n = ndjson.find(c.id);
    REQUIRE(n != nullptr);  // re-indexing the other file replaces, not duplicates
    CHECK(c.text == n->text);
    CHECK(c.date == n->date);
    CHECK(c.edited == n->edited);
    CHECK(c.hashtags == n->hashtags);
    CHECK(c.mentions == n->mentions);
    CHECK(c.urls == n->urls);
    CHECK(c.kind == n->kind);
    CHECK(c.reply_to == n->reply_to);
    CHECK(c.url == n->url);
    // The CSV holds no chat title: its channel is the username the
    // NDJSON keeps in meta (docs/input-formats.md §0.1).
    CHECK(c.channel == meta(*n)["chat_username"]);
  }
}

TEST_CASE("4CAT Telegram CSV: group rows and rejected rows", "[telegram-telethon][csv]") {
  const std::string path = scratch(
      "4cat_group.csv",
      std::string(kFourCatHeader) +
          // line 2: a group with no row from the chat itself: the username stands in
          "park_grubu-7,park_grubu,park_grubu,5123456789,selin_k,Selin Kaya,no,Merhaba [Daan](tg://user?id=5234567890) "
          "#RedHetPark,Merhaba [Daan](tg://user?id=5234567890) #RedHetPark,True,6,,,2021-10-23 10:00:00,,,,,,,,,,,,,,,"
          ",,\n"
          // line 3: no unix_timestamp: `timestamp` in --tz, marked assumed
          "park_grubu-8,park_grubu,park_grubu,5234567890,,Daan de Vries,no,Tot zo!,Tot zo!,False,,,,"
          "2021-10-23 12:30:00,,,,,,,,,,,,,,,,,\n"
          // line 4: the id names no message
          "park_grubu-x,park_grubu,park_grubu,5234567890,,Daan,no,?,?,False,,,,2021-10-23 12:31:00,1634985060,,,,,,,"
          ",,,,,,,,,\n"
          // line 5: no date at all
          "park_grubu-9,park_grubu,park_grubu,5234567890,,Daan,no,?,?,False,,,,,,,,,,,,,,,,,,,,,\n"
          // line 6: more cells than the header
          "park_grubu-10,park_grubu,park_grubu,5234567890,,Daan,no,?,?,False,,,,2021-10-23 12:31:00,1634985060,,,,,,,"
          ",,,,,,,,,,extra\n"
          // line 7: a chat without a username is named by its number
          "1787654321-12,1787654321,1787654321,1787654321,,,no,Duyuru,Duyuru,False,,40,,2021-10-23 12:40:00,1634985600,"
          ",,,,,,,,,,,,,,,\n");
  ReaderOptions options;
  options.assumed_zone = "Europe/Amsterdam";
  const CollectingSink sink = read_with<FourCatTelegramCsvReader>(path, options);
  std::filesystem::remove(path);
  CHECK(sink.total() == 6);
  REQUIRE(sink.records.size() == 3);
  REQUIRE(sink.rejects.size() == 3);
  CHECK(sink.rejects[0].first.line == 4);
  CHECK(sink.rejects[0].second == "\"id\" is not <chat>-<message id>: 'park_grubu-x'");
  CHECK(sink.rejects[1].first.line == 5);
  CHECK(sink.rejects[1].second == "no date: \"unix_timestamp\" and \"timestamp\" are empty");
  CHECK(sink.rejects[2].first.line == 6);
  CHECK(sink.rejects[2].second.find("cell(s) but the header names") != std::string::npos);

  const Record& m7 = sink.at("telegram:park_grubu:7");
  CHECK(m7.author == "Selin Kaya");
  CHECK(m7.author_id == "user5123456789");
  CHECK(m7.kind == "reply");
  CHECK(m7.reply_to == "telegram:park_grubu:6");
  CHECK(m7.mentions == std::vector<std::string>{"user5234567890"});  // a mention by id, from the Markdown
  CHECK(m7.hashtags == std::vector<std::string>{"RedHetPark"});
  CHECK(m7.url == "https://t.me/park_grubu/7");
  CHECK(meta(m7).count("channel_id") == 0);  // a username is no channel id

  const Record& m8 = sink.at("telegram:park_grubu:8");
  CHECK(iso(m8.date) == "2021-10-23T10:30:00Z");  // 12:30 CEST
  CHECK(m8.date_zone_assumed);
  CHECK(m8.kind == "post");

  const Record& m12 = sink.at("telegram:1787654321:12");
  CHECK(m12.author_id == "channel1787654321");
  CHECK(m12.channel == "");
  CHECK(m12.url == "https://t.me/c/1787654321/12");
}

TEST_CASE("telegram-tracker CSV: the sample rows", "[telegram-telethon][csv]") {
  const CollectingSink sink =
      read_with<TelegramTrackerCsvReader>(kDir + "synthetic_telegram_tracker_msgs_dataset.csv");
  REQUIRE(sink.records.size() == 5);
  CHECK(sink.total() == 5);

  const Record& m2 = sink.at("telegram:1712345678:2");
  CHECK(iso(m2.date) == "2021-10-22T14:03:11Z");
  CHECK_FALSE(m2.date_zone_assumed);
  CHECK(m2.url == "https://t.me/kent_bulteni/2");
  CHECK(m2.author_id == "channel1712345678");
  CHECK(m2.hashtags == std::vector<std::string>{"أنقذوا_الحديقة"});
  CHECK(m2.urls == std::vector<std::string>{"https://example.org/ar/news/2021/10/22/park"});
  CHECK(m2.provenance.line == 2);
  CHECK(m2.provenance.format == "telegram-tracker-csv");

  const Record& m5 = sink.at("telegram:1712345678:5");
  CHECK(m5.kind == "forward");
  CHECK(m5.forwarded_from == "channel1698765432");
  CHECK(meta(m5)["forwarded_from_name"] == "mahalle_haberleri");
  CHECK(meta(m5)["forwarded_post"] == "881");
  CHECK(meta(m5)["forwarded_date"] == "2021-10-22T14:58:02Z");

  const Record& m4 = sink.at("telegram:1712345678:4");
  CHECK(m4.kind == "reply");
  CHECK(m4.reply_to == "telegram:1712345678:3");

  // A second chat in the same file: a supergroup member's post with a link preview.
  const Record& m57 = sink.at("telegram:1787654321:57");
  CHECK(m57.provenance.line == 8);
  CHECK(m57.channel == "park_gonulluleri");
  CHECK(m57.author_id == "user5123456789");
  CHECK(m57.author == "");
  CHECK(m57.kind == "post");
  CHECK(m57.hashtags == std::vector<std::string>{"ParkımızıKoruyalım"});
  CHECK(m57.mentions == std::vector<std::string>{"kent_bulteni"});
  CHECK(m57.urls == std::vector<std::string>{"https://example.org/tr/etkinlik/park-bulusmasi"});
  CHECK(iso(m57.date) == "2021-10-23T08:15:42Z");
}

TEST_CASE("telegram-tracker CSV and JSON of the same messages give the same documents", "[telegram-telethon][csv]") {
  const CollectingSink csv =
      read_with<TelegramTrackerCsvReader>(kDir + "synthetic_telegram_tracker_msgs_dataset.csv");
  const CollectingSink json = read_with<TelegramTrackerReader>(kDir + "synthetic_telegram_tracker_messages.json");
  REQUIRE(json.records.size() == 4);
  for (const Record& j : json.records) {
    INFO(j.id);
    const Record* c = csv.find(j.id);
    REQUIRE(c != nullptr);
    CHECK(c->text == j.text);
    CHECK(c->date == j.date);
    CHECK(c->hashtags == j.hashtags);
    CHECK(c->mentions == j.mentions);
    CHECK(c->kind == j.kind);
    CHECK(c->reply_to == j.reply_to);
    CHECK(c->forwarded_from == j.forwarded_from);
    CHECK(c->url == j.url);
    CHECK(c->author_id == j.author_id);
  }
}

TEST_CASE("telegram-tracker CSV: dates without an offset are UTC and bad rows are rejected",
          "[telegram-telethon][csv]") {
  const std::string path =
      scratch("tracker.csv",
              "signature,channel_id,channel_name,msg_id,message,cleaned_message,date,msg_link,msg_from_peer,"
              "msg_from_id,views,number_replies,number_forwards,is_forward,is_reply,reply_to_msg_id\n"
              "s,1712345678,kent_bulteni,20.0,Eski sürüm,Eski sürüm,2021-10-24 09:00:00,"
              "https://t.me/kent_bulteni/20,,,5,0,0,0,0,\n"
              "s,1712345678,kent_bulteni,abc,?,?,2021-10-24 09:00:00,,,,,,,0,0,\n"
              "s,kent,kent_bulteni,21,?,?,2021-10-24 09:00:00,,,,,,,0,0,\n"
              "s,1712345678,kent_bulteni,22,?,?,24/10/2021,,,,,,,0,0,\n");
  ReaderOptions options;
  options.assumed_zone = "Europe/Amsterdam";  // not used: the tool's dates are UTC
  const CollectingSink sink = read_with<TelegramTrackerCsvReader>(path, options);
  std::filesystem::remove(path);
  CHECK(sink.total() == 4);
  REQUIRE(sink.records.size() == 1);
  const Record& m20 = sink.at("telegram:1712345678:20");
  CHECK(iso(m20.date) == "2021-10-24T09:00:00Z");
  CHECK_FALSE(m20.date_zone_assumed);
  REQUIRE(sink.rejects.size() == 3);
  CHECK(sink.rejects[0].first.line == 3);
  CHECK(sink.rejects[0].second == "\"msg_id\" is not a message id: 'abc'");
  CHECK(sink.rejects[1].first.line == 4);
  CHECK(sink.rejects[1].second == "\"channel_id\" is not a channel id: 'kent'");
  CHECK(sink.rejects[2].first.line == 5);
  CHECK(sink.rejects[2].second.rfind("\"date\": ", 0) == 0);
}

TEST_CASE("links in plain text for the CSV readers", "[telegram-telethon][csv]") {
  struct Row {
    const char* text;
    std::vector<std::string> urls;
    const char* rule;
  };
  const Row rows[] = {
      {"lees https://example.nl/nieuws/park.", {"https://example.nl/nieuws/park"}, "sentence full stop left out"},
      {"(zie https://example.nl/a)", {"https://example.nl/a"}, "unmatched ')' left out"},
      {"https://en.wikipedia.org/wiki/Park_(Ankara)", {"https://en.wikipedia.org/wiki/Park_(Ankara)"},
       "matched '(' ')' kept"},
      {"\"http://example.org/x\" en http://example.org/x", {"http://example.org/x"}, "quotes end a link; no repeats"},
      {"xhttps://example.org", {}, "not at the start of a word"},
      {"https:// leeg", {}, "nothing after the scheme"},
      {"رابط:https://example.org/ar؟", {"https://example.org/ar"}, "Arabic question mark left out"},
      {"‘https://example.nl/b’,", {"https://example.nl/b"}, "closing curly quote and comma left out"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.rule);
    std::vector<std::string> urls;
    telegram::find_urls(row.text, urls);
    CHECK(urls == row.urls);
  }
}
