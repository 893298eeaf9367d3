// TelegramJsonReader: the Telegram Desktop JSON export, result.json
// (docs/input-formats.md §1): single-chat exports (channel, group, personal chat)
// and whole-account exports (chats.list[*], left_chats.list[*]), in the
// current layout and the older ones (packed ids of 2018-2021, no
// date_unixtime before June 2022, no text_entities before Sept 2022).
//
// Streaming: the file is never parsed as one document. A small scanner walks
// the outer structure (root object, chat objects, the messages arrays) and
// copies one message object at a time, which nlohmann then parses, so memory
// stays flat for a multi-GB export. The scanner also repairs the invalid
// \xHH escapes Telegram Desktop writes for control characters (1.4), only
// inside strings, and a message that needed it says so in its meta.
//
// Every message object ends as exactly one of: accepted; rejected with
// "file:line (message N)" and the reason (bad JSON, JSON nested too deep or
// with a number past double range, a bad or out-of-range date, a value of a
// type the mapping cannot take, or the file ending inside it); skipped (an "unsupported" message, or a service message
// under --skip-service). A file cut between messages keeps everything before
// the cut and then throws lisan::Error naming the byte where it ends.
//
// One reader object reads one file at a time; not thread-safe.
#pragma once

#include "indexer/readers/reader.h"

namespace lisan::indexer {

class TelegramJsonReader : public OptionsReader {
 public:
  explicit TelegramJsonReader(ReaderOptions options) : OptionsReader(std::move(options)) {}
  void read(const std::string& path, RecordSink& sink) override;
};

}  // namespace lisan::indexer
