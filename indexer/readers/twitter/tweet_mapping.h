// Tweet mapping: turns one tweet as Twitter/X's APIs and tools write it into a
// Record (docs/input-formats.md §4.6). Shared by the tweet readers so that v1.1 JSONL,
// the user archive, twarc2 pages/streams/flattened files and the CSV
// derivatives agree on ids, text, entities, kinds and dates:
//
//  - id `twitter:<native id>` from the string form or an exact integer, never
//    from a double (0.4). An edited tweet takes the id of its first version
//    (edit_history_tweet_ids[0], archive edit_info), so the versions of one
//    post are one document and the latest version read replaces the others;
//    `edited` is then the time of the version indexed.
//  - text: the full text (extended_tweet.full_text › full_text › text; v2:
//    note_tweet.text › text), HTML-unescaped for &amp; &lt; &gt; only (4.1
//    rule 2). A retweet is `RT @user: ` + the full text of the original, with
//    kind "retweet", parent = the original, forwarded_from = its author.
//  - kinds by precedence: retweet, quote, reply, post.
//  - meta: author_name, raw_lang (when lang mapped it away), text_cut (the
//    file holds only a cut-short text), and how an embedded copy was found.
//
// Pure functions over parsed JSON; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "indexer/readers/json_access.h"
#include "indexer/readers/text_util.h"

#include "lisan/core/result.h"
#include "lisan/record.h"

namespace lisan::indexer::tweets {

// The JSON accessors and list helper every reader shares (json_access.h,
// text_util.h), also under tweets:: for the tweet readers.
using indexer::Json;
using indexer::member;
using indexer::string_of;
using indexer::id_of;
using indexer::add_unique;

// Undoes the only escaping Twitter applies to tweet text: &amp; &lt; &gt;.
// Anything else that looks like an entity ("&eacute;") was typed by the user.
std::string unescape(std::string_view text);

std::string doc_id(std::string_view native_id);  // "twitter:" + id
// https://twitter.com/<user>/status/<id>, or .../i/web/status/<id> without a user.
std::string status_url(std::string_view username, std::string_view native_id);

// "Fri Oct 22 14:03:11 +0000 2021" (v1.1, archive) or any form parse_date
// accepts (v2 "2021-10-22T14:03:11.000Z", snscrape "...+00:00"), to UTC seconds.
Result<std::int64_t> parse_tweet_date(std::string_view text);

// Creation time (UTC seconds) encoded in a snowflake id (ids after Nov 2010).
std::optional<std::int64_t> snowflake_seconds(std::string_view native_id);

// "RT @user: text" -> "user"; "" when `text` does not start like that.
std::string retweeted_username(std::string_view text);

// Who wrote a tweet when the tweet itself does not say (the user archive:
// the owner in account.js).
struct TweetAuthor {
  std::string username;
  std::string id;
  std::string name;
};

struct V1Options {
  const TweetAuthor* default_author = nullptr;  // used when there is no "user" object
  // The archive writes retweets as a bare "RT @user: …" text with no
  // retweeted_status; treat that prefix as a retweet.
  bool rt_prefix_means_retweet = false;
};

// A mapped tweet and the native id of the version it was made from (the
// record's id names the first version when the tweet was edited).
struct MappedTweet {
  Record record;
  std::string version;
};

// API v1.1 (and archive) tweet -> Record. Fails when the tweet has no usable
// id or an unreadable created_at. Provenance is left to the reader.
Result<MappedTweet> map_v1(const Json& tweet, const V1Options& options = {});
// The whole tweets carried inside a v1.1 tweet (retweeted_status,
// quoted_status, and the quote inside a retweet), outermost first, each with
// the field it came from.
std::vector<std::pair<const Json*, const char*>> v1_embedded(const Json& tweet);

// The expansions of one v2 response page (or stream line): users and tweets by id.
class V2Includes {
 public:
  V2Includes() = default;
  explicit V2Includes(const Json* includes);
  const Json* user(const std::string& id) const;
  const Json* tweet(const std::string& id) const;
  const std::vector<const Json*>& tweets() const { return tweets_in_order_; }

 private:
  std::unordered_map<std::string, const Json*> users_;
  std::unordered_map<std::string, const Json*> tweets_;
  std::vector<const Json*> tweets_in_order_;
};

// API v2 tweet -> Record. Users and referenced tweets are taken from the
// tweet itself when it is twarc2-flattened (`author`, `referenced_tweets[i]`
// with their fields merged in), else from `includes`.
Result<MappedTweet> map_v2(const Json& tweet, const V2Includes& includes);
// The referenced tweets a flattened v2 tweet carries inline.
std::vector<const Json*> v2_inline_references(const Json& tweet);

// snscrape `Tweet` (docs/input-formats.md §4.4) -> Record: ids as exact integers,
// rawContent › content, `date` with its offset, retweetedTweet/quotedTweet.
Result<MappedTweet> map_snscrape(const Json& tweet);
// The nested Tweets of a snscrape Tweet (retweetedTweet, quotedTweet), with their field.
std::vector<std::pair<const Json*, const char*>> snscrape_embedded(const Json& tweet);

// Adds `key: value` to the record's meta object.
void add_meta(Record& record, const char* key, const Json& value);

}  // namespace lisan::indexer::tweets
