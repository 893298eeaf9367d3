// SnscrapeTwitterReader: snscrape's `twitter-*` scrapers with --jsonl
// (docs/input-formats.md §4.4): one Tweet per line. Ids are bare integers above 2^53 and
// are read as exact integers. Lines that are not Tweets (snscrape also
// writes users, e.g. `twitter-profile`) are skipped and counted. The
// retweeted and quoted Tweets nested in a line are indexed once each.
// Streams line by line.
#pragma once

#include "indexer/readers/reader.h"

namespace lisan::indexer {

class SnscrapeTwitterReader : public OptionsReader {
 public:
  explicit SnscrapeTwitterReader(ReaderOptions options) : OptionsReader(std::move(options)) {}
  void read(const std::string& path, RecordSink& sink) override;
};

}  // namespace lisan::indexer
