#include "indexer/readers/twitter/twarc2_reader.h"

#include <fmt/format.h>

#include "indexer/readers/json_lines.h"
#include "indexer/readers/twitter/tweet_emitter.h"
#include "lisan/core/json_text.h"

namespace lisan::indexer {
namespace {

using tweets::Json;
using tweets::member;

constexpr const char* kFormat = "twarc2";

// Stream lines carry the rules that matched; their tags name the collection.
std::string rule_tags(const Json& line) {
  std::string tags;
  if (const Json* rules = member(line, "matching_rules"); rules && rules->is_array())
    for (const Json& rule : *rules)
      if (const std::string tag = tweets::string_of(rule, "tag"); !tag.empty() && tags.find(tag) == std::string::npos)
        tags += (tags.empty() ? "" : ", ") + tag;
  return tags;
}

class LineReader {
 public:
  LineReader(const JsonLines& lines, tweets::TweetEmitter& emitter) : lines_(lines), emitter_(emitter) {}

  void read(const Json& line) {
    if (!line.is_object()) {
      reject(fmt::format("expected a JSON object, found a JSON {}", line.type_name()));
      return;
    }
    const Json* data = member(line, "data");
    if (data && data->is_array()) {
      read_page(line, *data);
    } else if (data && is_user(*data)) {
      skip_user(*data, {});
    } else if (data && data->is_object()) {
      const tweets::V2Includes includes(member(line, "includes"));
      read_tweet(*data, includes, rule_tags(line));
      index_includes(includes);
    } else if (member(line, "id") && member(line, "text")) {
      read_tweet(line, tweets::V2Includes(), {});  // flattened
    } else if (member(line, "action") && member(line, "id")) {
      skip(fmt::format("compliance event \"{}\" for tweet {} (not a tweet)", tweets::string_of(line, "action"),
                       tweets::id_of(line, "id")));
    } else if (const Json* errors = member(line, "errors"); errors && errors->is_array()) {
      skip(fmt::format("response page with no tweets, only {} error(s)", errors->size()));
    } else {
      reject("not a twarc2 response page, stream line or flattened tweet (no \"data\", or \"id\" and \"text\")");
    }
  }

 private:
  void read_page(const Json& line, const Json& data) {
    if (!data.empty() && member(data.front(), "tweet_count")) {
      skip(fmt::format("tweet counts page ({} buckets, not tweets)", data.size()));
      return;
    }
    const tweets::V2Includes includes(member(line, "includes"));
    std::size_t n = 0;
    for (const Json& tweet : data) {
      if (emitter_.sink().stopping()) return;
      std::string position = fmt::format("data[{}]", n++);
      if (is_user(tweet)) skip_user(tweet, std::move(position));
      else read_tweet(tweet, includes, {}, std::move(position));
    }
    index_includes(includes);
  }

  // A user object of `twarc2 users` / user lookups: an account, not a post.
  static bool is_user(const Json& item) {
    return member(item, "username") && !member(item, "text") && !member(item, "author_id");
  }

  void skip_user(const Json& user, std::string position) {
    Location where = lines_.where();
    where.detail = std::move(position);
    emitter_.sink().skip(where, fmt::format("user profile @{} (twarc2 users output), not a post",
                                            tweets::string_of(user, "username")));
  }

  void read_tweet(const Json& tweet, const tweets::V2Includes& includes, const std::string& channel,
                  std::string position = {}) {
    Location where = lines_.where();
    where.detail = std::move(position);
    // One guarded unit per tweet: a bad value rejects this tweet only.
    emitter_.sink().record(where, where.detail.empty() ? std::string_view(lines_.text()) : std::string_view(), [&] {
      map_tweet(tweet, includes, channel, where);
    });
  }

  void map_tweet(const Json& tweet, const tweets::V2Includes& includes, const std::string& channel,
                 const Location& where) {
    auto mapped = tweets::map_v2(tweet, includes);
    if (mapped && !channel.empty()) mapped.value().record.channel = channel;
    if (!mapped) {
      emitter_.sink().reject(where, mapped.error(), where.detail.empty() ? lines_.text() : json_text(tweet));
      return;
    }
    const std::string id = mapped->record.id;
    emitter_.top_level(std::move(mapped), where, lines_.offset(), {});
    for (const Json* ref : tweets::v2_inline_references(tweet))
      emitter_.embedded(tweets::map_v2(*ref, includes), lines_.where(), lines_.offset(), id,
                        "referenced_tweets (" + tweets::string_of(*ref, "type") + ")");
  }

  // The referenced tweets of the page: indexed once each, so the original of
  // a retweet can be found by its own words and author.
  void index_includes(const tweets::V2Includes& includes) {
    for (const Json* tweet : includes.tweets())
      emitter_.sink().record(lines_.where(), {}, [&] {
        emitter_.embedded(tweets::map_v2(*tweet, includes), lines_.where(), lines_.offset(), "this page",
                          "includes.tweets");
      });
  }

  void reject(const std::string& reason) { emitter_.sink().reject(lines_.where(), reason, lines_.text()); }
  void skip(const std::string& reason) { emitter_.sink().skip(lines_.where(), reason); }

  const JsonLines& lines_;
  tweets::TweetEmitter& emitter_;
};

}  // namespace

void Twarc2Reader::read(const std::string& path, RecordSink& sink) {
  tweets::TweetEmitter emitter(sink, kFormat);
  JsonLines lines(path);
  LineReader reader(lines, emitter);
  Json line;
  while (lines.next(line, emitter.sink())) reader.read(line);
  lines.check_end();
}

}  // namespace lisan::indexer
