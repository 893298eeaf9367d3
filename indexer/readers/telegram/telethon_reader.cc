#include "indexer/readers/telegram/telethon_reader.h"

#include <cmath>
#include <optional>
#include <unordered_map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "indexer/readers/json_access.h"
#include "indexer/readers/record_kind.h"
#include "indexer/readers/decode.h"
#include "indexer/readers/json_lines.h"
#include "indexer/readers/record_guard.h"
#include "indexer/readers/telegram/telegram_common.h"
#include "indexer/readers/telegram/telegram_message.h"
#include "lisan/core/json_text.h"
#include "lisan/core/error.h"
#include "lisan/date.h"

namespace lisan::indexer {
namespace {

using nlohmann::json;

// {"channel_id": 1712345678, …} -> "channel1712345678" (the Desktop export's form).
std::string peer_string(const json& peer) {
  for (const auto& [key, prefix] : {std::pair{"channel_id", "channel"}, {"user_id", "user"}, {"chat_id", "chat"}}) {
    const std::string id = integer_text_of(peer, key);
    if (!id.empty()) return prefix + id;
  }
  return {};
}

std::string peer_number(const json& peer) {
  for (const char* key : {"channel_id", "chat_id", "user_id"}) {
    const std::string id = integer_text_of(peer, key);
    if (!id.empty()) return id;
  }
  return {};
}

// Float epoch seconds (4CAT) or "2021-10-22 14:03:11+00:00" (telegram-tracker).
bool read_date(const json& value, const ReaderOptions& options, std::optional<std::int64_t>& out, bool& assumed,
               std::string& error) {
  if (value.is_null()) return true;
  if (value.is_number()) {
    // Float seconds (4CAT); anything past 1e17 cannot be a date and would not
    // fit the conversion. Dates outside 0001..9999 are rejected by the guard.
    const double seconds = value.get<double>();
    if (!(std::fabs(seconds) < 1e17)) {
      error = fmt::format("date {} is out of range", json_text(value));
      return false;
    }
    out = date_from_epoch(static_cast<std::int64_t>(std::llround(seconds))).utc_seconds;
    return true;
  }
  if (value.is_string()) {
    const auto parsed = parse_date(value.get<std::string>(), options.assumed_zone);
    if (!parsed) {
      error = fmt::format("date '{}': {}", value.get<std::string>(), parsed.error());
      return false;
    }
    out = parsed->utc_seconds;
    assumed = parsed->zone_assumed;
    return true;
  }
  error = "date is neither a number nor a string";
  return false;
}

struct ChatInfo {
  std::string id;  // bare
  std::string username;
  std::string title;
};

ChatInfo chat_from(const json& chat) {
  ChatInfo info;
  info.id = telegram::bare_chat_id(integer_text_of(chat, "id"));
  info.username = string_of(chat, "username");
  info.title = string_of(chat, "title");
  return info;
}

std::string person_name(const json& who) {
  const std::string title = string_of(who, "title");
  if (!title.empty()) return title;
  std::string name = string_of(who, "first_name");
  const std::string last = string_of(who, "last_name");
  if (!last.empty()) name += (name.empty() ? "" : " ") + last;
  return name.empty() ? string_of(who, "username") : name;
}

// One Telethon Message / MessageService (docs/input-formats.md §3.1-3.3), read into a
// TelegramMessage and mapped by message_record(). `type_key` is "_type"
// (4CAT) or "_" (telegram-tracker); `sender` is the sender object when the
// file has one.
void emit(const json& m, const char* type_key, const ChatInfo& known_chat, const json& sender,
          const ReaderOptions& options, Provenance provenance, RecordSink& sink, std::string_view raw) {
  const std::string type = string_of(m, type_key);
  const std::string id = integer_text_of(m, "id");
  Location where{provenance.file, provenance.line, id.empty() ? provenance.position : "message " + id};
  if (!m.is_object() || id.empty()) {
    sink.reject(where, "not a Telethon message (no integer \"id\")", raw);
    return;
  }
  if (type == "MessageEmpty") {
    sink.skip(where, "empty message (deleted, Telethon MessageEmpty)");
    return;
  }
  const bool service = type == "MessageService";
  if (service && options.skip_service) {
    sink.skip(where, "service message left out by --skip-service");
    return;
  }
  if (!service && type != "Message") {
    sink.reject(where, fmt::format("unknown Telethon object type '{}'", type), raw);
    return;
  }
  ChatInfo chat = known_chat;
  const std::string peer = peer_number(member_or_null(m, "peer_id"));
  if (!peer.empty()) chat.id = peer;
  if (chat.id.empty()) {
    sink.reject(where, "message without peer_id or chat id", raw);
    return;
  }

  TelegramMessage msg;
  msg.id = id;
  msg.chat_id = chat.id;
  msg.chat_username = chat.username;
  msg.chat_title = chat.title;
  msg.service = service;

  std::string error;
  bool edit_assumed = false;
  if (!read_date(member_or_null(m, "date"), options, msg.date, msg.date_zone_assumed, error) ||
      !read_date(member_or_null(m, "edit_date"), options, msg.edited, edit_assumed, error)) {
    sink.reject(where, error, raw);
    return;
  }

  msg.text = string_of(m, "message");
  const json& entities = member_or_null(m, "entities");
  if (entities.is_array()) {
    for (const json& e : entities) {
      const std::string etype = string_of(e, type_key);
      const json& off = member_or_null(e, "offset");
      const json& len = member_or_null(e, "length");
      if (!off.is_number_integer() || !len.is_number_integer()) continue;
      const std::string_view slice = telegram::utf16_slice(msg.text, off.get<std::size_t>(), len.get<std::size_t>());
      if (etype == "MessageEntityHashtag") telegram::add_unique(msg.hashtags, telegram::strip_lead(slice, '#'));
      else if (etype == "MessageEntityMention") telegram::add_unique(msg.mentions, telegram::strip_lead(slice, '@'));
      else if (etype == "MessageEntityMentionName" || etype == "InputMessageEntityMentionName") {
        const std::string user = integer_text_of(e, "user_id");
        if (!user.empty()) telegram::add_unique(msg.mentions, "user" + user);
      } else if (etype == "MessageEntityUrl") telegram::add_unique(msg.urls, telegram::with_scheme(slice));
      else if (etype == "MessageEntityTextUrl") telegram::add_unique(msg.urls, string_of(e, "url"));
    }
  }
  const json& webpage = member_or_null(member_or_null(m, "media"), "webpage");
  if (!string_of(webpage, "url").empty()) telegram::add_unique(msg.urls, string_of(webpage, "url"));

  msg.signature = string_of(m, "post_author");
  msg.sender_name = person_name(sender);
  msg.author_id = peer_string(member_or_null(m, "from_id"));
  msg.channel_post =
      member_or_null(member_or_null(m, "peer_id"), "channel_id").is_number() && member_or_null(m, "from_id").is_null();

  const json& reply = member_or_null(m, "reply_to");
  msg.reply_to_msg_id = integer_text_of(reply, "reply_to_msg_id");
  msg.reply_to_peer = peer_string(member_or_null(reply, "reply_to_peer_id"));
  msg.reply_to_top_id = integer_text_of(reply, "reply_to_top_id");

  const json& fwd = member_or_null(m, "fwd_from");
  if (fwd.is_object()) {
    msg.forwarded = true;
    msg.forwarded_from = string_of(fwd, "from_name");
    if (msg.forwarded_from.empty()) msg.forwarded_from = peer_string(member_or_null(fwd, "from_id"));
    bool ignored = false;
    if (!read_date(member_or_null(fwd, "date"), options, msg.forwarded_date, ignored, error))
      msg.forwarded_date.reset();
    msg.forwarded_post = integer_text_of(fwd, "channel_post");
  }

  if (service) {
    const json& action = member_or_null(m, "action");
    msg.action = string_of(action, type_key);
    const std::string title = string_of(action, "title");
    if (!title.empty()) msg.action += ": " + title;
  }
  for (const char* key : {"views", "forwards", "grouped_id"}) add_meta(msg, key, integer_text_of(m, key));
  provenance.position = where.detail;
  sink.accept(message_record(std::move(msg), std::move(provenance)));
}

// One snscrape-telegram line (docs/input-formats.md §3).
void snscrape_post(const json& value, const JsonLines& lines, const ReaderOptions& options, RecordSink& sink) {
  const std::string& path = lines.where().file;
  const Location where = lines.where();
  const std::string url = string_of(value, "url");
  // https://t.me/<channel>/<id>: the only id the format has.
  const std::size_t slash = url.rfind('/');
  const std::size_t host = url.find("t.me/");
  if (slash == std::string::npos || host == std::string::npos || slash <= host + 5) {
    sink.reject(where, "no t.me/<channel>/<id> url: the post has no id", lines.text());
    return;
  }
  const std::string channel = url.substr(host + 5, slash - host - 5);
  const std::string id = url.substr(slash + 1);
  Record r;
  r.id = telegram::message_id(channel, id);
  r.source = "telegram";
  r.channel = channel;
  r.url = url;
  r.kind = kind_name(KindFacts{});  // snscrape gives no replies or forwards (docs/input-formats.md §3.4)
  r.text = string_of(value, "content");
  std::string error;
  bool assumed = false;
  if (!read_date(member_or_null(value, "date"), options, r.date, assumed, error)) {
    sink.reject(where, error, lines.text());
    return;
  }
  r.date_zone_assumed = assumed;
  for (const json& link : member_or_null(value, "outlinks"))
    if (link.is_string()) telegram::add_unique(r.urls, link.get<std::string>());
  const std::string preview = string_of(member_or_null(value, "linkPreview"), "href");
  if (!preview.empty()) telegram::add_unique(r.urls, preview);
  telegram::find_tags(r.text, '#', r.hashtags);
  telegram::find_tags(r.text, '@', r.mentions);
  r.provenance = Provenance{path, lines.line(), lines.offset(), "message " + id, "snscrape-telegram"};
  sink.accept(std::move(r));
}

}  // namespace

void FourCatTelegramReader::read(const std::string& path, RecordSink& sink) {
  GuardedSink guarded(sink);
  JsonLines lines(path);
  json value;
  while (lines.next(value, sink)) {
    guarded.record(lines.where(), lines.text(), [&] {
      const ChatInfo chat = chat_from(member_or_null(value, "_chat"));
      emit(value, "_type", chat, member_or_null(value, "_sender"), options_,
           Provenance{path, lines.line(), lines.offset(), {}, "4cat-telegram"}, guarded, lines.text());
    });
  }
  lines.check_end();
}

void TelegramTrackerReader::read(const std::string& path, RecordSink& sink) {
  std::string text = read_input_bytes(path);
  auto parsed = parse_json(text);
  if (!parsed) {
    // One document: a break anywhere loses the file. Say where.
    throw Error::format("{}: {} (telegram-tracker writes one JSON document; nothing was read)", path,
                        parsed.error());
  }
  json doc = std::move(parsed).value();
  text.clear();
  text.shrink_to_fit();
  GuardedSink guarded(sink);
  std::unordered_map<std::string, ChatInfo> chats;
  for (const json& c : member_or_null(doc, "chats")) {
    ChatInfo info = chat_from(c);
    chats[info.id] = info;
  }
  std::unordered_map<std::string, json> users;
  for (const json& u : member_or_null(doc, "users")) users[integer_text_of(u, "id")] = u;
  std::size_t n = 0;
  for (const json& m : member_or_null(doc, "messages")) {
    if (sink.stopping()) break;
    ++n;
    const std::string chat_id = peer_number(member_or_null(m, "peer_id"));
    const auto chat = chats.find(chat_id);
    const auto sender = users.find(integer_text_of(member_or_null(m, "from_id"), "user_id"));
    const Provenance provenance{path, 1, 0, fmt::format("element {} of messages", n), "telegram-tracker"};
    const std::string raw = json_text(m);
    guarded.record(Location{path, 1, provenance.position}, raw, [&] {
      emit(m, "_", chat == chats.end() ? ChatInfo{} : chat->second, sender == users.end() ? json() : sender->second,
           options_, provenance, guarded, raw);
    });
  }
}

void SnscrapeTelegramReader::read(const std::string& path, RecordSink& sink) {
  GuardedSink guarded(sink);
  JsonLines lines(path);
  json value;
  while (lines.next(value, sink))
    guarded.record(lines.where(), lines.text(), [&] { snscrape_post(value, lines, options_, guarded); });
  lines.check_end();
}

}  // namespace lisan::indexer
