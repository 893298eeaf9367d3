// TelethonMessage: one Telegram API message as the Telethon-based collectors
// hand it over (FORMATS.md 3.1), whatever their serialisation: 4CAT NDJSON,
// telegram-tracker JSON, 4CAT CSV, telegram-tracker CSV. Each reader fills it
// from its own fields; telethon_record() is the one Telethon -> Record mapping (id,
// kind, url, author fallbacks, reply and forward links, meta), so a message
// read from any of these files becomes the same document id and the same
// fields wherever the file holds them.
//
// Plain data and a pure function; thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "lisan/record.h"

namespace lisan::indexer {

struct TelethonMessage {
  std::string id;  // the message id (digits)
  // The bare numeric chat id (no -100) when the file gives one; otherwise the
  // chat's username, so the id is telegram:<username>:<id> (FORMATS.md 0.1).
  std::string chat_id;
  std::string chat_username;
  std::string chat_title;
  // Posted by the channel itself (the peer is a channel and there is no
  // from_id): author falls back to the channel, url to t.me/c/... .
  bool channel_post = false;

  bool service = false;  // MessageService
  std::string action;    // service: the action's type (and title), put before the text

  std::optional<std::int64_t> date;  // UTC seconds
  bool date_zone_assumed = false;
  std::optional<std::int64_t> edited;

  std::string text;  // plain, no markup
  std::vector<std::string> hashtags;  // without '#'
  std::vector<std::string> mentions;  // without '@'; user<id> for a mention by id
  std::vector<std::string> urls;

  std::string signature;    // post_author
  std::string sender_name;  // the sender's display name, used when there is no signature
  std::string author_id;    // user<id> / channel<id> / chat<id>; "" = unknown

  std::string reply_to_msg_id;  // digits; "" = not a reply
  std::string reply_to_peer;    // channel<id>... when the replied-to message is in another chat
  std::string reply_to_top_id;  // forum topic / thread root

  bool forwarded = false;
  std::string forwarded_from;  // a name, or a peer such as channel<id>
  std::optional<std::int64_t> forwarded_date;
  std::string forwarded_post;  // the original's message id, when known

  std::string url;  // a link the file gives (telegram-tracker msg_link); "" = built from the chat

  // Extra meta values kept as strings, in this order (views, forwards, ...).
  std::vector<std::pair<std::string, std::string>> meta;
};

// The Record for `m` (source "telegram", id telegram:<chat_id>:<id>), with
// `provenance` as given. `m.id` must be digits and `m.chat_id` non-empty.
Record telethon_record(TelethonMessage&& m, Provenance provenance);

}  // namespace lisan::indexer
