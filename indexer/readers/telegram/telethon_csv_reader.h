// Readers for the CSV exports of the Telethon-based Telegram collectors
// (docs/input-formats.md §3.2 and 3.3). Rows are read with CsvRows (csv_rows.h) and
// mapped by message_record() (telegram_message.h), the same mapping as the
// NDJSON/JSON readers of the same tools (telethon_reader.h), so a message
// read from a tool's CSV and from its raw file is one document. The CSVs
// carry no entities: hashtags, mentions and links are found in the text.
//
// - FourCatTelegramCsvReader ("4cat-telegram-csv"): 4CAT's CSV export of a
//   Telegram dataset (its map_item columns). `id` is <chat>-<message id>, and
//   `chat` the chat's username (its number when it has none). The numeric
//   chat id the NDJSON's ids use is in the file only as the `author` of rows
//   the chat sent itself (author_username = chat: every post of a broadcast
//   channel); a first pass over the file collects it, so the ids are
//   telegram:<number>:<id> as in the NDJSON. A chat with no such row keeps
//   telegram:<username>:<id>. Date from `unix_timestamp` (`timestamp` is the
//   4CAT server's local time: read in --tz, marked assumed, only when the
//   epoch column is empty). Links: plain ones in `body`, [text](url) targets
//   in `body_markdown` (tg://user?id=N targets are mentions by id), and
//   `link_attached`.
// - TelegramTrackerCsvReader ("telegram-tracker-csv"): telegram-tracker's
//   msgs_dataset.csv (build-datasets), one row per message of every channel
//   collected. Ids from channel_id and msg_id; `date` is
//   "YYYY-MM-DD HH:MM:SS+00:00" (or the same without the offset in older
//   versions, which wrote the UTC value without it: read as UTC, not assumed);
//   msg_from_peer/msg_from_id give the author; url = msg_link.
//
// Every row is indexed or rejected with FILE:LINE and the reason. Stream row
// by row (the 4CAT reader reads the file twice). Not thread-safe (one file at
// a time per reader).
#pragma once

#include "indexer/readers/reader.h"

namespace lisan::indexer {

class FourCatTelegramCsvReader : public OptionsReader {
 public:
  explicit FourCatTelegramCsvReader(ReaderOptions options) : OptionsReader(std::move(options)) {}
  void read(const std::string& path, RecordSink& sink) override;
};

class TelegramTrackerCsvReader : public OptionsReader {
 public:
  explicit TelegramTrackerCsvReader(ReaderOptions options) : OptionsReader(std::move(options)) {}
  void read(const std::string& path, RecordSink& sink) override;
};

}  // namespace lisan::indexer
