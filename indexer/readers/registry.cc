// The one list of readers: format name -> factory. Adding a reader is one
// include and one row here (and its detection rule in detect.cc).
#include <vector>

#include "indexer/readers/generic/csv_record_reader.h"
#include "indexer/readers/generic/html_reader.h"
#include "indexer/readers/twitter/dmi_tcat_reader.h"
#include "indexer/readers/twitter/fourcat_twitter_reader.h"
#include "indexer/readers/generic/jsonl_reader.h"
#include "indexer/readers/reader.h"
#include "indexer/readers/generic/text_reader.h"
#include "indexer/readers/telegram/telegram_html_reader.h"
#include "indexer/readers/telegram/telegram_json_reader.h"
#include "indexer/readers/telegram/telethon_csv_reader.h"
#include "indexer/readers/telegram/telethon_reader.h"
#include "indexer/readers/twitter/snscrape_twitter_reader.h"
#include "indexer/readers/twitter/twarc2_reader.h"
#include "indexer/readers/twitter/twarc_csv_reader.h"
#include "indexer/readers/twitter/twitter_archive_reader.h"
#include "indexer/readers/twitter/twitter_v1_reader.h"
#include "indexer/readers/generic/unknown_json_reader.h"

namespace lisan::indexer {
namespace {

template <typename R>
std::unique_ptr<Reader> make(const ReaderOptions& o) {
  return std::make_unique<R>(o);
}

struct Entry {
  const char* name;
  std::unique_ptr<Reader> (*factory)(const ReaderOptions&);
};

const std::vector<Entry>& registry() {
  static const std::vector<Entry> kReaders = {
      {"jsonl", make<JsonlReader>},
      {"csv", make<CsvRecordReader>},
      {"text", make<TextReader>},
      {"html", make<HtmlReader>},
      {"telegram-json", make<TelegramJsonReader>},
      {"telegram-html", make<TelegramHtmlReader>},
      {"4cat-telegram", make<FourCatTelegramReader>},
      {"telegram-tracker", make<TelegramTrackerReader>},
      {"4cat-telegram-csv", make<FourCatTelegramCsvReader>},
      {"telegram-tracker-csv", make<TelegramTrackerCsvReader>},
      {"snscrape-telegram", make<SnscrapeTelegramReader>},
      {"twitter-v1", make<TwitterV1Reader>},
      {"twarc2", make<Twarc2Reader>},
      {"twarc2-flat", make<Twarc2Reader>},  // one reader tells the three v2 shapes apart per line
      {"twitter-archive", make<TwitterArchiveReader>},
      {"twitter-archive-notes", make<TwitterArchiveNotesReader>},
      {"snscrape-twitter", make<SnscrapeTwitterReader>},
      {"dmi-tcat", make<DmiTcatReader>},
      {"4cat-twitter-csv", make<FourcatTwitterReader>},
      {"twarc-csv", make<TwarcCsvReader>},
  };
  return kReaders;
}

}  // namespace

std::unique_ptr<Reader> make_reader(std::string_view format, const ReaderOptions& options) {
  // Detection's answer for JSON no reader knows; not listed as a choice.
  if (format == kUnknownJson) return std::make_unique<UnknownJsonReader>(options);
  for (const Entry& e : registry())
    if (format == e.name) return e.factory(options);
  return nullptr;
}

std::string reader_formats() {
  std::string out = "auto";
  for (const Entry& e : registry()) out += std::string(", ") + e.name;
  return out;
}

}  // namespace lisan::indexer
