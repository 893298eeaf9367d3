#include "indexer/readers/twitter/twitter_archive_reader.h"

#include <fmt/format.h>

#include "indexer/readers/record_kind.h"
#include "indexer/readers/twitter/tweet_emitter.h"
#include "indexer/readers/twitter/twitter_archive_files.h"
#include "lisan/core/error.h"

namespace lisan::indexer {
namespace {

using tweets::Json;

constexpr const char* kFormat = "twitter-archive";

std::vector<tweets::NoteTweet> sibling_notes(const std::string& path) {
  std::vector<tweets::NoteTweet> notes;
  for (const std::string& file : tweets::archive_siblings(path, "note_tweet"))
    if (auto part = tweets::read_archive_part(file)) {
      auto more = tweets::parse_notes(*part);
      notes.insert(notes.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
    }
  return notes;
}

void merge_note(Record& r, const tweets::NoteTweet& note) {
  r.text = note.text;
  for (const std::string& tag : note.hashtags) tweets::add_unique(r.hashtags, tag);
  for (const std::string& m : note.mentions) tweets::add_unique(r.mentions, m);
  for (const std::string& u : note.urls) tweets::add_unique(r.urls, u);
  tweets::add_meta(r, "note_tweet_id", note.note_id);
}

}  // namespace

void TwitterArchiveReader::read(const std::string& path, RecordSink& sink) {
  std::string text;
  auto part = tweets::read_archive_part(path, &text);
  if (!part) throw Error::format("{}: {}", path, part.error());
  const std::optional<tweets::TweetAuthor> owner = tweets::archive_owner(path);
  const std::vector<tweets::NoteTweet> notes = sibling_notes(path);
  tweets::V1Options options;
  options.default_author = owner ? &*owner : nullptr;
  options.rt_prefix_means_retweet = true;
  tweets::TweetEmitter emitter(sink, kFormat);

  std::size_t cursor = 0;
  std::uint64_t line = 1;
  std::size_t n = 0;
  for (const Json& item : *part) {
    if (sink.stopping()) return;
    const Json* tweet = tweets::member(item, "tweet");
    if (!tweet) tweet = &item;  // tolerate parts written without the wrapper
    const std::string id = tweets::id_of(*tweet, "id_str");
    // The archive writes `"id_str" : "…"`; any occurrence of the id will do otherwise.
    std::uint64_t at = id.empty() ? 0 : tweets::advance_to(text, "\"id_str\" : \"" + id + "\"", cursor, line);
    if (at == 0 && !id.empty()) at = tweets::advance_to(text, "\"" + id + "\"", cursor, line);
    const Location where{path, at, fmt::format("tweet {}", n++)};
    emitter.sink().record(where, {}, [&] {
      auto mapped = tweets::map_v1(*tweet, options);
      if (!mapped) {
        emitter.sink().reject(where, mapped.error(), tweet->dump());
        return;
      }
      Record& r = mapped.value().record;
      if (!owner) tweets::add_meta(r, "author_unknown", "no account.js beside the archive part");
      if (const tweets::NoteTweet* note = tweets::find_note(notes, r)) merge_note(r, *note);
      emitter.top_level(std::move(mapped), where, cursor, {});
    });
  }
}

void TwitterArchiveNotesReader::read(const std::string& path, RecordSink& sink) {
  auto part = tweets::read_archive_part(path);
  if (!part) throw Error::format("{}: {}", path, part.error());
  const std::optional<tweets::TweetAuthor> owner = tweets::archive_owner(path);
  // The tweets these notes may complete: their ids by note, to skip those.
  std::vector<std::pair<tweets::MappedTweet, std::string>> archive_tweets;
  tweets::V1Options options;
  for (const std::string& file : tweets::archive_siblings(path, "tweets")) {
    auto tweets_part = tweets::read_archive_part(file);
    if (!tweets_part) continue;
    for (const Json& item : *tweets_part)
      if (const Json* tweet = tweets::member(item, "tweet"))
        if (auto mapped = tweets::map_v1(*tweet, options)) archive_tweets.emplace_back(std::move(mapped).value(), file);
  }
  std::size_t n = 0;
  for (const tweets::NoteTweet& note : tweets::parse_notes(*part)) {
    const Location where{path, 0, fmt::format("note {}", n++)};
    const std::vector<tweets::NoteTweet> one{note};
    bool merged = false;
    for (const auto& [tweet, file] : archive_tweets) {
      if (tweets::find_note(one, tweet.record)) {
        sink.skip(where, fmt::format("note {} completes tweet {} of {}, which is indexed with its text",
                                     note.note_id, tweet.record.id, file));
        merged = true;
        break;
      }
    }
    if (merged) continue;
    Record r;
    r.id = "twitter:note:" + note.note_id;
    r.text = note.text;
    r.source = "twitter";
    r.kind = kind_name(KindFacts{});  // a note whose tweet is not in the archive: nothing says more
    r.date = note.created;
    r.hashtags = note.hashtags;
    r.mentions = note.mentions;
    r.urls = note.urls;
    if (owner) {
      r.author = owner->username;
      r.author_id = owner->id;
    }
    tweets::add_meta(r, "note_tweet_id", note.note_id);
    r.provenance = Provenance{path, 0, 0, where.detail, "twitter-archive-notes"};
    sink.accept(std::move(r));
  }
}

}  // namespace lisan::indexer
