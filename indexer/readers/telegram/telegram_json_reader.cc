#include "indexer/readers/telegram/telegram_json_reader.h"

#include <array>
#include <charconv>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "indexer/readers/checked_date.h"
#include "indexer/readers/json_access.h"
#include "indexer/readers/json_parse.h"
#include "indexer/readers/record_guard.h"
#include "indexer/readers/telegram/desktop_ids.h"
#include "indexer/readers/telegram/json_stream.h"
#include "indexer/readers/telegram/rich_text.h"
#include "indexer/readers/telegram/telegram_common.h"
#include "indexer/readers/telegram/telegram_message.h"
#include "lisan/core/error.h"
#include "lisan/core/json_text.h"
#include "lisan/core/utf8.h"
#include "lisan/date.h"

namespace lisan::indexer {
namespace {

using nlohmann::json;
using telegram::ByteStream;
using telegram::Scan;
using telegram::Scanner;

// Messages kept back while the layout (old packed ids or not) is unknown.
constexpr std::size_t kMaxPendingMessages = 1000;
constexpr std::size_t kRawInReject = 4096;

// Thrown inside the reader when the outer structure is broken; turned into
// lisan::Error (with what was read before) at the top.
struct StructureBroken {
  std::string reason;
};

struct Chat {
  std::string name;
  bool has_name = false;
  std::string type;
  std::string raw_id;  // the number token as written
  bool in_list = false;
  std::unordered_set<long long> topics;             // ids of topic_created messages
  std::unordered_map<long long, long long> thread;  // message -> topic, only in forums
  struct Pending {
    json message;
    std::uint64_t line, offset;
    std::size_t repaired;
    bool utf8_repaired;
  };
  std::vector<Pending> pending;
};

// One read of one file.
class Parse {
 public:
  Parse(const std::string& path, std::FILE* file, const ReaderOptions& options, RecordSink& sink)
      : path_(path), in_(file), scan_(in_), options_(options), sink_(sink) {}

  void run() {
    if (in_.peek() == 0xEF) {
      in_.get();
      if (in_.get() != 0xBB || in_.get() != 0xBF) broken("the file starts with a damaged byte order mark");
    }
    const int c = scan_.next();
    if (c == EOF) throw Error::format("{}: empty file, not a Telegram Desktop export", path_);
    if (c != '{') throw Error::format("{}: not a Telegram Desktop JSON export (it does not start with an object)", path_);
    Chat root;
    read_chat(root, /*is_root=*/true);
    if (scan_.peek_next() != EOF) broken("text after the end of the export");
    if (in_.failed()) throw Error::format("{}: read error at byte {}", path_, in_.offset());
  }

  std::uint64_t messages() const { return messages_; }
  std::uint64_t offset() const { return in_.offset(); }
  bool stopped() const { return stopped_; }

 private:
  [[noreturn]] void broken(const std::string& reason) {
    throw StructureBroken{fmt::format("{} at byte {} (line {})", reason, in_.offset(), in_.line())};
  }

  void expect(char wanted, const char* what) {
    const int c = scan_.next();
    if (c == EOF) throw StructureBroken{fmt::format("the file ends at byte {} inside {}", in_.offset(), what)};
    if (c != wanted) broken(fmt::format("expected '{}' in {}", wanted, what));
  }

  std::string key(const char* what) {
    std::string raw;
    const Scan s = scan_.value(&raw);
    if (s == Scan::kEof) throw StructureBroken{fmt::format("the file ends at byte {} inside {}", in_.offset(), what)};
    if (s != Scan::kOk || raw.empty() || raw.front() != '"') broken(fmt::format("expected a key in {}", what));
    if (raw.find('\\') == std::string::npos) return raw.substr(1, raw.size() - 2);
    const json k = json::parse(raw, nullptr, false);
    return k.is_string() ? k.get<std::string>() : std::string();
  }

  json small_value(const char* what) {
    std::string raw;
    const Scan s = scan_.value(&raw);
    if (s == Scan::kEof) throw StructureBroken{fmt::format("the file ends at byte {} inside {}", in_.offset(), what)};
    if (s != Scan::kOk) broken(fmt::format("expected a value in {}", what));
    json v = json::parse(raw, nullptr, false);
    if (v.is_discarded()) broken(fmt::format("invalid value in {}", what));
    if (v.is_number()) return json(raw);  // ids as written: exact, whatever their size
    return v;
  }

  void skip_value(const char* what) {
    const Scan s = scan_.value(nullptr);
    if (s == Scan::kEof) throw StructureBroken{fmt::format("the file ends at byte {} inside {}", in_.offset(), what)};
    if (s != Scan::kOk) broken(fmt::format("expected a value in {}", what));
    scan_.take_repaired();
  }

  // After the '{' of a chat (or of the root): its keys, then the closing '}'.
  // Messages held back for the layout decision are handed on even when the
  // file breaks off, so that none is lost without a word.
  void read_chat(Chat& chat, bool is_root) {
    try {
      read_chat_members(chat, is_root);
    } catch (const StructureBroken&) {
      flush_pending(chat);
      throw;
    }
    flush_pending(chat);
  }

  void read_chat_members(Chat& chat, bool is_root) {
    const char* what = is_root ? "the root object" : "a chat";
    if (scan_.peek_next() == '}') {
      scan_.next();
      return;
    }
    for (;;) {
      const std::string k = key(what);
      expect(':', what);
      if (k == "name") {
        const json v = small_value(what);
        chat.has_name = true;
        chat.name = v.is_string() ? v.get<std::string>() : std::string();
      } else if (k == "type") {
        const json v = small_value(what);
        chat.type = v.is_string() ? v.get<std::string>() : std::string();
      } else if (k == "id") {
        const json v = small_value(what);
        chat.raw_id = v.is_string() ? v.get<std::string>() : std::string();
      } else if (k == "messages") {
        read_messages(chat);
      } else if (is_root && (k == "chats" || k == "left_chats")) {
        read_chat_list();
      } else {
        skip_value(what);
      }
      const int c = scan_.next();
      if (c == ',') continue;
      if (c == '}') break;
      if (c == EOF) throw StructureBroken{fmt::format("the file ends at byte {} inside {}", in_.offset(), what)};
      broken(fmt::format("expected ',' or '}}' in {}", what));
    }
  }

  // {"about": …, "list": [chat, …]} of a whole-account export.
  void read_chat_list() {
    expect('{', "a chat list");
    if (scan_.peek_next() == '}') {
      scan_.next();
      return;
    }
    for (;;) {
      const std::string k = key("a chat list");
      expect(':', "a chat list");
      if (k == "list") {
        expect('[', "a chat list");
        if (scan_.peek_next() == ']') {
          scan_.next();
        } else {
          for (;;) {
            expect('{', "a chat list");
            Chat chat;
            chat.in_list = true;
            read_chat(chat, /*is_root=*/false);
            if (stopped_) return;
            const int c = scan_.next();
            if (c == ',') continue;
            if (c == ']') break;
            if (c == EOF) throw StructureBroken{fmt::format("the file ends at byte {} inside a chat list", in_.offset())};
            broken("expected ',' or ']' in a chat list");
          }
        }
      } else {
        skip_value("a chat list");
      }
      const int c = scan_.next();
      if (c == ',') continue;
      if (c == '}') break;
      if (c == EOF) throw StructureBroken{fmt::format("the file ends at byte {} inside a chat list", in_.offset())};
      broken("expected ',' or '}' in a chat list");
    }
  }

  void read_messages(Chat& chat) {
    expect('[', "the messages array");
    if (scan_.peek_next() == ']') {
      scan_.next();
      return;
    }
    std::string raw;
    for (;;) {
      if (sink_.stopping()) {
        stopped_ = true;
        throw StructureBroken{};
      }
      scan_.skip_space();
      const std::uint64_t line = in_.line();
      const std::uint64_t offset = in_.offset();
      raw.clear();
      const Scan s = scan_.value(&raw);
      const std::size_t repaired = scan_.take_repaired();
      if (s == Scan::kEof && raw.empty())
        throw StructureBroken{fmt::format("the file ends at byte {} after a complete message: the export is truncated",
                                          in_.offset())};
      ++messages_;
      if (s == Scan::kEof) {
        const Location where = location(chat, line, telegram::id_from_raw(raw), offset);
        sink_.reject(where,
                     fmt::format("the file ends inside this message (byte {}): the export is truncated; the {} "
                                 "message(s) before it were read",
                                 in_.offset(), messages_ - 1),
                     std::string_view(raw).substr(0, kRawInReject));
        truncated_inside_message_ = true;
        throw StructureBroken{};
      }
      if (s == Scan::kBad) broken("expected a message object in the messages array");
      handle_message(chat, raw, line, offset, repaired);
      const int c = scan_.next();
      if (c == ',') continue;
      if (c == ']') break;
      if (c == EOF)
        throw StructureBroken{fmt::format("the file ends at byte {} after a complete message: the export is truncated",
                                          in_.offset())};
      broken("expected ',' or ']' after a message");
    }
  }

 public:
  bool truncated_inside_message() const { return truncated_inside_message_; }

 private:
  Location location(const Chat& chat, std::uint64_t line, const std::string& id, std::uint64_t offset) const {
    std::string detail = id.empty() ? fmt::format("message at byte {}", offset) : "message " + id;
    if (chat.in_list) detail = "chat " + (chat.raw_id.empty() ? chat.name : chat.raw_id) + " " + detail;
    return Location{path_, line, detail};
  }

  void handle_message(Chat& chat, std::string& raw, std::uint64_t line, std::uint64_t offset, std::size_t repaired) {
    bool utf8_repaired = false;
    json m;
    std::string reason;
    const auto parse = [&] {
      auto parsed = parse_json(raw);
      if (!parsed) {
        reason = parsed.error() + " (of the message)";
        return false;
      }
      m = std::move(parsed).value();
      return true;
    };
    bool parsed = parse();
    if (!parsed && !utf8::is_valid(raw)) {
      // Bad UTF-8 alone should not cost the message: replace it and say so.
      raw = utf8::repair(raw);
      utf8_repaired = true;
      parsed = parse();
    }
    if (!parsed) {
      sink_.reject(location(chat, line, telegram::id_from_raw(raw), offset), reason,
                   std::string_view(raw).substr(0, kRawInReject));
      return;
    }
    if (!m.is_object()) {
      sink_.reject(location(chat, line, {}, offset), "a message must be a JSON object",
                   std::string_view(raw).substr(0, kRawInReject));
      return;
    }
    if (layout_ == telegram::Layout::kUnknown) {
      layout_ = telegram::layout_of(m);
      if (layout_ == telegram::Layout::kUnknown && chat.pending.size() < kMaxPendingMessages) {
        chat.pending.push_back({std::move(m), line, offset, repaired, utf8_repaired});
        return;
      }
      flush_pending(chat);
    }
    guarded_convert(chat, m, line, offset, repaired, utf8_repaired, raw);
  }

  void flush_pending(Chat& chat) {
    std::vector<Chat::Pending> pending = std::move(chat.pending);
    chat.pending.clear();
    for (auto& p : pending)
      guarded_convert(chat, p.message, p.line, p.offset, p.repaired, p.utf8_repaired, json_text(p.message));
  }

  // One message: whatever value in it the mapping cannot take (a todo_list
  // of the wrong type, a number out of range) rejects this message only.
  void guarded_convert(Chat& chat, const json& m, std::uint64_t line, std::uint64_t offset, std::size_t repaired,
                       bool utf8_repaired, std::string_view raw) {
    const Location where = location(chat, line, telegram::message_id_of(m), offset);
    sink_.record(where, raw.substr(0, kRawInReject),
                 [&] { convert(chat, m, line, offset, repaired, utf8_repaired); });
  }

  // date_unixtime (UTC) or else the naive `date` with --tz, recorded as assumed.
  bool read_date(const json& m, const char* unix_key, const char* local_key, std::optional<std::int64_t>& out,
                 bool& assumed, std::string& error) const {
    const auto u = m.find(unix_key);
    if (u != m.end() && (u->is_string() || u->is_number_integer())) {
      const auto seconds = checked_epoch_value(*u, EpochUnit::kSeconds, unix_key);
      if (!seconds) {
        error = seconds.error();
        return false;
      }
      out = *seconds;
      return true;
    }
    const std::string local = string_of(m, local_key);
    if (local.empty()) return true;
    const auto parsed = parse_date(local, options_.assumed_zone);
    if (!parsed) {
      error = fmt::format("{} '{}': {}", local_key, local, parsed.error());
      return false;
    }
    out = parsed->utc_seconds;
    assumed = parsed->zone_assumed;
    return true;
  }

  void convert(Chat& chat, const json& m, std::uint64_t line, std::uint64_t offset, std::size_t repaired,
               bool utf8_repaired) {
    const auto id_value = m.find("id");
    const bool has_id = id_value != m.end() && id_value->is_number_integer() &&
                        !(id_value->is_number_unsigned() && id_value->get<std::uint64_t>() > std::uint64_t{INT64_MAX});
    const Location where = location(chat, line, has_id ? std::to_string(id_value->get<long long>()) : "", offset);
    if (!has_id) {
      sink_.reject(where, "message without an integer \"id\"", json_text(m).substr(0, kRawInReject));
      return;
    }
    const long long id = id_value->get<long long>();
    const std::string type = string_of(m, "type");
    if (type == "unsupported") {
      sink_.skip(where, "unsupported message (Telegram Desktop could not export it: no date, no text)");
      return;
    }
    const bool service = type == "service";
    const std::string chat_id = telegram::chat_key(chat.raw_id, chat.name, layout_);
    if (service && string_of(m, "action") == "topic_created") chat.topics.insert(id);
    if (service && options_.skip_service) {
      sink_.skip(where, "service message (" + string_of(m, "action") + ") left out by --skip-service");
      return;
    }

    TelegramMessage msg;
    msg.id = std::to_string(id);
    msg.chat_id = chat_id;
    msg.chat_title = chat.name;
    msg.service = service;
    if (!chat.type.empty()) msg.meta["chat_type"] = chat.type;

    std::string error;
    bool edit_assumed = false;
    if (!read_date(m, "date_unixtime", "date", msg.date, msg.date_zone_assumed, error) ||
        !read_date(m, "edited_unixtime", "edited", msg.edited, edit_assumed, error)) {
      sink_.reject(where, error, json_text(m).substr(0, kRawInReject));
      return;
    }

    const auto entities = m.find("text_entities");
    const auto text = m.find("text");
    if (entities != m.end() && entities->is_array()) telegram::add_rich_text(*entities, msg);
    else if (text != m.end()) telegram::add_rich_text(*text, msg);

    if (service) {
      msg.action = telegram::describe_action(m);
      msg.sender_name = string_of(m, "actor");
      const auto actor = m.find("actor_id");
      if (actor != m.end()) msg.author_id = telegram::peer_string(*actor, layout_);
      msg.meta["action"] = string_of(m, "action");
      const auto target = integer_of(m, "message_id");
      if (target) msg.meta["pinned_message"] = telegram::message_id(chat_id, std::to_string(*target));
    } else {
      telegram::add_other_text(m, msg);
      msg.signature = string_of(m, "author");
      msg.sender_name = string_of(m, "from");
      if (!msg.signature.empty()) add_meta(msg, "from", msg.sender_name);
      const auto from_id = m.find("from_id");
      if (from_id != m.end()) msg.author_id = telegram::peer_string(*from_id, layout_);
      msg.url = telegram::private_link(chat.type, chat_id, id);
      add_meta(msg, "via_bot", string_of(m, "via_bot"));
      std::string media = string_of(m, "media_type");
      if (media.empty() && m.contains("photo")) media = "photo";
      if (media.empty() && m.contains("file")) media = "file";
      if (media.empty() && m.contains("poll")) media = "poll";
      if (media.empty() && m.contains("location_information")) media = "location";
      add_meta(msg, "media", media);
    }

    // Replies: same chat gives reply_to; another chat's message only meta (1.11).
    const auto reply = integer_of(m, "reply_to_message_id");
    if (reply) {
      msg.reply_to_msg_id = std::to_string(*reply);
      msg.reply_to_peer = string_of(m, "reply_to_peer_id");
      if (msg.reply_to_peer.empty()) {
        long long topic = 0;
        if (chat.topics.count(*reply)) topic = *reply;
        else if (const auto t = chat.thread.find(*reply); t != chat.thread.end()) topic = t->second;
        if (topic) {
          chat.thread[id] = topic;  // only forums pay for this map
          msg.reply_to_top_id = std::to_string(topic);
        }
      }
    }
    // Desktop gives the original's name only: no id, link or date (1.3).
    msg.forwarded = m.contains("forwarded_from");
    msg.forwarded_from = string_of(m, "forwarded_from");
    const std::string saved = string_of(m, "saved_from");
    add_meta(msg, "saved_from", saved);
    if (msg.forwarded_from.empty()) msg.forwarded_from = saved;

    if (layout_ == telegram::Layout::kPacked) msg.meta["packed_ids_unpacked"] = true;
    if (repaired) msg.meta["repaired_escapes"] = repaired;
    if (utf8_repaired) msg.meta["invalid_utf8_replaced"] = true;
    sink_.accept(message_record(std::move(msg), Provenance{path_, line, offset, where.detail, "telegram-json"}));
  }

  const std::string& path_;
  ByteStream in_;
  Scanner scan_;
  const ReaderOptions& options_;
  GuardedSink sink_;
  telegram::Layout layout_ = telegram::Layout::kUnknown;
  std::uint64_t messages_ = 0;
  bool stopped_ = false;
  bool truncated_inside_message_ = false;
};

}  // namespace

void TelegramJsonReader::read(const std::string& path, RecordSink& sink) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> owned(nullptr, std::fclose);
  std::FILE* file = stdin;
  if (path != "-") {
    owned.reset(std::fopen(path.c_str(), "rb"));
    if (!owned) throw Error::format("{}: cannot open: {}", path, std::strerror(errno));
    file = owned.get();
  }
  Parse parse(path, file, options_, sink);
  try {
    parse.run();
  } catch (const StructureBroken& b) {
    // Already reported as a rejected message, or a stop on request.
    if (parse.truncated_inside_message() || parse.stopped()) return;
    throw Error::format("{}: {}; the {} message(s) before it were read", path, b.reason, parse.messages());
  }
}

}  // namespace lisan::indexer
