// Twarc2Reader: Twitter API v2 as twarc2 writes it (docs/input-formats.md §4.2), in the
// three shapes a collection can have, told apart per line:
//  - a response page: "data" is an array of tweets, "includes" holds the
//    users and referenced tweets of that page only;
//  - a filtered-stream line: "data" is one tweet, plus "matching_rules"
//    (their tags become the channel);
//  - `twarc2 flatten` output: one tweet per line with "author" and
//    "referenced_tweets" merged in.
// Referenced tweets (the originals of retweets, quoted and replied-to tweets)
// are indexed once each. Compliance and counts lines are skipped and counted,
// and so are the user objects of a `twarc2 users` page (accounts, not posts).
// Each tweet is mapped through the GuardedSink: a bad value rejects it only.
// A cut-off last line is reported and everything before it is kept.
//
// Streams line by line and keeps one page's includes at a time.
#pragma once

#include "indexer/readers/reader.h"

namespace lisan::indexer {

class Twarc2Reader : public OptionsReader {
 public:
  explicit Twarc2Reader(ReaderOptions options) : OptionsReader(std::move(options)) {}
  void read(const std::string& path, RecordSink& sink) override;
};

}  // namespace lisan::indexer
