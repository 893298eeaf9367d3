#include "indexer/readers/twitter/twitter_v1_reader.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>

#include <fmt/format.h>

#include "indexer/readers/json_lines.h"
#include "indexer/readers/json_list.h"
#include "indexer/readers/twitter/tweet_emitter.h"
#include "lisan/core/error.h"

namespace lisan::indexer {
namespace {

using tweets::Json;

constexpr const char* kFormat = "twitter-v1";

// The non-tweet messages of a v1.1 stream; each is one object with one key.
std::string stream_notice(const Json& value) {
  static constexpr std::array<const char*, 8> kNotices = {"delete",      "limit",          "scrub_geo",
                                                          "status_withheld", "user_withheld", "warning",
                                                          "disconnect",  "event"};
  for (const char* key : kNotices)
    if (value.contains(key) && !value.contains("id_str") && !value.contains("text") && !value.contains("full_text"))
      return key;
  return {};
}

void read_tweet(const Json& value, const Location& where, std::uint64_t offset, std::string_view raw,
                tweets::TweetEmitter& emitter);

// A REST search response ({"search_metadata": ..., "statuses": [...]}) saved
// as one line: each status is a record of that line.
// A timeline (an array of tweets) saved on one line is read the same way.
bool read_search_response(const Json& value, const Location& where, std::uint64_t offset,
                          tweets::TweetEmitter& emitter) {
  const Json* statuses = value.is_array() ? &value : tweets::member(value, "statuses");
  if (!statuses || !statuses->is_array() || tweets::member(value, "id_str")) return false;
  std::size_t n = 0;
  for (const Json& status : *statuses) {
    if (emitter.sink().stopping()) break;
    Location at = where;
    at.detail = fmt::format("status {}", ++n);
    read_tweet(status, at, offset, {}, emitter);
  }
  if (n == 0) emitter.sink().skip(where, "search response or timeline with no statuses");
  return true;
}

void read_tweet(const Json& value, const Location& where, std::uint64_t offset, std::string_view raw,
                tweets::TweetEmitter& emitter) {
  if (read_search_response(value, where, offset, emitter)) return;
  if (!value.is_object()) {
    emitter.sink().reject(where, fmt::format("expected a tweet object, found a JSON {}", value.type_name()), raw);
    return;
  }
  if (const std::string notice = stream_notice(value); !notice.empty()) {
    emitter.sink().skip(where, fmt::format("stream notice \"{}\" (not a tweet)", notice));
    return;
  }
  // One guarded unit per tweet: a bad value in it rejects this tweet only.
  emitter.sink().record(where, raw, [&] {
    auto tweet = tweets::map_v1(value);
    const std::string outer_id = tweet ? tweet->record.id : std::string();
    emitter.top_level(std::move(tweet), where, offset, raw);
    if (outer_id.empty()) return;
    for (const auto& [inner, field] : tweets::v1_embedded(value))
      emitter.embedded(tweets::map_v1(*inner), where, offset, outer_id, field);
  });
}

// A JSON document rather than JSONL: the first non-blank line is not a whole
// JSON value but the start of one ("[", "{", or a pretty-printed first line).
bool is_json_document(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string line;
  while (std::getline(in, line)) {
    if (line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
    const std::size_t start = line.find_first_not_of(" \t\r");
    if (start == std::string::npos) continue;
    if (line[start] != '[' && line[start] != '{') return false;
    bool cut = false;
    return !parse_json(line, &cut) && cut && !in.eof();
  }
  return false;
}

// A timeline (an array of tweets) or a search response, pretty-printed or
// not: each status is parsed on its own, with its own line, so that a bad
// one or a cut at the end costs that status only.
void read_document(const std::string& path, tweets::TweetEmitter& emitter) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error::format("{}: cannot open: {}", path, std::strerror(errno));
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.replace(0, 3, 3, ' ');  // keeps byte offsets
  const JsonList list = split_json_list(text, "statuses");
  std::size_t n = 0;
  for (const JsonListElement& e : list.elements) {
    if (emitter.sink().stopping()) return;
    const Location where{path, e.line, list.is_list ? fmt::format("status {}", ++n) : std::string()};
    const std::string_view raw = e.text.substr(0, 4096);
    const auto offset = static_cast<std::uint64_t>(e.text.data() - text.data());
    bool cut = false;
    auto value = parse_json(e.text, &cut);
    if (!value) {
      const bool at_end = e.truncated || cut;
      emitter.sink().reject(where, at_end ? "the file ends inside this status (" + value.error() + ")" : value.error(),
                            raw);
      continue;
    }
    read_tweet(*value, where, offset, raw, emitter);
  }
  if (!list.error.empty())
    throw Error::format("{}:{}: {}; the {} status(es) before it were read", path, list.error_line, list.error, n);
}

}  // namespace

void TwitterV1Reader::read(const std::string& path, RecordSink& sink) {
  tweets::TweetEmitter emitter(sink, kFormat);
  if (path != "-" && is_json_document(path)) {
    read_document(path, emitter);
    return;
  }
  JsonLines lines(path);
  Json value;
  while (lines.next(value, emitter.sink())) read_tweet(value, lines.where(), lines.offset(), lines.text(), emitter);
  lines.check_end();
}

}  // namespace lisan::indexer
