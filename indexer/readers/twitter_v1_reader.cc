#include "indexer/readers/twitter_v1_reader.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>

#include <fmt/format.h>

#include "indexer/readers/json_lines.h"
#include "indexer/readers/tweet_emitter.h"
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
                tweets::TweetEmitter& emitter) {
  if (!value.is_object()) {
    emitter.sink().reject(where, fmt::format("expected a tweet object, found a JSON {}", value.type_name()), raw);
    return;
  }
  if (const std::string notice = stream_notice(value); !notice.empty()) {
    emitter.sink().skip(where, fmt::format("stream notice \"{}\" (not a tweet)", notice));
    return;
  }
  auto tweet = tweets::map_v1(value);
  const std::string outer_id = tweet ? tweet->record.id : std::string();
  emitter.top_level(std::move(tweet), where, offset, raw);
  if (outer_id.empty()) return;
  for (const auto& [inner, field] : tweets::v1_embedded(value))
    emitter.embedded(tweets::map_v1(*inner), where, offset, outer_id, field);
}

// First line of the input, without a BOM and surrounding blanks: "[" or "{"
// alone means a JSON document rather than JSONL.
bool is_json_document(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string line;
  while (std::getline(in, line)) {
    if (line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
    const std::size_t start = line.find_first_not_of(" \t\r");
    if (start == std::string::npos) continue;
    const std::size_t end = line.find_last_not_of(" \t\r");
    const std::string_view trimmed = std::string_view(line).substr(start, end - start + 1);
    return trimmed.front() == '[' || trimmed == "{";
  }
  return false;
}

void read_document(const std::string& path, tweets::TweetEmitter& emitter) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error::format("{}: cannot open: {}", path, std::strerror(errno));
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
  Json doc;
  try {
    doc = Json::parse(text);
  } catch (const Json::parse_error& e) {
    emitter.sink().reject(Location{path, 0, {}}, explain_json_error(e), std::string_view(text).substr(0, 4096));
    return;
  }
  const Json* list = &doc;
  if (const Json* statuses = tweets::member(doc, "statuses"); statuses && statuses->is_array()) list = statuses;
  if (!list->is_array()) {
    read_tweet(*list, Location{path, 1, {}}, 0, {}, emitter);
    return;
  }
  std::size_t n = 0;
  for (const Json& value : *list) {
    if (emitter.sink().stopping()) return;
    const Location where{path, 0, fmt::format("tweet {}", n++)};
    read_tweet(value, where, 0, value.dump().substr(0, 4096), emitter);
  }
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
  while (lines.next(value, sink)) read_tweet(value, lines.where(), lines.offset(), lines.text(), emitter);
  lines.check_read_error();
}

}  // namespace lisan::indexer
