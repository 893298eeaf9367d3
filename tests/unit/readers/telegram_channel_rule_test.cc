// The Telegram channel rule (docs/input-formats.md §0.1): a channel read
// from a Desktop export and from a Telethon-based collector's JSON gets the
// same `channel:` term; files that hold only a username (the CSV exports)
// are found by it.
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "indexer/readers/reader.h"
#include "indexer/readers/telegram/telegram_message.h"
#include "lisan/schema.h"
#include "telegram_test_support.h"

using namespace lisan;
using namespace lisan::indexer;
using lisan::test::CollectingSink;

namespace {

const std::string kDir = LISAN_TEST_DATA "/samples/telegram/";

CollectingSink read_format(const std::string& format, const std::string& file) {
  CollectingSink sink;
  const auto reader = make_reader(format, ReaderOptions{});
  REQUIRE(reader != nullptr);
  reader->read(kDir + file, sink);
  return sink;
}

}  // namespace

TEST_CASE("one channel term for a channel whatever tool exported it", "[telegram][channel]") {
  const CollectingSink desktop = read_format("telegram-json", "synthetic_channel_result.json");
  const auto [format, file, term] = GENERATE(table<const char*, const char*, const char*>({
      {"4cat-telegram", "synthetic_4cat_telegram.ndjson", ""},
      {"telegram-tracker", "synthetic_telegram_tracker_messages.json", ""},
      // No title in these files: the username stands in, and says so.
      {"4cat-telegram-csv", "synthetic_4cat_telegram_export.csv", "kent_bulteni"},
      {"telegram-tracker-csv", "synthetic_telegram_tracker_msgs_dataset.csv", "kent_bulteni"},
  }));
  CAPTURE(format);
  const CollectingSink other = read_format(format, file);
  std::size_t compared = 0;
  for (const Record& r : other.records) {
    const Record* d = desktop.find(r.id);
    if (!d) continue;  // a message of another chat in the same file
    INFO(r.id);
    ++compared;
    const std::string expected = *term ? schema::channel_term(term) : schema::channel_term(d->channel);
    CHECK(schema::channel_term(r.channel) == expected);
    CHECK(nlohmann::json::parse(r.meta_json)["channel_id"] == "1712345678");
  }
  CHECK(compared >= 3);
}

TEST_CASE("message_record: the channel is the title, else the username", "[telegram][channel]") {
  const auto [title, username, channel] = GENERATE(table<std::string, std::string, std::string>({
      {"Kent Bülteni", "kent_bulteni", "Kent Bülteni"},
      {"", "kent_bulteni", "kent_bulteni"},
      {"Kent Bülteni", "", "Kent Bülteni"},
      {"", "", ""},
  }));
  TelegramMessage m;
  m.id = "2";
  m.chat_id = "1712345678";
  m.chat_title = title;
  m.chat_username = username;
  const Record r = message_record(std::move(m), Provenance{});
  CHECK(r.channel == channel);
  const auto meta = nlohmann::json::parse(r.meta_json);
  CHECK(meta.value("chat_username", std::string()) == username);
  CHECK(meta["channel_id"] == "1712345678");
  CHECK(r.id == "telegram:1712345678:2");
}
