#include "indexer/readers/twitter/tweet_emitter.h"

#include <fmt/format.h>

namespace lisan::indexer::tweets {
namespace {

std::uint64_t version_number(const std::string& version) {
  std::uint64_t v = 0;
  for (char c : version) v = v * 10 + static_cast<std::uint64_t>(c - '0');
  return v;
}

}  // namespace

void TweetEmitter::top_level(Result<MappedTweet> tweet, const Location& where, std::uint64_t offset,
                             std::string_view raw) {
  if (!tweet) {
    sink_.reject(where, tweet.error(), raw);
    return;
  }
  const std::uint64_t v = version_number(tweet->version);
  auto [it, inserted] = versions_.emplace(tweet->record.id, v);
  // Snowflake ids grow with time, so a later version has a larger id.
  if (!inserted && v < it->second) {
    sink_.skip(where, fmt::format("older version {} of edited tweet {}; the newer version {} is indexed",
                                  tweet->version, tweet->record.id, it->second));
    return;
  }
  it->second = v;
  accept(std::move(tweet).value(), where, offset, where.detail);
}

void TweetEmitter::embedded(Result<MappedTweet> tweet, const Location& where, std::uint64_t offset,
                            const std::string& container_id, std::string_view field) {
  const std::string position = fmt::format("{} of {}", field, container_id);
  if (!tweet) {
    Location at = where;
    at.detail = position;
    sink_.reject(at, tweet.error(), {});
    return;
  }
  if (!versions_.emplace(tweet->record.id, version_number(tweet->version)).second) return;
  add_meta(tweet.value().record, "embedded_in", position);
  accept(std::move(tweet).value(), where, offset, position);
}

void TweetEmitter::accept(MappedTweet&& tweet, const Location& where, std::uint64_t offset, std::string position) {
  tweet.record.provenance = Provenance{where.file, where.line, offset, std::move(position), format_};
  sink_.accept(std::move(tweet.record));
}

}  // namespace lisan::indexer::tweets
