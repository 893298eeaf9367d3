// The files of an X/Twitter "Download an archive of your data" (docs/input-formats.md
// §4.5): reading a `window.YTD.<name>.partN = [...]` part as JSON (never
// evaluating it), finding the sibling parts in the same folder by their
// content (account.js for the author, note-tweet.js for long posts,
// tweets*.js), and matching note tweets to the tweets whose cut-short text
// they complete.
//
// The archive's note-tweet.js layout is not confirmed (docs/input-formats.md §8): notes are
// matched to tweets by creation time and by the note text starting with the
// tweet's text before its "…", as the third-party parsers do.
//
// Parts are read whole (an archive part is at most a few hundred MB).
// Functions are thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "indexer/readers/twitter/tweet_mapping.h"
#include "lisan/core/result.h"

namespace lisan::indexer::tweets {

// The array of an archive part; fails with a reason when the file does not
// start with "window.YTD." or its array is not valid JSON. `text` receives
// the file's contents (for line numbers).
Result<Json> read_archive_part(const std::string& path, std::string* text = nullptr);

// Files in `path`'s folder (other than `path`) whose content starts with
// `window.YTD.<part_name>.`, sorted by name.
std::vector<std::string> archive_siblings(const std::string& path, const std::string& part_name);

// The account owner from the account.js beside `path`, if there is one.
std::optional<TweetAuthor> archive_owner(const std::string& path);

struct NoteTweet {
  std::string note_id;
  std::int64_t created = 0;  // UTC seconds
  std::string text;
  std::vector<std::string> hashtags, mentions, urls;
};

// The notes of a note-tweet.js array (a note without text has an empty one).
std::vector<NoteTweet> parse_notes(const Json& part);

// The note that completes `tweet` (a mapped archive tweet, its text
// unescaped and cut short with "…"), or nullptr.
const NoteTweet* find_note(const std::vector<NoteTweet>& notes, const Record& tweet);

// The line (1-based) of the first occurrence of `needle` at or after
// `cursor` in `text`; moves `cursor` and `line` forward. 0 when not found.
std::uint64_t advance_to(const std::string& text, const std::string& needle, std::size_t& cursor,
                         std::uint64_t& line);

}  // namespace lisan::indexer::tweets
