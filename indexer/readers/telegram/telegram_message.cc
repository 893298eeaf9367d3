#include "indexer/readers/telegram/telegram_message.h"

#include "indexer/readers/record_kind.h"
#include "indexer/readers/telegram/telegram_common.h"
#include "indexer/readers/text_util.h"
#include "lisan/core/json_text.h"
#include "lisan/date.h"

namespace lisan::indexer {

void add_meta(TelegramMessage& m, const char* key, std::string value) {
  if (!value.empty()) m.meta[key] = std::move(value);
}

Record message_record(TelegramMessage&& m, Provenance provenance) {
  Record r;
  r.id = telegram::message_id(m.chat_id, m.id);
  r.source = "telegram";
  r.channel = m.chat_title.empty() ? m.chat_username : m.chat_title;
  nlohmann::json meta = nlohmann::json::object();
  // Only a number is a channel id; a username or name stands in for one in the id only.
  if (all_digits(m.chat_id)) meta["channel_id"] = m.chat_id;
  if (!m.chat_username.empty()) meta["chat_username"] = m.chat_username;

  r.date = m.date;
  r.date_zone_assumed = m.date_zone_assumed;
  r.edited = m.edited;
  r.text = std::move(m.text);
  r.hashtags = std::move(m.hashtags);
  r.mentions = std::move(m.mentions);
  r.urls = std::move(m.urls);

  r.author = m.signature.empty() ? m.sender_name : m.signature;
  r.author_id = m.author_id;
  if (r.author_id.empty() && m.channel_post && all_digits(m.chat_id)) r.author_id = "channel" + m.chat_id;
  if (r.author.empty() && m.channel_post) r.author = m.chat_title;

  if (!m.reply_to_msg_id.empty()) {
    if (m.reply_to_peer.empty()) r.reply_to = telegram::message_id(m.chat_id, m.reply_to_msg_id);
    else {
      meta["reply_to_peer_id"] = m.reply_to_peer;
      meta["reply_to_message_id"] = m.reply_to_msg_id;
    }
  }
  if (!m.reply_to_top_id.empty()) r.thread = telegram::message_id(m.chat_id, m.reply_to_top_id);

  r.forwarded_from = m.forwarded_from;
  if (m.forwarded) {
    if (m.forwarded_date) meta["forwarded_date"] = format_iso_utc(*m.forwarded_date);
    if (!m.forwarded_post.empty()) meta["forwarded_post"] = m.forwarded_post;
  }

  KindFacts kind;
  kind.service = m.service;
  kind.forward = m.forwarded;
  kind.reply = !m.reply_to_msg_id.empty();
  r.kind = kind_name(kind);
  if (m.service) {
    r.text = r.text.empty() ? m.action : m.action + "\n" + r.text;
  } else {
    if (!m.url.empty()) r.url = m.url;
    else if (!m.chat_username.empty()) r.url = "https://t.me/" + m.chat_username + "/" + m.id;
    else if (m.channel_post && m.id.size() <= 18)  // fits a long long
      r.url = telegram::private_link("private_channel", m.chat_id, std::stoll(m.id));
  }
  for (auto& [key, value] : m.meta.items()) meta[key] = std::move(value);
  r.meta_json = json_text(meta);
  r.provenance = std::move(provenance);
  return r;
}

}  // namespace lisan::indexer
