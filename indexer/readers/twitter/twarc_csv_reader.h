// TwarcCsvReader: `twarc2 csv` output (twarc-csv, docs/input-formats.md §4.3): one tweet
// per row, columns named by dotted JSON paths of the v2 tweet
// (`author.username`, `entities.hashtags`, `referenced_tweets.retweeted.id`,
// ...), list cells JSON-encoded. Each row is folded back into a flattened v2
// tweet and mapped by the shared v2 mapping, so it agrees with the twarc2
// reader. Retweets are "merged" by default (the row's text and entities are
// the original's, the author the retweeter's): the text is indexed as
// `RT @<retweeted_username>: ` + that text. Early versions wrote `text` as a
// JSON string literal and `referenced_tweets` as one JSON cell; both are
// read. Streams row by row.
#pragma once

#include "indexer/readers/reader.h"

namespace lisan::indexer {

class TwarcCsvReader : public OptionsReader {
 public:
  explicit TwarcCsvReader(ReaderOptions options) : OptionsReader(std::move(options)) {}
  void read(const std::string& path, RecordSink& sink) override;
};

}  // namespace lisan::indexer
