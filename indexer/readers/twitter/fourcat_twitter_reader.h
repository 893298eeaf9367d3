// FourcatTwitterReader: the CSV export of 4CAT's Twitter API v2 data source
// (docs/input-formats.md §4.3). Date from `unix_timestamp` (`timestamp` is the 4CAT
// server's local time); `body` of a retweet is already "RT @user: <full
// original>"; `hashtags`, `mentions`, `urls` are comma-joined sets in no set
// order; is_retweet / is_quote_tweet / is_reply ("yes"/"no") give the kind,
// though the export keeps no id of the original, quoted or replied-to tweet.
// Streams row by row.
#pragma once

#include "indexer/readers/reader.h"

namespace lisan::indexer {

class FourcatTwitterReader : public OptionsReader {
 public:
  explicit FourcatTwitterReader(ReaderOptions options) : OptionsReader(std::move(options)) {}
  void read(const std::string& path, RecordSink& sink) override;
};

}  // namespace lisan::indexer
