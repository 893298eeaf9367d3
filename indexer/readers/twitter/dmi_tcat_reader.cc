#include "indexer/readers/twitter/dmi_tcat_reader.h"

#include <optional>

#include "indexer/readers/record_kind.h"
#include "indexer/readers/record_guard.h"
#include "indexer/readers/twitter/tweet_csv_rows.h"
#include "indexer/readers/twitter/tweet_mapping.h"
#include "lisan/date.h"

namespace lisan::indexer {

namespace {

std::optional<Record> map_row(const tweets::TweetCsvRows& rows, const std::string& path, RecordSink& sink) {
  KindFacts kind;
  const std::string& id = rows.cell("id");
  Record r;
  r.id = tweets::doc_id(id);
  r.source = "twitter";
  r.text = rows.cell("text");
  // `time` is Unix seconds; `created_at` is the same moment written in UTC.
  auto date = parse_date(rows.cell("time").empty() ? rows.cell("created_at") : rows.cell("time"), "UTC");
  if (!date) {
    sink.reject(rows.where(), date.error(), rows.raw());
    return std::nullopt;
  }
  r.date = date->utc_seconds;
  r.author = rows.cell("from_user_name");
  r.author_id = rows.cell("from_user_id");
  r.url = tweets::status_url(r.author, id);
  r.lang = normalize_lang(rows.cell("lang"));
  for (std::string& m : tweets::split_list(rows.cell("mentions"), ";")) tweets::add_unique(r.mentions, std::move(m));
  for (std::string& h : tweets::split_list(rows.cell("hashtags"), ";")) tweets::add_unique(r.hashtags, std::move(h));
  const std::string& urls = rows.has_column("urls_expanded") ? rows.cell("urls_expanded") : rows.cell("urls");
  for (std::string& u : tweets::split_list(urls, ";")) tweets::add_unique(r.urls, std::move(u));
  if (const std::string rt = tweets::retweeted_username(r.text); !rt.empty()) {
    kind.retweet = true;
    r.forwarded_from = rt;
  } else if (const std::string& quoted = rows.cell("quoted_status_id"); !quoted.empty()) {
    kind.quote = true;
    r.parent = tweets::doc_id(quoted);
  }
  if (const std::string& reply = rows.cell("in_reply_to_status_id"); !reply.empty() && reply != "0") {
    r.reply_to = tweets::doc_id(reply);
    kind.reply = true;
  }
  r.kind = kind_name(kind);
  if (const std::string& name = rows.cell("from_user_realname"); !name.empty()) tweets::add_meta(r, "author_name", name);
  if (const std::string& raw_lang = rows.cell("lang"); !raw_lang.empty() && raw_lang != r.lang)
    tweets::add_meta(r, "raw_lang", raw_lang);
  r.provenance = Provenance{path, rows.where().line, rows.offset(), {}, "dmi-tcat"};
  return r;
}

}  // namespace

void DmiTcatReader::read(const std::string& path, RecordSink& sink) {
  read_rows<tweets::TweetCsvRows>(path, sink, [&](const tweets::TweetCsvRows& rows) { return map_row(rows, path, sink); });
}

}  // namespace lisan::indexer
