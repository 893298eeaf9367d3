#include "indexer/readers/twitter/tweet_mapping.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>

#include <fmt/format.h>

#include "indexer/readers/record_kind.h"
#include "indexer/readers/checked_date.h"
#include "lisan/core/json_text.h"
#include "lisan/date.h"

namespace lisan::indexer::tweets {

std::string unescape(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, char>, 3> kEntities = {
      {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}}};
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    bool replaced = false;
    if (text[i] == '&') {
      for (const auto& [entity, c] : kEntities) {
        if (text.compare(i, entity.size(), entity) == 0) {
          out.push_back(c);
          i += entity.size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out.push_back(text[i++]);
  }
  return out;
}

std::string doc_id(std::string_view native_id) { return "twitter:" + std::string(native_id); }

std::string status_url(std::string_view username, std::string_view native_id) {
  if (username.empty()) return fmt::format("https://twitter.com/i/web/status/{}", native_id);
  return fmt::format("https://twitter.com/{}/status/{}", username, native_id);
}

Result<std::int64_t> parse_tweet_date(std::string_view text) {
  // v1.1: "Fri Oct 22 14:03:11 +0000 2021". Rewritten as ISO 8601 so that
  // parse_date does the arithmetic and the range checks.
  static constexpr std::array<std::string_view, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  if (text.size() == 30 && text[3] == ' ' && text[7] == ' ' && text[10] == ' ' && text[19] == ' ' &&
      text[25] == ' ') {
    const auto month = std::find(kMonths.begin(), kMonths.end(), text.substr(4, 3));
    if (month != kMonths.end()) {
      const std::string iso = fmt::format("{}-{:02}-{}T{}{}", text.substr(26, 4), month - kMonths.begin() + 1,
                                          text.substr(8, 2), text.substr(11, 8), text.substr(20, 5));
      auto parsed = parse_date(iso);
      if (parsed) return parsed->utc_seconds;
    }
    return Result<std::int64_t>::failure(
        fmt::format("created_at '{}' is not a date like 'Fri Oct 22 14:03:11 +0000 2021'", text));
  }
  auto parsed = parse_date(text);
  if (!parsed) return Result<std::int64_t>::failure(parsed.error());
  return parsed->utc_seconds;
}

std::optional<std::int64_t> snowflake_seconds(std::string_view native_id) {
  // Twitter's epoch; ids carry milliseconds since it in their top 42 bits.
  constexpr std::uint64_t kTwitterEpochMs = 1288834974657ULL;
  constexpr std::uint64_t kFirstSnowflake = 1ULL << 32;  // older ids were sequential
  if (native_id.empty() || native_id.size() > 20) return std::nullopt;
  std::uint64_t id = 0;
  for (char c : native_id) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return std::nullopt;
    id = id * 10 + static_cast<std::uint64_t>(c - '0');
  }
  if (id < kFirstSnowflake) return std::nullopt;
  return static_cast<std::int64_t>(((id >> 22) + kTwitterEpochMs) / 1000);
}

std::string retweeted_username(std::string_view text) {
  if (text.substr(0, 4) != "RT @") return {};
  const std::size_t colon = text.find(':', 4);
  if (colon == std::string_view::npos || colon == 4) return {};
  const std::string_view name = text.substr(4, colon - 4);
  for (char c : name)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return {};
  return std::string(name);
}

namespace {

bool is_true(const Json* v) {
  return v && ((v->is_boolean() && v->get<bool>()) || (v->is_string() && v->get<std::string>() == "true"));
}

// A link Twitter adds to a cut-short text pointing at the tweet itself.
bool is_self_link(std::string_view url, std::string_view native_id) {
  return url.size() > native_id.size() && url.substr(url.size() - native_id.size()) == native_id &&
         url.find("/i/web/status/") != std::string_view::npos;
}

void set_lang(Record& r, Json& meta, const std::string& raw) {
  r.lang = normalize_lang(raw);
  if (!raw.empty() && r.lang != raw) meta["raw_lang"] = raw;
}

void set_meta(Record& r, const Json& meta) {
  if (!meta.empty()) r.meta_json = json_text(meta);
}

// Versions of an edited post share the id of the first one; `edited` is the
// time of the version at hand, `date` the time of the first (from its id).
void apply_edit_chain(MappedTweet& t, const std::string& first_id, Json& meta) {
  if (first_id.empty() || first_id == t.version) return;
  t.record.id = doc_id(first_id);
  t.record.edited = t.record.date;
  if (auto first = snowflake_seconds(first_id)) t.record.date = *first;
  meta["version_id"] = t.version;
}

Result<MappedTweet> fail(std::string why) { return Result<MappedTweet>::failure(std::move(why)); }

// ---- v1.1 ----

struct V1Text {
  std::string text;
  const Json* entities = nullptr;
  bool cut = false;
};

// id_str, else an exact integer id (the archive writes both as strings).
std::string v1_id(const Json& t) {
  std::string id = id_of(t, "id_str");
  return id.empty() ? id_of(t, "id") : id;
}

// extended_tweet.full_text › full_text › text, with the entities that index it.
V1Text v1_text(const Json& t) {
  if (const Json* ext = member(t, "extended_tweet")) {
    const std::string full = string_of(*ext, "full_text");
    if (!full.empty()) return {full, member(*ext, "entities"), false};
  }
  if (const Json* full = member(t, "full_text"); full && full->is_string())
    return {full->get<std::string>(), member(t, "entities"), false};
  return {string_of(t, "text"), member(t, "entities"), is_true(member(t, "truncated"))};
}

void add_v1_entities(Record& r, const Json* entities, std::string_view native_id) {
  if (!entities) return;
  if (const Json* tags = member(*entities, "hashtags"); tags && tags->is_array())
    for (const Json& h : *tags) add_unique(r.hashtags, string_of(h, "text"));
  if (const Json* mentions = member(*entities, "user_mentions"); mentions && mentions->is_array())
    for (const Json& m : *mentions) add_unique(r.mentions, string_of(m, "screen_name"));
  if (const Json* urls = member(*entities, "urls"); urls && urls->is_array())
    for (const Json& u : *urls) {
      std::string url = string_of(u, "expanded_url");
      if (!is_self_link(url, native_id)) add_unique(r.urls, std::move(url));
    }
}

std::string first_edit_id_v1(const Json& t) {
  // API v1.1 (late 2022): edit_history.initial_tweet_id; archive: edit_info.
  if (const Json* h = member(t, "edit_history")) return id_of(*h, "initial_tweet_id");
  if (const Json* info = member(t, "edit_info")) {
    if (const Json* edit = member(*info, "edit")) return id_of(*edit, "initialTweetId");
    if (const Json* initial = member(*info, "initial")) {
      const Json* ids = member(*initial, "editTweetIds");
      if (ids && ids->is_array() && !ids->empty()) return id_of(&ids->front());
    }
  }
  return {};
}

}  // namespace

Result<MappedTweet> map_v1(const Json& t, const V1Options& options) {
  KindFacts kind;
  MappedTweet out;
  Record& r = out.record;
  Json meta = Json::object();
  out.version = v1_id(t);
  if (out.version.empty()) return fail("tweet has no id_str (or an id that is not an exact integer)");
  r.id = doc_id(out.version);
  r.source = "twitter";

  if (const Json* created = member(t, "created_at"); created && created->is_string()) {
    auto date = parse_tweet_date(created->get<std::string>());
    if (!date) return fail(date.error());
    r.date = *date;
  } else if (const std::string ms = id_of(t, "timestamp_ms"); !ms.empty()) {
    auto date = checked_epoch(ms, EpochUnit::kMilliseconds, "timestamp_ms");
    if (!date) return fail(date.error());
    r.date = *date;
  }

  if (const Json* user = member(t, "user")) {
    r.author = string_of(*user, "screen_name");
    r.author_id = id_of(*user, "id_str");
    if (r.author_id.empty()) r.author_id = id_of(*user, "id");
    if (const std::string name = string_of(*user, "name"); !name.empty()) meta["author_name"] = name;
  } else if (options.default_author) {
    r.author = options.default_author->username;
    r.author_id = options.default_author->id;
    if (!options.default_author->name.empty()) meta["author_name"] = options.default_author->name;
  }
  r.url = status_url(r.author, out.version);
  set_lang(r, meta, string_of(t, "lang"));

  const V1Text own = v1_text(t);
  const Json* retweeted = member(t, "retweeted_status");
  if (retweeted && retweeted->is_object()) {
    const V1Text original = v1_text(*retweeted);
    const std::string original_id = v1_id(*retweeted);
    std::string original_author;
    if (const Json* user = member(*retweeted, "user")) original_author = string_of(*user, "screen_name");
    r.text = unescape(original_author.empty() ? original.text : "RT @" + original_author + ": " + original.text);
    add_unique(r.mentions, original_author);
    add_v1_entities(r, original.entities, original_id);
    kind.retweet = true;
    if (!original_id.empty()) r.parent = doc_id(original_id);
    r.forwarded_from = original_author;
    if (original.cut) meta["text_cut"] = true;
  } else {
    r.text = unescape(own.text);
    add_v1_entities(r, own.entities, out.version);
    if (own.cut) meta["text_cut"] = true;
    std::string quoted = id_of(t, "quoted_status_id_str");
    if (const Json* q = member(t, "quoted_status"); quoted.empty() && q) quoted = v1_id(*q);
    const std::string rt_user = options.rt_prefix_means_retweet ? retweeted_username(own.text) : std::string();
    if (!rt_user.empty()) {
      // Archive retweet: only the cut-short "RT @user: …" text survives.
      kind.retweet = true;
      r.forwarded_from = rt_user;
      if (r.text.size() >= 3 && r.text.compare(r.text.size() - 3, 3, "\xE2\x80\xA6") == 0) meta["text_cut"] = true;
    } else if (!quoted.empty()) {
      kind.quote = true;
      r.parent = doc_id(quoted);
    }
  }
  if (const std::string reply = id_of(t, "in_reply_to_status_id_str"); !reply.empty()) {
    r.reply_to = doc_id(reply);
    kind.reply = true;
  }
  r.kind = kind_name(kind);
  apply_edit_chain(out, first_edit_id_v1(t), meta);
  set_meta(r, meta);
  return out;
}

std::vector<std::pair<const Json*, const char*>> v1_embedded(const Json& t) {
  std::vector<std::pair<const Json*, const char*>> out;
  if (const Json* rt = member(t, "retweeted_status"); rt && rt->is_object()) {
    out.emplace_back(rt, "retweeted_status");
    if (const Json* q = member(*rt, "quoted_status"); q && q->is_object())
      out.emplace_back(q, "retweeted_status.quoted_status");
  }
  if (const Json* q = member(t, "quoted_status"); q && q->is_object()) out.emplace_back(q, "quoted_status");
  return out;
}

// ---- v2 ----

V2Includes::V2Includes(const Json* includes) {
  if (!includes) return;
  if (const Json* users = member(*includes, "users"); users && users->is_array())
    for (const Json& u : *users) users_.emplace(id_of(u, "id"), &u);
  if (const Json* tweets = member(*includes, "tweets"); tweets && tweets->is_array())
    for (const Json& t : *tweets) {
      tweets_.emplace(id_of(t, "id"), &t);
      tweets_in_order_.push_back(&t);
    }
}

const Json* V2Includes::user(const std::string& id) const {
  const auto it = users_.find(id);
  return it == users_.end() ? nullptr : it->second;
}

const Json* V2Includes::tweet(const std::string& id) const {
  const auto it = tweets_.find(id);
  return it == tweets_.end() ? nullptr : it->second;
}

namespace {

const Json* v2_author(const Json& t, const V2Includes& includes) {
  if (const Json* a = member(t, "author"); a && a->is_object()) return a;  // flattened
  return includes.user(id_of(t, "author_id"));
}

// The referenced tweet of `type`: its id, and the tweet itself when the file has it.
std::pair<std::string, const Json*> v2_reference(const Json& t, const char* type, const V2Includes& includes) {
  const Json* refs = member(t, "referenced_tweets");
  if (!refs || !refs->is_array()) return {};
  for (const Json& ref : *refs) {
    if (string_of(ref, "type") != type) continue;
    const std::string id = id_of(ref, "id");
    if (member(ref, "text")) return {id, &ref};  // flattened: the tweet is merged in
    return {id, includes.tweet(id)};
  }
  return {};
}

struct V2Text {
  std::string text;
  const Json* entities = nullptr;
};

V2Text v2_text(const Json& t) {
  if (const Json* note = member(t, "note_tweet")) {
    const std::string text = string_of(*note, "text");
    if (!text.empty()) return {text, member(*note, "entities")};
  }
  return {string_of(t, "text"), member(t, "entities")};
}

void add_v2_entities(Record& r, const Json* entities, std::string_view native_id) {
  if (!entities) return;
  if (const Json* tags = member(*entities, "hashtags"); tags && tags->is_array())
    for (const Json& h : *tags) add_unique(r.hashtags, string_of(h, "tag"));
  if (const Json* mentions = member(*entities, "mentions"); mentions && mentions->is_array())
    for (const Json& m : *mentions) add_unique(r.mentions, string_of(m, "username"));
  if (const Json* urls = member(*entities, "urls"); urls && urls->is_array())
    for (const Json& u : *urls) {
      if (member(u, "media_key")) continue;  // a pic.twitter.com link to the tweet's own media
      std::string url = string_of(u, "expanded_url");
      if (!is_self_link(url, native_id)) add_unique(r.urls, std::move(url));
    }
}

}  // namespace

Result<MappedTweet> map_v2(const Json& t, const V2Includes& includes) {
  KindFacts kind;
  MappedTweet out;
  Record& r = out.record;
  Json meta = Json::object();
  out.version = id_of(t, "id");
  if (out.version.empty()) return fail("tweet has no id");
  r.id = doc_id(out.version);
  r.source = "twitter";
  if (const std::string created = string_of(t, "created_at"); !created.empty()) {
    auto date = parse_tweet_date(created);
    if (!date) return fail(date.error());
    r.date = *date;
  }
  r.author_id = id_of(t, "author_id");
  if (const Json* author = v2_author(t, includes)) {
    r.author = string_of(*author, "username");
    if (r.author_id.empty()) r.author_id = id_of(*author, "id");
    if (const std::string name = string_of(*author, "name"); !name.empty()) meta["author_name"] = name;
  }
  r.url = status_url(r.author, out.version);
  set_lang(r, meta, string_of(t, "lang"));
  if (const std::string conversation = id_of(t, "conversation_id"); !conversation.empty())
    r.thread = doc_id(conversation);

  const V2Text own = v2_text(t);
  const auto [retweeted_id, retweeted] = v2_reference(t, "retweeted", includes);
  const auto [quoted_id, quoted] = v2_reference(t, "quoted", includes);
  const auto [replied_id, replied] = v2_reference(t, "replied_to", includes);
  (void)quoted;
  (void)replied;
  if (!retweeted_id.empty()) {
    kind.retweet = true;
    r.parent = doc_id(retweeted_id);
    std::string original_author = retweeted_username(own.text);
    if (retweeted) {
      if (const Json* a = v2_author(*retweeted, includes)) original_author = string_of(*a, "username");
      const V2Text original = v2_text(*retweeted);
      r.text = unescape(original_author.empty() ? original.text : "RT @" + original_author + ": " + original.text);
      add_unique(r.mentions, original_author);
      add_v2_entities(r, original.entities, retweeted_id);
    } else {
      // The original is neither in includes nor inline (deleted or
      // protected): keep the cut-short "RT @user: …" text and say so.
      r.text = unescape(own.text);
      add_v2_entities(r, own.entities, out.version);
      meta["text_cut"] = true;
    }
    r.forwarded_from = original_author;
  } else {
    r.text = unescape(own.text);
    add_v2_entities(r, own.entities, out.version);
    if (!quoted_id.empty()) {
      kind.quote = true;
      r.parent = doc_id(quoted_id);
    }
  }
  if (!replied_id.empty()) {
    r.reply_to = doc_id(replied_id);
    kind.reply = true;
  }
  r.kind = kind_name(kind);
  if (const Json* history = member(t, "edit_history_tweet_ids"); history && history->is_array() && !history->empty())
    apply_edit_chain(out, id_of(&history->front()), meta);
  set_meta(r, meta);
  return out;
}

std::vector<const Json*> v2_inline_references(const Json& t) {
  std::vector<const Json*> out;
  if (const Json* refs = member(t, "referenced_tweets"); refs && refs->is_array())
    for (const Json& ref : *refs)
      if (member(ref, "text")) out.push_back(&ref);
  return out;
}

// ---- snscrape ----

Result<MappedTweet> map_snscrape(const Json& t) {
  KindFacts kind;
  MappedTweet out;
  Record& r = out.record;
  Json meta = Json::object();
  out.version = id_of(t, "id");
  if (out.version.empty()) return fail("tweet has no \"id\" that is an exact integer");
  r.id = doc_id(out.version);
  r.source = "twitter";
  if (const std::string date = string_of(t, "date"); !date.empty()) {
    auto parsed = parse_tweet_date(date);
    if (!parsed) return fail(parsed.error());
    r.date = *parsed;
  }
  if (const Json* user = member(t, "user")) {
    r.author = string_of(*user, "username");
    r.author_id = id_of(*user, "id");
    if (const std::string name = string_of(*user, "displayname"); !name.empty()) meta["author_name"] = name;
  }
  r.url = string_of(t, "url");
  if (r.url.empty()) r.url = status_url(r.author, out.version);
  set_lang(r, meta, string_of(t, "lang"));
  if (const std::string conversation = id_of(t, "conversationId"); !conversation.empty())
    r.thread = doc_id(conversation);

  // rawContent (2022+) or content (older); both still HTML-escaped.
  const auto content = [](const Json& tweet) {
    std::string text = string_of(tweet, "rawContent");
    return text.empty() ? string_of(tweet, "content") : text;
  };
  const auto add_entities = [&r](const Json& tweet) {
    if (const Json* tags = member(tweet, "hashtags"); tags && tags->is_array())
      for (const Json& tag : *tags)
        if (tag.is_string()) add_unique(r.hashtags, tag.get<std::string>());
    if (const Json* users = member(tweet, "mentionedUsers"); users && users->is_array())
      for (const Json& u : *users) add_unique(r.mentions, string_of(u, "username"));
    if (const Json* links = member(tweet, "links"); links && links->is_array()) {
      for (const Json& link : *links) add_unique(r.urls, string_of(link, "url"));
    } else if (const Json* outlinks = member(tweet, "outlinks"); outlinks && outlinks->is_array()) {
      for (const Json& link : *outlinks)
        if (link.is_string()) add_unique(r.urls, link.get<std::string>());
    }
  };

  const Json* retweeted = member(t, "retweetedTweet");
  const Json* quoted = member(t, "quotedTweet");
  if (retweeted && retweeted->is_object()) {
    std::string original_author;
    if (const Json* user = member(*retweeted, "user")) original_author = string_of(*user, "username");
    const std::string original = content(*retweeted);
    r.text = unescape(original_author.empty() ? original : "RT @" + original_author + ": " + original);
    add_unique(r.mentions, original_author);
    add_entities(*retweeted);
    kind.retweet = true;
    r.parent = doc_id(id_of(*retweeted, "id"));
    r.forwarded_from = original_author;
  } else {
    r.text = unescape(content(t));
    add_entities(t);
    if (quoted && quoted->is_object() && !id_of(*quoted, "id").empty()) {
      kind.quote = true;
      r.parent = doc_id(id_of(*quoted, "id"));
    }
  }
  if (const std::string reply = id_of(t, "inReplyToTweetId"); !reply.empty()) {
    r.reply_to = doc_id(reply);
    kind.reply = true;
  }
  r.kind = kind_name(kind);
  set_meta(r, meta);
  return out;
}

std::vector<std::pair<const Json*, const char*>> snscrape_embedded(const Json& t) {
  std::vector<std::pair<const Json*, const char*>> out;
  for (const char* field : {"retweetedTweet", "quotedTweet"})
    if (const Json* inner = member(t, field); inner && inner->is_object()) out.emplace_back(inner, field);
  return out;
}

void add_meta(Record& record, const char* key, const Json& value) {
  Json meta = record.meta_json.empty() ? Json::object() : Json::parse(record.meta_json);
  meta[key] = value;
  record.meta_json = json_text(meta);
}

}  // namespace lisan::indexer::tweets
