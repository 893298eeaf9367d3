// Readers for Telegram collectors built on Telethon (docs/input-formats.md §3):
//
// - FourCatTelegramReader ("4cat-telegram"): 4CAT's raw NDJSON, one Telethon
//   Message per line, types in "_type", dates as float epoch seconds, the
//   chat and sender embedded in every line (_chat, _sender). Line by line.
// - TelegramTrackerReader ("telegram-tracker"): telegram-tracker's
//   <channel>_messages.json, a Telethon messages.ChannelMessages to_dict() on
//   one line, types in "_", dates as "YYYY-MM-DD HH:MM:SS+00:00". Its chats
//   come after its messages, so the document is parsed whole: memory grows
//   with the file (the tool writes one file per channel).
// - SnscrapeTelegramReader ("snscrape-telegram"): snscrape telegram-channel
//   JSONL (3.4): url, date, content, outlinks; hashtags and mentions found in
//   the text, since the format has no entities.
//
// Telethon entity offsets count UTF-16 code units (3.1); slices are cut with
// telegram::utf16_slice. Ids are telegram:<bare chat id>:<message id>, the
// same as the Desktop JSON export's, so one message collected both ways is one
// document. The Telethon -> Record mapping is message_record()
// (telegram_message.h), shared with the Desktop reader and the tools' CSV readers
// (telethon_csv_reader.h). Not thread-safe (one file at a time per reader).
#pragma once

#include "indexer/readers/reader.h"

namespace lisan::indexer {

class FourCatTelegramReader : public OptionsReader {
 public:
  explicit FourCatTelegramReader(ReaderOptions options) : OptionsReader(std::move(options)) {}
  void read(const std::string& path, RecordSink& sink) override;
};

class TelegramTrackerReader : public OptionsReader {
 public:
  explicit TelegramTrackerReader(ReaderOptions options) : OptionsReader(std::move(options)) {}
  void read(const std::string& path, RecordSink& sink) override;
};

class SnscrapeTelegramReader : public OptionsReader {
 public:
  explicit SnscrapeTelegramReader(ReaderOptions options) : OptionsReader(std::move(options)) {}
  void read(const std::string& path, RecordSink& sink) override;
};

}  // namespace lisan::indexer
