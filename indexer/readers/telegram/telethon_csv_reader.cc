#include "indexer/readers/telegram/telethon_csv_reader.h"

#include <cctype>
#include <optional>
#include <string_view>
#include <unordered_map>

#include <fmt/format.h>

#include "indexer/readers/csv_rows.h"
#include "indexer/readers/record_guard.h"
#include "indexer/readers/telegram/telegram_common.h"
#include "indexer/readers/text_util.h"
#include "indexer/readers/telegram/telegram_message.h"
#include "lisan/date.h"

namespace lisan::indexer {
namespace {

// An integer cell as pandas may write it ("3", or "3.0" in a float column).
std::string integer_cell(std::string_view cell) {
  if (cell.size() > 2 && cell.substr(cell.size() - 2) == ".0") cell.remove_suffix(2);
  return std::string(cell);
}

// Python's True / 1 / "yes" (4CAT writes True/False, telegram-tracker 1/0).
bool truthy(std::string_view cell) {
  const std::string v = lower_ascii(cell);
  return v == "true" || v == "1" || v == "1.0" || v == "yes";
}

// A date cell: epoch seconds or ISO 8601. `zone` is used for a naive time.
// Empty cells give nullopt; a cell that cannot be read sets `error`.
std::optional<std::int64_t> date_cell(const CsvRows& rows, const char* column, std::string_view zone,
                                      bool* assumed, std::string& error) {
  const std::string& text = rows.cell(column);
  if (text.empty()) return std::nullopt;
  const auto parsed = parse_date(text, zone);
  if (!parsed) {
    error = fmt::format("\"{}\": {}", column, parsed.error());
    return std::nullopt;
  }
  if (assumed) *assumed = parsed->zone_assumed;
  return parsed->utc_seconds;
}

// Telethon Markdown (4CAT's body_markdown): the targets of [text](target)
// links. Telethon writes a mention by id as [name](tg://user?id=N).
void markdown_links(std::string_view md, TelegramMessage& m) {
  static constexpr std::string_view kUserLink = "tg://user?id=";
  for (std::size_t at = md.find("]("); at != std::string_view::npos; at = md.find("](", at + 2)) {
    const std::size_t close = md.find(')', at + 2);
    if (close == std::string_view::npos) break;
    const std::string_view target = md.substr(at + 2, close - at - 2);
    if (target.empty() || target.find_first_of(" \t\r\n") != std::string_view::npos) continue;
    if (target.substr(0, kUserLink.size()) == kUserLink) {
      if (all_digits(target.substr(kUserLink.size())))
        telegram::add_unique(m.mentions, "user" + std::string(target.substr(kUserLink.size())));
    } else if (target.find("://") != std::string_view::npos || target.substr(0, 7) == "mailto:") {
      telegram::add_unique(m.urls, std::string(target));
    }
  }
}

// Hashtags, mentions and links in a text without entities.
void tags_and_links(TelegramMessage& m) {
  telegram::find_tags(m.text, '#', m.hashtags);
  telegram::find_tags(m.text, '@', m.mentions);
  telegram::find_urls(m.text, m.urls);
}

// A RecordSink that drops everything: the 4CAT first pass only looks at
// cells; the second pass reports the rows.
struct IgnoringSink : RecordSink {
  void accept(Record&&) override {}
  void reject(const Location&, const std::string&, std::string_view) override {}
  void skip(const Location&, const std::string&) override {}
};

// 4CAT first pass: chat username (lower case) -> numeric chat id, from the
// rows whose sender is the chat itself (see the header).
std::unordered_map<std::string, std::string> fourcat_chat_numbers(const std::string& path, const RecordSink& sink) {
  std::unordered_map<std::string, std::string> numbers;
  CsvRows rows(path);
  IgnoringSink ignore;
  while (!sink.stopping() && rows.next(ignore)) {
    const std::string& chat = rows.cell("chat");
    const std::string& author = rows.cell("author");
    if (!chat.empty() && all_digits(author) && lower_ascii(rows.cell("author_username")) == lower_ascii(chat))
      numbers.emplace(lower_ascii(chat), author);
  }
  return numbers;
}

}  // namespace

void FourCatTelegramCsvReader::read(const std::string& path, RecordSink& sink) {
  std::unordered_map<std::string, std::string> numbers;
  guarded_input(path, [&] { numbers = fourcat_chat_numbers(path, sink); });
  read_rows<CsvRows>(path, sink, [&](const CsvRows& rows) -> std::optional<Record> {
    const std::string& id = rows.cell("id");
    const std::size_t dash = id.rfind('-');
    TelegramMessage m;
    m.id = dash == std::string::npos ? std::string() : id.substr(dash + 1);
    if (!all_digits(m.id)) {
      sink.reject(rows.where(), fmt::format("\"id\" is not <chat>-<message id>: '{}'", id), rows.raw());
      return std::nullopt;
    }
    const std::string chat = rows.cell("chat").empty() ? id.substr(0, dash) : rows.cell("chat");
    if (chat.empty()) {
      sink.reject(rows.where(), "no chat: \"chat\" is empty and \"id\" names none", rows.raw());
      return std::nullopt;
    }
    if (const std::string bare = telegram::bare_chat_id(chat); all_digits(bare)) {
      m.chat_id = bare;  // 4CAT writes the chat's number when it has no username
    } else {
      m.chat_username = chat;
      const auto number = numbers.find(lower_ascii(chat));
      m.chat_id = number == numbers.end() ? chat : number->second;
    }

    std::string error;
    m.date = date_cell(rows, "unix_timestamp", {}, nullptr, error);
    if (!m.date && error.empty())
      m.date = date_cell(rows, "timestamp", options_.assumed_zone, &m.date_zone_assumed, error);
    if (!m.date && error.empty()) error = "no date: \"unix_timestamp\" and \"timestamp\" are empty";
    if (error.empty()) {
      bool edit_assumed = false;
      m.edited = date_cell(rows, "unix_timestamp_edited", {}, nullptr, error);
      if (!m.edited && error.empty())
        m.edited = date_cell(rows, "timestamp_edited", options_.assumed_zone, &edit_assumed, error);
    }
    if (!error.empty()) {
      sink.reject(rows.where(), error, rows.raw());
      return std::nullopt;
    }

    m.text = rows.cell("body");
    tags_and_links(m);
    markdown_links(rows.cell("body_markdown"), m);
    telegram::add_unique(m.urls, rows.cell("link_attached"));

    // `author` is the sender's number; the chat's own number when the chat
    // sent the message (a channel post).
    m.sender_name = rows.cell("author_name").empty() ? rows.cell("author_username") : rows.cell("author_name");
    if (const std::string& author = rows.cell("author"); all_digits(author)) {
      if (author == m.chat_id) m.channel_post = true;
      else m.author_id = "user" + author;  // a group post sent as another channel is not told apart here
    }

    // 4CAT's reply_to is a message id in the same chat (its map_item keeps
    // no reply_to_peer_id).
    if (truthy(rows.cell("is_reply")) && all_digits(integer_cell(rows.cell("reply_to"))))
      m.reply_to_msg_id = integer_cell(rows.cell("reply_to"));

    const std::string& fwd_name = rows.cell("author_forwarded_from_name");
    const std::string& fwd_username = rows.cell("author_forwarded_from_username");
    const std::string& fwd_id = rows.cell("author_forwarded_from_id");
    std::string ignored;
    bool fwd_assumed = false;
    m.forwarded_date = date_cell(rows, "unix_timestamp_forwarded_from", {}, nullptr, ignored);
    if (!m.forwarded_date)
      m.forwarded_date = date_cell(rows, "timestamp_forwarded_from", options_.assumed_zone, &fwd_assumed, ignored);
    m.forwarded = !fwd_name.empty() || !fwd_username.empty() || !fwd_id.empty() || m.forwarded_date.has_value();
    // The id alone does not say whether it is a channel or a user: kept bare.
    m.forwarded_from = !fwd_name.empty() ? fwd_name : !fwd_username.empty() ? fwd_username : fwd_id;
    add_meta(m, "forwarded_from_id", fwd_id);

    add_meta(m, "views", integer_cell(rows.cell("views")));
    const std::string position = "message " + m.id;
    return message_record(std::move(m), Provenance{path, rows.line(), rows.offset(), position, "4cat-telegram-csv"});
  });
}

void TelegramTrackerCsvReader::read(const std::string& path, RecordSink& sink) {
  read_rows<CsvRows>(path, sink, [&](const CsvRows& rows) -> std::optional<Record> {
    TelegramMessage m;
    m.id = integer_cell(rows.cell("msg_id"));
    if (!all_digits(m.id)) {
      sink.reject(rows.where(), fmt::format("\"msg_id\" is not a message id: '{}'", rows.cell("msg_id")), rows.raw());
      return std::nullopt;
    }
    m.chat_id = telegram::bare_chat_id(integer_cell(rows.cell("channel_id")));
    if (!all_digits(m.chat_id)) {
      sink.reject(rows.where(), fmt::format("\"channel_id\" is not a channel id: '{}'", rows.cell("channel_id")),
                  rows.raw());
      return std::nullopt;
    }
    m.chat_username = rows.cell("channel_name");

    // Telethon dates are UTC; the tool writes them with +00:00, or (older
    // versions) reformatted without the offset but still in UTC.
    std::string error;
    m.date = date_cell(rows, "date", "UTC", nullptr, error);
    if (!m.date && error.empty()) error = "no date: \"date\" is empty";
    if (!error.empty()) {
      sink.reject(rows.where(), error, rows.raw());
      return std::nullopt;
    }

    m.text = rows.cell("message");
    tags_and_links(m);
    telegram::add_unique(m.urls, rows.cell("url"));  // the web page preview's link

    static const std::unordered_map<std::string, std::string> kPeerPrefix = {
        {"PeerUser", "user"}, {"PeerChannel", "channel"}, {"PeerChat", "chat"}};
    const auto peer = [&](const char* type_column, const char* id_column) {
      const auto prefix = kPeerPrefix.find(rows.cell(type_column));
      const std::string number = integer_cell(rows.cell(id_column));
      return prefix == kPeerPrefix.end() || !all_digits(number) ? std::string() : prefix->second + number;
    };
    m.author_id = peer("msg_from_peer", "msg_from_id");
    // telegram-tracker collects channels; no from_id means the channel posted.
    m.channel_post = rows.cell("msg_from_id").empty();
    if (m.channel_post) m.sender_name = m.chat_username;

    if (truthy(rows.cell("is_reply")) && all_digits(integer_cell(rows.cell("reply_to_msg_id"))))
      m.reply_to_msg_id = integer_cell(rows.cell("reply_to_msg_id"));

    if (truthy(rows.cell("is_forward"))) {
      m.forwarded = true;
      const std::string& name = rows.cell("forward_msg_from_peer_name");
      m.forwarded_from = peer("forward_msg_from_peer_type", "forward_msg_from_peer_id");
      if (m.forwarded_from.empty()) m.forwarded_from = name;
      add_meta(m, "forwarded_from_name", name);
      std::string ignored;
      m.forwarded_date = date_cell(rows, "forward_msg_date", "UTC", nullptr, ignored);
      // https://t.me/<name>/<post>: the original's message id.
      const std::string& link = rows.cell("forward_msg_link");
      const std::size_t slash = link.rfind('/');
      if (slash != std::string::npos && all_digits(std::string_view(link).substr(slash + 1)))
        m.forwarded_post = link.substr(slash + 1);
      add_meta(m, "forwarded_link", link);
    }

    m.url = rows.cell("msg_link");
    add_meta(m, "views", integer_cell(rows.cell("views")));
    add_meta(m, "forwards", integer_cell(rows.cell("number_forwards")));
    const std::string position = "message " + m.id;
    return message_record(std::move(m), Provenance{path, rows.line(), rows.offset(), position, "telegram-tracker-csv"});
  });
}

}  // namespace lisan::indexer
