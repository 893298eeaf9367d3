#include "indexer/readers/registry.h"

#include <string>

#include "indexer/readers/generic/csv_record_reader.h"
#include "indexer/readers/generic/html_reader.h"
#include "indexer/readers/generic/jsonl_reader.h"
#include "indexer/readers/generic/text_reader.h"
#include "indexer/readers/generic/unknown_json_reader.h"
#include "indexer/readers/telegram/telegram_html_reader.h"
#include "indexer/readers/telegram/telegram_json_reader.h"
#include "indexer/readers/telegram/telethon_csv_reader.h"
#include "indexer/readers/telegram/telethon_reader.h"
#include "indexer/readers/twitter/dmi_tcat_reader.h"
#include "indexer/readers/twitter/fourcat_twitter_reader.h"
#include "indexer/readers/twitter/snscrape_twitter_reader.h"
#include "indexer/readers/twitter/twarc2_reader.h"
#include "indexer/readers/twitter/twarc_csv_reader.h"
#include "indexer/readers/twitter/twitter_archive_reader.h"
#include "indexer/readers/twitter/twitter_v1_reader.h"

namespace lisan::indexer {
namespace {

template <typename R>
std::unique_ptr<Reader> make(const ReaderOptions& o) {
  return std::make_unique<R>(o);
}

}  // namespace

const std::vector<FormatEntry>& format_registry() {
  static const std::vector<FormatEntry> kFormats = {
      {"telegram-json", probe::telegram_json, make<TelegramJsonReader>},
      {"skip:Telegram HTML export beside its result.json (the JSON is read instead)", probe::telegram_html_beside_json,
       nullptr},
      {"telegram-html", probe::telegram_html, make<TelegramHtmlReader>},
      {"twitter-archive", probe::twitter_archive, make<TwitterArchiveReader>},
      {"twitter-archive-notes", probe::twitter_archive_notes, make<TwitterArchiveNotesReader>},
      {"skip:Twitter archive part that holds no posts", probe::twitter_archive_other, nullptr},
      {"skip:twarc2 compliance file (ids of deleted, protected or suspended tweets, no posts)",
       probe::twarc2_compliance, nullptr},
      {"twarc2", probe::twarc2, make<Twarc2Reader>},
      {"twarc2-flat", probe::twarc2_flat, make<Twarc2Reader>},  // one reader tells the three v2 shapes apart per line
      {"twitter-v1", probe::twitter_v1_line, make<TwitterV1Reader>},
      {"snscrape-twitter", probe::snscrape_twitter, make<SnscrapeTwitterReader>},
      {"snscrape-telegram", probe::snscrape_telegram, make<SnscrapeTelegramReader>},
      {"4cat-telegram", probe::fourcat_telegram, make<FourCatTelegramReader>},
      {"telegram-tracker", probe::telegram_tracker, make<TelegramTrackerReader>},
      {"twitter-v1", probe::twitter_v1_document, make<TwitterV1Reader>, /*listed=*/false},  // listed above
      {"jsonl", probe::jsonl, make<JsonlReader>},
      // JSON no reader knows: its reader fails the input with an error
      // (JSON is never indexed as text unless asked).
      {kUnknownJson, probe::unknown_json, make<UnknownJsonReader>, /*listed=*/false},
      {"html", probe::html, make<HtmlReader>},
      {"email", probe::email, nullptr, /*listed=*/false},
      {"skip:a list of ids only (hydrate it first; docs/input-formats.md §5.6)", probe::id_list, nullptr},
      {"4cat-telegram-csv", probe::fourcat_telegram_csv, make<FourCatTelegramCsvReader>},
      {"4cat-twitter-csv", probe::fourcat_twitter_csv, make<FourcatTwitterReader>},
      {"dmi-tcat", probe::dmi_tcat, make<DmiTcatReader>},
      {"twarc-csv", probe::twarc_csv, make<TwarcCsvReader>},
      {"telegram-tracker-csv", probe::telegram_tracker_csv, make<TelegramTrackerCsvReader>},
      {"csv", probe::csv, make<CsvRecordReader>},
      {"text", probe::text, make<TextReader>},
  };
  return kFormats;
}

std::unique_ptr<Reader> make_reader(std::string_view format, const ReaderOptions& options) {
  for (const FormatEntry& e : format_registry())
    if (e.factory && format == e.name) return e.factory(options);
  return nullptr;
}

std::string reader_formats() {
  std::string out = "auto";
  for (const FormatEntry& e : format_registry())
    if (e.factory && e.listed) out += std::string(", ") + e.name;
  return out;
}

}  // namespace lisan::indexer
