#include "indexer/readers/twitter/fourcat_twitter_reader.h"

#include <optional>

#include "indexer/readers/record_kind.h"
#include "indexer/readers/record_guard.h"
#include "indexer/readers/twitter/tweet_csv_rows.h"
#include "indexer/readers/twitter/tweet_mapping.h"
#include "lisan/date.h"

namespace lisan::indexer {

namespace {

std::optional<Record> map_row(const tweets::TweetCsvRows& rows, const std::string& path, const ReaderOptions& options,
                              RecordSink& sink) {
  KindFacts kind;
  const std::string& id = rows.cell("id");
  Record r;
  r.id = tweets::doc_id(id);
  r.source = "twitter";
  // `body` is the API's text, escaped the API's way (inferred from 4CAT's
  // map_item, which copies it): undo &amp; &lt; &gt;.
  r.text = tweets::unescape(rows.cell("body"));
  if (!rows.cell("unix_timestamp").empty()) {
    auto date = parse_date(rows.cell("unix_timestamp"));
    if (!date) {
      sink.reject(rows.where(), date.error(), rows.raw());
      return std::nullopt;
    }
    r.date = date->utc_seconds;
  } else if (!rows.cell("timestamp").empty()) {
    // Naive server-local time: the --tz zone, or UTC, recorded as assumed.
    auto date = parse_date(rows.cell("timestamp"), options.assumed_zone);
    if (!date) {
      sink.reject(rows.where(), date.error(), rows.raw());
      return std::nullopt;
    }
    r.date = date->utc_seconds;
    r.date_zone_assumed = date->zone_assumed;
  }
  r.author = rows.cell("author");
  r.author_id = rows.cell("author_id");
  r.url = rows.cell("link").empty() ? tweets::status_url(r.author, id) : rows.cell("link");
  r.lang = normalize_lang(rows.cell("language_guess"));
  if (const std::string& thread = rows.cell("thread_id"); !thread.empty()) r.thread = tweets::doc_id(thread);
  for (std::string& h : tweets::split_list(rows.cell("hashtags"), ",")) tweets::add_unique(r.hashtags, std::move(h));
  for (std::string& m : tweets::split_list(rows.cell("mentions"), ",")) tweets::add_unique(r.mentions, std::move(m));
  for (std::string& u : tweets::split_list(rows.cell("urls"), ",")) tweets::add_unique(r.urls, std::move(u));
  if (rows.cell("is_retweet") == "yes") {
    kind.retweet = true;
    r.forwarded_from = rows.cell("retweeted_user");
  } else if (rows.cell("is_quote_tweet") == "yes") {
    kind.quote = true;
    tweets::add_meta(r, "quoted_user", rows.cell("quoted_user"));
  } else if (rows.cell("is_reply") == "yes") {
    kind.reply = true;
    tweets::add_meta(r, "replied_user", rows.cell("replied_user"));
  }
  r.kind = kind_name(kind);
  if (const std::string& name = rows.cell("author_fullname"); !name.empty()) tweets::add_meta(r, "author_name", name);
  r.provenance = Provenance{path, rows.where().line, rows.offset(), {}, "4cat-twitter-csv"};
  return r;
}

}  // namespace

void FourcatTwitterReader::read(const std::string& path, RecordSink& sink) {
  read_rows<tweets::TweetCsvRows>(path, sink,
                                  [&](const tweets::TweetCsvRows& rows) { return map_row(rows, path, options_, sink); });
}

}  // namespace lisan::indexer
