// TweetEmitter: hands mapped tweets of one input to the RecordSink, the same
// way for every tweet reader:
//  - a tweet read at the top level is accepted, or rejected with its reason,
//    or skipped when it is an older version of an edited post whose newer
//    version was already indexed from this input (the latest version wins);
//  - a tweet found embedded in another (v1.1 retweeted_status/quoted_status,
//    v2 includes.tweets, flattened referenced_tweets) is indexed once per
//    input, the first time it turns up, so that the original of a retweet is
//    searchable; later copies produce nothing (they are part of the record
//    that carries them, not records of their own). Its meta says where it
//    was found ("embedded_in").
// Its sink is a GuardedSink: readers map each tweet through sink().record()
// so that a bad value rejects that tweet only, and dates are range-checked.
//
// Memory: one map entry (id, version) per distinct tweet of the input.
// Not thread-safe; one per input.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "indexer/readers/reader.h"
#include "indexer/readers/record_guard.h"
#include "indexer/readers/twitter/tweet_mapping.h"

namespace lisan::indexer::tweets {

class TweetEmitter {
 public:
  TweetEmitter(RecordSink& sink, std::string format) : sink_(sink), format_(std::move(format)) {}

  // A tweet read at the top level, at `where` (line) / byte `offset`;
  // `raw` is what --rejects writes when it fails.
  void top_level(Result<MappedTweet> tweet, const Location& where, std::uint64_t offset, std::string_view raw);
  // A tweet embedded in `container_id` under `field`.
  void embedded(Result<MappedTweet> tweet, const Location& where, std::uint64_t offset, const std::string& container_id,
                std::string_view field);

  GuardedSink& sink() { return sink_; }

 private:
  void accept(MappedTweet&& tweet, const Location& where, std::uint64_t offset, std::string position);

  GuardedSink sink_;
  std::string format_;
  std::unordered_map<std::string, std::uint64_t> versions_;  // record id -> newest version emitted
};

}  // namespace lisan::indexer::tweets
