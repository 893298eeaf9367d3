// TelegramMessage: one Telegram message, whatever file it was read from: the
// Desktop JSON export (docs/input-formats.md §1.3) or a Telethon-based collector
// (3.1: 4CAT NDJSON, telegram-tracker JSON, 4CAT CSV, telegram-tracker CSV,
// snscrape). Each reader fills it from its own fields; message_record() is
// the one Telegram message -> Record mapping (id, channel, kind, url, author
// fallbacks, reply and forward links, meta), so that a message read from any
// of these files becomes the same document id and the same fields wherever
// the file holds them.
//
// The channel rule (docs/input-formats.md 0.1): `channel` is the chat's
// title as Telegram shows it when the file holds one (Desktop JSON and
// HTML, 4CAT NDJSON `_chat.title`, telegram-tracker `chats[].title`), else
// its @username (the CSV exports and snscrape hold only that), else empty.
// The username goes to meta `chat_username` and into the t.me link, the bare
// chat number to meta `channel_id`; so `channel:` finds a channel by the
// same name whichever tool exported it.
//
// Plain data and a pure function; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lisan/record.h"

namespace lisan::indexer {

struct TelegramMessage {
  std::string id;  // the message id (digits)
  // The bare numeric chat id (no -100) when the file gives one; otherwise the
  // chat's username (or, with neither, its name), so the id is
  // telegram:<chat>:<id> (docs/input-formats.md §0.1).
  std::string chat_id;
  std::string chat_username;
  std::string chat_title;
  // Posted by the channel itself (the peer is a channel and there is no
  // from_id): author falls back to the channel, url to t.me/c/... .
  bool channel_post = false;

  bool service = false;  // a service message (MessageService, Desktop "type": "service")
  std::string action;    // service: the action, with what it acted on, put before the text

  std::optional<std::int64_t> date;  // UTC seconds
  bool date_zone_assumed = false;
  std::optional<std::int64_t> edited;

  std::string text;  // plain, no markup
  std::vector<std::string> hashtags;  // without '#'
  std::vector<std::string> mentions;  // without '@'; user<id> for a mention by id
  std::vector<std::string> urls;

  std::string signature;    // post_author / Desktop "author"
  std::string sender_name;  // the sender's display name, used when there is no signature
  std::string author_id;    // user<id> / channel<id> / chat<id>; "" = unknown

  std::string reply_to_msg_id;  // digits; "" = not a reply
  std::string reply_to_peer;    // channel<id>... when the replied-to message is in another chat
  std::string reply_to_top_id;  // forum topic / thread root

  bool forwarded = false;
  // A name, or a peer such as channel<id>; also set without `forwarded` for
  // a message saved from another chat (Desktop "saved_from").
  std::string forwarded_from;
  std::optional<std::int64_t> forwarded_date;
  std::string forwarded_post;  // the original's message id, when known

  std::string url;  // a link the file gives or the reader builds; "" = built from the username

  // Reader-specific meta (views, chat_type, via_bot ...), merged into the
  // record's meta; add_meta() leaves out empty strings.
  nlohmann::json meta = nlohmann::json::object();
};

void add_meta(TelegramMessage& m, const char* key, std::string value);

// The Record for `m` (source "telegram", id telegram:<chat_id>:<id>), with
// `provenance` as given. `m.id` must be digits and `m.chat_id` non-empty.
Record message_record(TelegramMessage&& m, Provenance provenance);

}  // namespace lisan::indexer
