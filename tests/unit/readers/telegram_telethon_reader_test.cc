// Telethon-based collector readers (docs/input-formats.md §3): 4CAT NDJSON,
// telegram-tracker JSON and snscrape telegram-channel JSONL.
#include <filesystem>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "indexer/readers/telegram/telegram_json_reader.h"
#include "indexer/readers/telegram/telethon_reader.h"
#include "telegram_test_support.h"

using namespace lisan;
using namespace lisan::indexer;
using lisan::test::CollectingSink;
using lisan::test::iso;
using lisan::test::read_with;

namespace {

const std::string kDir = LISAN_TEST_DATA "/samples/telegram/";

}  // namespace

TEST_CASE("4CAT NDJSON: UTF-16 entity offsets and replies and forwards", "[telegram-telethon]") {
  const CollectingSink sink = read_with<FourCatTelegramReader>(kDir + "synthetic_4cat_telegram.ndjson");
  REQUIRE(sink.records.size() == 4);
  CHECK(sink.total() == 4);

  const Record& m2 = sink.at("telegram:1712345678:2");
  CHECK(iso(m2.date) == "2021-10-22T14:03:11Z");
  CHECK(m2.channel == "Kent Bülteni · نشرة المدينة · Stadsbericht");  // the title, as in the Desktop export
  CHECK(nlohmann::json::parse(m2.meta_json)["chat_username"] == "kent_bulteni");
  CHECK(m2.author == "Kent Bülteni · نشرة المدينة · Stadsbericht");
  CHECK(m2.author_id == "channel1712345678");
  CHECK(m2.url == "https://t.me/kent_bulteni/2");
  CHECK(m2.kind == "post");
  CHECK(m2.hashtags == std::vector<std::string>{"أنقذوا_الحديقة"});
  CHECK(m2.mentions == std::vector<std::string>{"kent_bulteni"});
  CHECK(m2.urls == std::vector<std::string>{"https://example.org/ar/news/2021/10/22/park"});
  CHECK(m2.provenance.line == 1);
  CHECK(m2.provenance.format == "4cat-telegram");

  // Flags, skin tones and a ZWJ before the tag: a code-point slice is wrong.
  const Record& m11 = sink.at("telegram:1712345678:11");
  CHECK(m11.hashtags == std::vector<std::string>{"أنقذوا_الحديقة"});
  CHECK(iso(m11.edited) == "2021-10-22T19:13:20Z");

  const Record& m5 = sink.at("telegram:1712345678:5");
  CHECK(m5.kind == "forward");
  CHECK(m5.forwarded_from == "channel1698765432");
  CHECK(nlohmann::json::parse(m5.meta_json)["forwarded_date"] == "2021-10-22T14:58:02Z");

  const Record& m4 = sink.at("telegram:1712345678:4");
  CHECK(m4.kind == "reply");
  CHECK(m4.reply_to == "telegram:1712345678:3");
  CHECK(m4.author == "Ayşe Yılmaz");
  CHECK(m4.urls == std::vector<std::string>{"https://example.nl/nieuws/park"});
  CHECK(m4.hashtags == std::vector<std::string>{"RedHetPark"});
}

TEST_CASE("telegram-tracker JSON gives the same records as 4CAT and the Desktop export ids", "[telegram-telethon]") {
  const CollectingSink tracker =
      read_with<TelegramTrackerReader>(kDir + "synthetic_telegram_tracker_messages.json");
  const CollectingSink fourcat = read_with<FourCatTelegramReader>(kDir + "synthetic_4cat_telegram.ndjson");
  const CollectingSink desktop = read_with<TelegramJsonReader>(kDir + "synthetic_channel_result.json");
  REQUIRE(tracker.records.size() == 4);
  for (const Record& t : tracker.records) {
    INFO(t.id);
    const Record& f = fourcat.at(t.id);
    CHECK(t.text == f.text);
    CHECK(t.date == f.date);
    CHECK(t.edited == f.edited);
    CHECK(t.hashtags == f.hashtags);
    CHECK(t.mentions == f.mentions);
    CHECK(t.urls == f.urls);
    CHECK(t.kind == f.kind);
    CHECK(t.reply_to == f.reply_to);
    CHECK(t.forwarded_from == f.forwarded_from);
    CHECK(t.channel == f.channel);
    CHECK(t.provenance.format == "telegram-tracker");
    REQUIRE(desktop.find(t.id) != nullptr);  // one id scheme across collectors
    CHECK(t.channel == desktop.find(t.id)->channel);  // and one channel
    CHECK_FALSE(t.date_zone_assumed);      // "+00:00" is an explicit offset
  }
}

TEST_CASE("snscrape telegram-channel JSONL", "[telegram-telethon]") {
  const std::string path =
      (std::filesystem::temp_directory_path() / (std::to_string(::getpid()) + "_snscrape_tg.jsonl")).string();
  lisan::test::spit(path,
                    R"({"_type": "snscrape.modules.telegram.TelegramPost", "url": "https://t.me/kent_bulteni/4", "date": "2021-10-22T14:28:11+00:00", "content": "Ook in Nederland: #RedHetPark, mail redactie@example.nl of @kent_bulteni", "outlinks": ["https://example.nl/nieuws/park"], "linkPreview": {"href": "https://example.nl/nieuws/park"}, "_snscrape": "0.7.0.20230622"})"
                    "\n{\"_type\": \"snscrape.modules.telegram.TelegramPost\", \"date\": \"2021-10-22T14:28:11+00:00\"}\n");
  const CollectingSink sink = read_with<SnscrapeTelegramReader>(path);
  std::filesystem::remove(path);
  REQUIRE(sink.records.size() == 1);
  REQUIRE(sink.rejects.size() == 1);  // no url, so no id
  CHECK(sink.rejects[0].first.line == 2);
  const Record& r = sink.records[0];
  CHECK(r.id == "telegram:kent_bulteni:4");
  CHECK(iso(r.date) == "2021-10-22T14:28:11Z");
  CHECK(r.hashtags == std::vector<std::string>{"RedHetPark"});
  CHECK(r.mentions == std::vector<std::string>{"kent_bulteni"});
  CHECK(r.urls == std::vector<std::string>{"https://example.nl/nieuws/park"});
  CHECK(r.url == "https://t.me/kent_bulteni/4");
}
