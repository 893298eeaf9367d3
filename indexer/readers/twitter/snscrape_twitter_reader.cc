#include "indexer/readers/twitter/snscrape_twitter_reader.h"

#include <fmt/format.h>

#include "indexer/readers/json_lines.h"
#include "indexer/readers/twitter/tweet_emitter.h"

namespace lisan::indexer {

void SnscrapeTwitterReader::read(const std::string& path, RecordSink& sink) {
  tweets::TweetEmitter emitter(sink, "snscrape-twitter");
  JsonLines lines(path);
  tweets::Json value;
  while (lines.next(value, emitter.sink())) {
    if (!value.is_object()) {
      sink.reject(lines.where(), fmt::format("expected a Tweet object, found a JSON {}", value.type_name()),
                  lines.text());
      continue;
    }
    const std::string type = tweets::string_of(value, "_type");
    if (!type.empty() && type != "snscrape.modules.twitter.Tweet") {
      sink.skip(lines.where(), fmt::format("snscrape item of type {} (not a Tweet)", type));
      continue;
    }
    emitter.sink().record(lines.where(), lines.text(), [&] {
      auto tweet = tweets::map_snscrape(value);
      const std::string id = tweet ? tweet->record.id : std::string();
      emitter.top_level(std::move(tweet), lines.where(), lines.offset(), lines.text());
      if (id.empty()) return;
      for (const auto& [inner, field] : tweets::snscrape_embedded(value))
        emitter.embedded(tweets::map_snscrape(*inner), lines.where(), lines.offset(), id, field);
    });
  }
  lines.check_end();
}

}  // namespace lisan::indexer
