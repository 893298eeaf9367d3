// Readers for the X/Twitter user archive (docs/input-formats.md §4.5):
//  - TwitterArchiveReader: tweets.js / tweet.js / tweets-partN.js. Each item
//    is {"tweet": {v1.1-like tweet, every number a string}}; there is no user
//    object, so the author is the owner named in the account.js beside it
//    (left empty, and said so once, when there is none). A retweet is only a
//    cut-short "RT @user: …" text: kind "retweet", forwarded_from "user",
//    meta text_cut. A long post cut with "…" gets its full text (and
//    entities) from the note-tweet.js beside it when a note matches.
//  - TwitterArchiveNotesReader: note-tweet.js on its own. Notes that complete
//    a tweet of a tweets.js beside it are skipped (the tweet carries them);
//    the others are indexed as records `twitter:note:<noteTweetId>`.
//
// Provenance: the line of the tweet's "id_str" in the file.
#pragma once

#include "indexer/readers/reader.h"

namespace lisan::indexer {

class TwitterArchiveReader : public OptionsReader {
 public:
  explicit TwitterArchiveReader(ReaderOptions options) : OptionsReader(std::move(options)) {}
  void read(const std::string& path, RecordSink& sink) override;
};

class TwitterArchiveNotesReader : public OptionsReader {
 public:
  explicit TwitterArchiveNotesReader(ReaderOptions options) : OptionsReader(std::move(options)) {}
  void read(const std::string& path, RecordSink& sink) override;
};

}  // namespace lisan::indexer
