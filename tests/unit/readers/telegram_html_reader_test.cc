// TelegramHtmlReader against the spec's HTML export sample
// (tests/data/samples/telegram/synthetic_messages.html, docs/input-formats.md §2),
// cross-checked with the JSON export of the same channel.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "indexer/readers/telegram/telegram_html_reader.h"
#include "indexer/readers/telegram/telegram_json_reader.h"
#include "telegram_test_support.h"

using namespace lisan;
using namespace lisan::indexer;
using lisan::test::CollectingSink;
using lisan::test::contains;
using lisan::test::iso;

namespace {

const std::string kDir = LISAN_TEST_DATA "/samples/telegram/";
const std::string kChat = "Kent Bülteni · نشرة المدينة · Stadsbericht";

CollectingSink read_html(ReaderOptions options = {}) {
  TelegramHtmlReader reader(std::move(options));
  CollectingSink sink;
  reader.read(kDir + "synthetic_messages.html", sink);
  return sink;
}

std::string id(int message) { return "telegram:" + kChat + ":" + std::to_string(message); }

}  // namespace

TEST_CASE("HTML export: messages and not date separators", "[telegram-html]") {
  const CollectingSink sink = read_html();
  CHECK(sink.records.size() == 6);  // 2 3 4 5 7 15; message-1 is a date separator
  CHECK(sink.rejects.empty());
  CHECK(sink.skips.empty());
  CHECK(sink.find("telegram:" + kChat + ":-1") == nullptr);

  const Record& m2 = sink.at(id(2));
  CHECK(m2.channel == kChat);
  CHECK(m2.author == kChat);
  CHECK(m2.kind == "post");
  CHECK(iso(m2.date) == "2021-10-22T14:03:11Z");  // 17:03:11 UTC+03:00
  CHECK_FALSE(m2.date_zone_assumed);
  CHECK(m2.hashtags == std::vector<std::string>{"أنقذوا_الحديقة", "الحديقة_العامة"});
  CHECK(m2.mentions == std::vector<std::string>{"kent_bulteni"});
  CHECK(m2.urls == std::vector<std::string>{"https://example.org/ar/news/2021/10/22/park"});
  CHECK(m2.provenance.format == "telegram-html");
  CHECK(m2.provenance.position == "message 2");
  CHECK(m2.provenance.line > 0);

  const Record& m3 = sink.at(id(3));  // joined: no from_name
  CHECK(m3.author == "Ayşe Yılmaz");   // its signature
  CHECK(nlohmann::json::parse(m3.meta_json)["from"] == kChat);
  CHECK(m3.urls == std::vector<std::string>{"https://example.org/tr/haber/park?utm_source=telegram"});

  const Record& m4 = sink.at(id(4));  // joined: the sender of message 2
  CHECK(m4.author == kChat);
  CHECK(m4.kind == "reply");
  CHECK(m4.reply_to == id(3));
  CHECK(m4.urls == std::vector<std::string>{"http://example.nl/nieuws/park"});  // no mailto:, no tel:

  const Record& m5 = sink.at(id(5));
  CHECK(m5.kind == "forward");
  CHECK(m5.forwarded_from == "قناة أخبار الحيّ");
  CHECK(m5.text == "فيديو: تجمّع سلمي أمام الحديقة الساعة 18:30 اليوم، شارك أكثر من 200 شخص. #أنقذوا_الحديقة");
  CHECK(nlohmann::json::parse(m5.meta_json)["forwarded_date_label"] == "22.10.2021 16:58:02 UTC+03:00");

  const Record& m7 = sink.at(id(7));
  CHECK(m7.kind == "service");
  CHECK(m7.text == kChat + " pinned this message");

  const Record& m15 = sink.at(id(15));
  CHECK(contains(m15.text, "park.\nStemverklaringen volgen.\n\nCitaat van de wethouder: \"We zoeken"));
  CHECK(m15.hashtags == std::vector<std::string>{"RedHetPark"});
}

TEST_CASE("HTML and JSON exports of one channel give the same text", "[telegram-html]") {
  const CollectingSink html = read_html();
  TelegramJsonReader json_reader({});
  CollectingSink json;
  json_reader.read(kDir + "synthetic_channel_result.json", json);
  for (int message : {2, 3, 4, 5}) {
    INFO("message " << message);
    const Record& h = html.at(id(message));
    const Record& j = json.at("telegram:1712345678:" + std::to_string(message));
    CHECK(h.text == j.text);
    CHECK(h.hashtags == j.hashtags);
    CHECK(h.date == j.date);
    CHECK(h.kind == j.kind);
  }
}

TEST_CASE("HTML export: --tz reads the wall time in that zone and --skip-service skips", "[telegram-html]") {
  ReaderOptions options;
  options.assumed_zone = "Europe/Istanbul";
  options.skip_service = true;
  const CollectingSink sink = read_html(options);
  CHECK(sink.records.size() == 5);
  REQUIRE(sink.skips.size() == 1);
  CHECK(sink.skips[0].first.detail == "message 7");
  CHECK(iso(sink.at(id(2)).date) == "2021-10-22T14:03:11Z");
  CHECK(sink.at(id(2)).date_zone_assumed);
}
