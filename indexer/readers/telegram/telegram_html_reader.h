// TelegramHtmlReader: one page of a Telegram Desktop HTML export,
// messages.html / messagesN.html (docs/input-formats.md §2), parsed with gumbo.
//
// The export holds no chat id, so ids are telegram:<chat name>:<message id>
// (the JSON export of the same chat gives telegram:<chat id>:<message id>;
// use the JSON when there is one). Date separators (service divs with small
// negative ids) are not messages and are passed over; service messages are
// kept as kind "service" or skipped by --skip-service. A "joined" message
// takes the sender of the closest earlier message in the file. Dates come
// from the title label "DD.MM.YYYY HH:MM:SS UTC+HH:MM"; with --tz the wall
// time is read in that zone instead (the label may be an hour off in summer,
// 2.3) and the record says a zone was assumed.
//
// A page holds at most 1000 messages, so the whole page is parsed at once;
// memory is bounded by the page, not by the export.
// One reader object reads one file at a time; not thread-safe.
#pragma once

#include "indexer/readers/reader.h"

namespace lisan::indexer {

class TelegramHtmlReader : public OptionsReader {
 public:
  explicit TelegramHtmlReader(ReaderOptions options) : OptionsReader(std::move(options)) {}
  void read(const std::string& path, RecordSink& sink) override;
};

}  // namespace lisan::indexer
