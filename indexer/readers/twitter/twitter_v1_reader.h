// TwitterV1Reader: Twitter API v1.1 tweets (docs/input-formats.md §4.1): JSONL with one
// tweet per line (twarc 1, streaming captures, Hydrator), and a JSON document
// holding one tweet, an array of tweets or a REST search result
// ({"statuses": [...]}), pretty-printed or not. Stream notices (delete,
// limit, scrub_geo, withheld, warning, disconnect) are skipped and counted.
// The originals inside retweets and quotes are indexed once each.
//
// JSONL is streamed line by line; so is a search response saved on one line
// (each status a record of that line, "status N"). A JSON document (REST
// output, pretty-printed or not, small) is read whole but its statuses are
// parsed one by one, each with its own line, so that a bad status or a file
// cut off inside one costs that status only. Every tweet is mapped through
// the GuardedSink: no value in it can end the run.
#pragma once

#include "indexer/readers/reader.h"

namespace lisan::indexer {

class TwitterV1Reader : public OptionsReader {
 public:
  explicit TwitterV1Reader(ReaderOptions options) : OptionsReader(std::move(options)) {}
  void read(const std::string& path, RecordSink& sink) override;
};

}  // namespace lisan::indexer
