#include "indexer/readers/twitter/twarc_csv_reader.h"

#include <initializer_list>
#include <optional>

#include "indexer/readers/record_guard.h"
#include "indexer/readers/twitter/tweet_csv_rows.h"
#include "indexer/readers/twitter/tweet_emitter.h"
#include "indexer/readers/twitter/tweet_mapping.h"

namespace lisan::indexer {
namespace {

using tweets::Json;

// A cell as JSON when it holds a JSON list, object or string literal; the
// cell's text otherwise (ids stay strings, as v2 writes them).
Json cell_value(const std::string& cell) {
  if (!cell.empty() && (cell.front() == '[' || cell.front() == '{' || (cell.front() == '"' && cell.size() > 1))) {
    Json value = Json::parse(cell, nullptr, /*allow_exceptions=*/false);
    if (!value.is_discarded()) return value;
  }
  return cell;
}

void set_path(Json& object, const std::string& path, Json value) {
  Json* at = &object;
  std::size_t start = 0;
  for (std::size_t dot = path.find('.'); dot != std::string::npos; dot = path.find('.', start)) {
    Json& child = (*at)[path.substr(start, dot - start)];
    if (!child.is_object()) child = Json::object();
    at = &child;
    start = dot + 1;
  }
  (*at)[path.substr(start)] = std::move(value);
}

// The row as a flattened v2 tweet.
Json row_to_tweet(const tweets::TweetCsvRows& rows, const std::vector<std::string>& columns) {
  Json tweet = Json::object();
  Json references = Json::array();
  for (const std::string& column : columns) {
    const std::string& cell = rows.cell(column);
    if (cell.empty()) continue;
    if (column.rfind("referenced_tweets.", 0) == 0) {
      // referenced_tweets.<type>.id
      const std::size_t dot = column.find('.', 18);
      if (dot != std::string::npos && column.substr(dot) == ".id")
        references.push_back({{"type", column.substr(18, dot - 18)}, {"id", cell}});
      continue;
    }
    if (column == "referenced_tweets") {  // early versions: one JSON cell
      Json value = cell_value(cell);
      if (value.is_array())
        for (Json& ref : value) references.push_back(std::move(ref));
      continue;
    }
    if (column == "type" || column.rfind("__twarc", 0) == 0) continue;  // twarc bookkeeping
    set_path(tweet, column, cell_value(cell));
  }
  // Merged retweet: the row's text and entities are the original's. Put them
  // where the v2 mapping looks for a retweet's original, unless the text is
  // still the cut-short "RT @…" form (retweets not merged).
  const std::string text = tweets::string_of(tweet, "text");
  for (Json& ref : references) {
    if (tweets::string_of(ref, "type") != "retweeted" || text.rfind("RT @", 0) == 0) continue;
    ref["text"] = text;
    if (const Json* entities = tweets::member(tweet, "entities")) ref["entities"] = *entities;
    ref["author"] = {{"username", rows.cell("retweeted_username")}, {"id", rows.cell("retweeted_user_id")}};
  }
  if (!references.empty()) tweet["referenced_tweets"] = std::move(references);
  return tweet;
}

}  // namespace

void TwarcCsvReader::read(const std::string& path, RecordSink& sink) {
  guarded_input(path, [&] {
    tweets::TweetCsvRows rows(path);
    tweets::TweetEmitter emitter(sink, "twarc-csv");
    const std::vector<std::string> columns = rows.column_names();
    while (rows.next(sink)) {
      auto mapped = guarded_record(sink, rows.where(), rows.raw(), [&] {
        return std::optional<Result<tweets::MappedTweet>>(tweets::map_v2(row_to_tweet(rows, columns), tweets::V2Includes()));
      });
      if (mapped) emitter.top_level(std::move(*mapped), rows.where(), rows.offset(), rows.raw());
    }
  });
}

}  // namespace lisan::indexer
