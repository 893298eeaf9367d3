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
#include "indexer/readers/json_parse.h"
#include "indexer/readers/record_guard.h"
#include "indexer/readers/telegram/telegram_common.h"
#include "lisan/core/error.h"
#include "lisan/core/utf8.h"
#include "lisan/date.h"

namespace lisan::indexer {
namespace {

using nlohmann::json;

constexpr std::size_t kBufferBytes = 1 << 20;
// Messages kept back while the layout (old packed ids or not) is unknown.
constexpr std::size_t kMaxPendingMessages = 1000;
constexpr std::size_t kRawInReject = 4096;

// Buffered bytes from a FILE*, counting the byte offset and line of the
// next byte. Plain fread in big blocks: istream::get per byte is too slow for
// a multi-GB export.
class ByteStream {
 public:
  explicit ByteStream(std::FILE* file) : file_(file), buffer_(kBufferBytes) {}

  int peek() {
    if (pos_ == end_ && !fill()) return EOF;
    return static_cast<unsigned char>(buffer_[pos_]);
  }
  int get() {
    const int c = peek();
    if (c == EOF) return c;
    ++pos_;
    ++offset_;
    if (c == '\n') ++line_;
    return c;
  }
  std::uint64_t offset() const { return offset_; }
  std::uint64_t line() const { return line_; }
  bool failed() const { return std::ferror(file_) != 0; }

 private:
  bool fill() {
    pos_ = 0;
    end_ = std::fread(buffer_.data(), 1, buffer_.size(), file_);
    return end_ > 0;
  }

  std::FILE* file_;
  std::vector<char> buffer_;
  std::size_t pos_ = 0;
  std::size_t end_ = 0;
  std::uint64_t offset_ = 0;
  std::uint64_t line_ = 1;
};

enum class Scan { kOk, kEof, kBad };

bool is_hex(int c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// Walks JSON values in a ByteStream without building them. value() copies
// one whole value (or skips it when `out` is null); inside strings it turns
// Telegram's invalid \xHH escapes into \u00HH (FORMATS.md 1.4, 7.2). It
// tracks only "inside a string" and "after a backslash", so an escaped
// backslash followed by "x41" stays as it is.
class Scanner {
 public:
  explicit Scanner(ByteStream& in) : in_(in) {}

  void skip_space() {
    for (int c = in_.peek(); c == ' ' || c == '\n' || c == '\r' || c == '\t'; c = in_.peek()) in_.get();
  }

  Scan value(std::string* out) {
    skip_space();
    int c = in_.peek();
    if (c == EOF) return Scan::kEof;
    if (c == '"') {
      put(out, static_cast<char>(in_.get()));
      return string_rest(out);
    }
    if (c == '{' || c == '[') {
      int depth = 0;
      for (;;) {
        c = in_.get();
        if (c == EOF) return Scan::kEof;
        put(out, static_cast<char>(c));
        if (c == '"') {
          const Scan s = string_rest(out);
          if (s != Scan::kOk) return s;
        } else if (c == '{' || c == '[') {
          ++depth;
        } else if ((c == '}' || c == ']') && --depth == 0) {
          return Scan::kOk;
        }
      }
    }
    if (c == '}' || c == ']' || c == ',' || c == ':') return Scan::kBad;
    // A number, true, false or null: up to the next delimiter.
    for (c = in_.peek(); c != EOF && c != ',' && c != '}' && c != ']' && c != ' ' && c != '\n' && c != '\r' &&
                         c != '\t';
         c = in_.peek())
      put(out, static_cast<char>(in_.get()));
    return Scan::kOk;
  }

  // The next non-space byte, consumed; EOF at the end.
  int next() {
    skip_space();
    return in_.get();
  }
  int peek_next() {
    skip_space();
    return in_.peek();
  }

  std::size_t take_repaired() { return std::exchange(repaired_, 0); }

 private:
  static void put(std::string* out, char c) {
    if (out) out->push_back(c);
  }

  // After the opening quote: copies up to and including the closing quote.
  Scan string_rest(std::string* out) {
    for (;;) {
      int c = in_.get();
      if (c == EOF) return Scan::kEof;
      if (c == '\\') {
        const int d = in_.get();
        if (d == EOF) return Scan::kEof;
        if (d == 'x' && is_hex(in_.peek())) {
          const int h1 = in_.get();
          if (is_hex(in_.peek())) {
            const int h2 = in_.get();
            if (out) {
              out->append("\\u00");
              out->push_back(static_cast<char>(h1));
              out->push_back(static_cast<char>(h2));
            }
            ++repaired_;
            continue;
          }
          // "\x" and one hex digit: left for the parser to reject.
          put(out, '\\');
          put(out, 'x');
          put(out, static_cast<char>(h1));
          continue;
        }
        put(out, '\\');
        put(out, static_cast<char>(d));
        continue;
      }
      put(out, static_cast<char>(c));
      if (c == '"') return Scan::kOk;
    }
  }

  ByteStream& in_;
  std::size_t repaired_ = 0;
};

// Thrown inside the reader when the outer structure is broken; turned into
// lisan::Error (with what was read before) at the top.
struct StructureBroken {
  std::string reason;
};

std::string get_string(const json& o, const char* key) {
  const auto it = o.find(key);
  return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::optional<long long> get_integer(const json& o, const char* key) {
  const auto it = o.find(key);
  if (it == o.end() || !it->is_number_integer()) return std::nullopt;
  return it->get<long long>();
}

// Every string under `text` keys, in order (entity text may be an object or
// array in newer exports, FORMATS.md 8).
void collect_text(const json& value, std::string& out) {
  if (value.is_string()) {
    out += value.get_ref<const std::string&>();
  } else if (value.is_array()) {
    for (const json& v : value) collect_text(v, out);
  } else if (value.is_object()) {
    const auto it = value.find("text");
    if (it != value.end()) collect_text(*it, out);
  }
}

// Appends the text of a `text` / `text_entities` value (a string, or an array
// of strings and entity objects) and collects hashtags, mentions and links.
void add_text(const json& parts, Record& r) {
  if (parts.is_string()) {
    r.text += parts.get_ref<const std::string&>();
    return;
  }
  if (!parts.is_array()) return;
  for (const json& part : parts) {
    if (part.is_string()) {
      r.text += part.get_ref<const std::string&>();
      continue;
    }
    if (!part.is_object()) continue;
    std::string piece;
    const auto text = part.find("text");
    if (text != part.end()) collect_text(*text, piece);
    const std::string type = get_string(part, "type");
    if (type == "hashtag") {
      telegram::add_unique(r.hashtags, telegram::strip_lead(piece, '#'));
    } else if (type == "mention") {
      telegram::add_unique(r.mentions, telegram::strip_lead(piece, '@'));
    } else if (type == "mention_name") {
      // user_id is a JSON number; a string is accepted in case a version changes it.
      const auto user = get_integer(part, "user_id");
      const std::string id = user ? std::to_string(*user) : get_string(part, "user_id");
      if (!id.empty()) telegram::add_unique(r.mentions, "user" + id);
    } else if (type == "link") {
      telegram::add_unique(r.urls, telegram::with_scheme(piece));
    } else if (type == "text_link") {
      telegram::add_unique(r.urls, get_string(part, "href"));
    }
    r.text += piece;
  }
}

void add_block(Record& r, const std::string& block) {
  if (block.empty()) return;
  if (!r.text.empty()) r.text += "\n\n";
  r.text += block;
}

// Text that is not in `text`: poll question and answers, to-do lists,
// venues, games, rich-message blocks (FORMATS.md 1.4, 8).
void add_other_text(const json& m, Record& r) {
  const auto poll = m.find("poll");
  if (poll != m.end() && poll->is_object()) {
    Record part;
    const auto q = poll->find("question");
    if (q != poll->end()) add_text(*q, part);
    const auto answers = poll->find("answers");
    if (answers != poll->end() && answers->is_array())
      for (const json& a : *answers) {
        const auto t = a.is_object() ? a.find("text") : a.end();
        if (t == a.end()) continue;
        part.text += "\n";
        add_text(*t, part);
      }
    add_block(r, part.text);
    for (auto& h : part.hashtags) telegram::add_unique(r.hashtags, std::move(h));
  }
  const auto todo = m.find("todo_list");
  if (todo != m.end()) {
    std::string block;
    if (todo->is_object()) collect_text(todo->value("title", json()), block);
    const auto items = todo->is_object() ? todo->find("items") : todo->end();
    if (items != todo->end() && items->is_array())
      for (const json& item : *items) {
        std::string line;
        collect_text(item, line);
        if (!line.empty()) block += (block.empty() ? "" : "\n") + line;
      }
    add_block(r, block);
  }
  for (const char* key : {"place_name", "address", "game_title", "game_description"}) add_block(r, get_string(m, key));
  const auto rich = m.find("rich_message");
  if (rich != m.end()) {
    std::string block;
    const auto blocks = rich->is_object() ? rich->find("blocks") : rich->end();
    if (blocks != rich->end() && blocks->is_array()) {
      for (const json& b : *blocks) {
        std::string line;
        collect_text(b, line);
        if (!line.empty()) block += (block.empty() ? "" : "\n") + line;
      }
    }
    add_block(r, block);
  }
}

// "pin_message (message 2)", "invite_members: Selin Kaya, Deleted Account",
// "create_channel: <title>": the action, with what it acted on.
std::string describe_action(const json& m) {
  std::string out = get_string(m, "action");
  if (out.empty()) out = "service";
  std::string title = get_string(m, "title");
  if (title.empty()) title = get_string(m, "new_title");
  if (!title.empty()) out += ": " + title;
  const auto members = m.find("members");
  if (members != m.end() && members->is_array()) {
    std::string names;
    for (const json& n : *members) {
      if (!names.empty()) names += ", ";
      names += n.is_string() ? n.get<std::string>() : std::string("Deleted Account");
    }
    out += ": " + names;
  }
  const auto target = get_integer(m, "message_id");
  if (target) out += fmt::format(" (message {})", *target);
  const std::string inviter = get_string(m, "inviter");
  if (!inviter.empty()) out += " (invited by " + inviter + ")";
  return out;
}

enum class Layout { kUnknown, kPacked, kCurrent };

// Whether a message shows the layout: a numeric from_id/actor_id means the
// packed ids of 2018-2021 (FORMATS.md 1.9); a string means the current one.
Layout layout_of(const json& m) {
  for (const char* key : {"from_id", "actor_id"}) {
    const auto it = m.find(key);
    if (it == m.end()) continue;
    if (it->is_number()) return Layout::kPacked;
    if (it->is_string()) return Layout::kCurrent;
  }
  return Layout::kUnknown;
}

constexpr unsigned long long kPackedChannel = 1ULL << 33;
constexpr unsigned long long kPackedUser = 1ULL << 32;

// A packed peer id of an old export, as the current "user…"/"channel…" form.
std::string unpack_peer(unsigned long long v) {
  if (v >= kPackedChannel) return "channel" + std::to_string(v - kPackedChannel);
  if (v >= kPackedUser) return "user" + std::to_string(v - kPackedUser);
  return "user" + std::to_string(v);
}

std::string peer_string(const json& value, Layout layout) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number_unsigned() || (value.is_number_integer() && value.get<long long>() >= 0)) {
    const auto v = value.get<unsigned long long>();
    return layout == Layout::kPacked ? unpack_peer(v) : "user" + std::to_string(v);
  }
  return {};
}

// The message id of a parsed message, as written ("" when it has none).
std::string message_id_of(const json& m) {
  const auto it = m.find("id");
  return it != m.end() && it->is_number_integer() ? it->dump() : std::string();
}

// The message id as written, for locations of messages that do not parse.
std::string id_from_raw(std::string_view raw) {
  const std::size_t key = raw.find("\"id\"");
  if (key == std::string_view::npos || key > 64) return {};
  std::size_t p = raw.find(':', key);
  if (p == std::string_view::npos) return {};
  ++p;
  while (p < raw.size() && raw[p] == ' ') ++p;
  std::size_t e = p;
  if (e < raw.size() && raw[e] == '-') ++e;
  while (e < raw.size() && raw[e] >= '0' && raw[e] <= '9') ++e;
  return e > p ? std::string(raw.substr(p, e - p)) : std::string();
}

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
        const Location where = location(chat, line, id_from_raw(raw), offset);
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
      sink_.reject(location(chat, line, id_from_raw(raw), offset), reason,
                   std::string_view(raw).substr(0, kRawInReject));
      return;
    }
    if (!m.is_object()) {
      sink_.reject(location(chat, line, {}, offset), "a message must be a JSON object",
                   std::string_view(raw).substr(0, kRawInReject));
      return;
    }
    if (layout_ == Layout::kUnknown) {
      layout_ = layout_of(m);
      if (layout_ == Layout::kUnknown && chat.pending.size() < kMaxPendingMessages) {
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
      guarded_convert(chat, p.message, p.line, p.offset, p.repaired, p.utf8_repaired, p.message.dump());
  }

  // One message: whatever value in it the mapping cannot take (a todo_list
  // of the wrong type, a number out of range) rejects this message only.
  void guarded_convert(Chat& chat, const json& m, std::uint64_t line, std::uint64_t offset, std::size_t repaired,
                       bool utf8_repaired, std::string_view raw) {
    const Location where = location(chat, line, message_id_of(m), offset);
    sink_.record(where, raw.substr(0, kRawInReject),
                 [&] { convert(chat, m, line, offset, repaired, utf8_repaired); });
  }

  // The chat id as lisan uses it: bare, unpacked in old exports (1.9).
  std::string chat_key(const Chat& chat) const {
    if (chat.raw_id.empty()) return chat.name.empty() ? std::string("unknown") : chat.name;
    unsigned long long v = 0;
    const char* const end = chat.raw_id.data() + chat.raw_id.size();
    const auto [stop, ec] = std::from_chars(chat.raw_id.data(), end, v);
    // An id too long for 64 bits is no packed id (those are below 2^34): kept as written.
    if (layout_ == Layout::kPacked && ec == std::errc() && stop == end) {
      if (v >= kPackedChannel) v -= kPackedChannel;
      else if (v >= kPackedUser) v -= kPackedUser;
      return std::to_string(v);
    }
    return chat.raw_id;
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
    const std::string local = get_string(m, local_key);
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
      sink_.reject(where, "message without an integer \"id\"", m.dump().substr(0, kRawInReject));
      return;
    }
    const long long id = id_value->get<long long>();
    const std::string type = get_string(m, "type");
    if (type == "unsupported") {
      sink_.skip(where, "unsupported message (Telegram Desktop could not export it: no date, no text)");
      return;
    }
    const bool service = type == "service";
    const std::string chat_id = chat_key(chat);
    if (service && get_string(m, "action") == "topic_created") chat.topics.insert(id);
    if (service && options_.skip_service) {
      sink_.skip(where, "service message (" + get_string(m, "action") + ") left out by --skip-service");
      return;
    }

    Record r;
    r.id = telegram::message_id(chat_id, std::to_string(id));
    r.source = "telegram";
    r.channel = chat.name;
    json meta = json::object();
    if (!chat.raw_id.empty()) meta["channel_id"] = chat_id;
    if (!chat.type.empty()) meta["chat_type"] = chat.type;

    std::string error;
    bool assumed = false;
    if (!read_date(m, "date_unixtime", "date", r.date, assumed, error)) {
      sink_.reject(where, error, m.dump().substr(0, kRawInReject));
      return;
    }
    r.date_zone_assumed = assumed;
    bool edit_assumed = false;
    if (!read_date(m, "edited_unixtime", "edited", r.edited, edit_assumed, error)) {
      sink_.reject(where, error, m.dump().substr(0, kRawInReject));
      return;
    }

    const auto entities = m.find("text_entities");
    const auto text = m.find("text");
    if (entities != m.end() && entities->is_array()) add_text(*entities, r);
    else if (text != m.end()) add_text(*text, r);

    if (service) {
      r.kind = "service";
      const std::string action = describe_action(m);
      r.text = r.text.empty() ? action : action + "\n" + r.text;
      r.author = get_string(m, "actor");
      const auto actor = m.find("actor_id");
      if (actor != m.end()) r.author_id = peer_string(*actor, layout_);
      meta["action"] = get_string(m, "action");
      const auto target = get_integer(m, "message_id");
      if (target) meta["pinned_message"] = telegram::message_id(chat_id, std::to_string(*target));
    } else {
      add_other_text(m, r);
      const std::string signature = get_string(m, "author");
      const std::string from = get_string(m, "from");
      r.author = signature.empty() ? from : signature;
      if (!signature.empty() && !from.empty()) meta["from"] = from;
      const auto from_id = m.find("from_id");
      if (from_id != m.end()) r.author_id = peer_string(*from_id, layout_);
      r.url = telegram::private_link(chat.type, chat_id, id);
      const std::string via = get_string(m, "via_bot");
      if (!via.empty()) meta["via_bot"] = via;
      std::string media = get_string(m, "media_type");
      if (media.empty() && m.contains("photo")) media = "photo";
      if (media.empty() && m.contains("file")) media = "file";
      if (media.empty() && m.contains("poll")) media = "poll";
      if (media.empty() && m.contains("location_information")) media = "location";
      if (!media.empty()) meta["media"] = media;
    }

    // Replies: same chat gives reply_to; another chat's message only meta (1.11).
    const auto reply = get_integer(m, "reply_to_message_id");
    if (reply) {
      const std::string peer = get_string(m, "reply_to_peer_id");
      if (peer.empty()) {
        r.reply_to = telegram::message_id(chat_id, std::to_string(*reply));
        long long topic = 0;
        if (chat.topics.count(*reply)) topic = *reply;
        else if (const auto t = chat.thread.find(*reply); t != chat.thread.end()) topic = t->second;
        if (topic) {
          chat.thread[id] = topic;  // only forums pay for this map
          r.thread = telegram::message_id(chat_id, std::to_string(topic));
        }
      } else {
        meta["reply_to_peer_id"] = peer;
        meta["reply_to_message_id"] = *reply;
      }
    }
    const bool forward = m.contains("forwarded_from");
    if (forward) r.forwarded_from = get_string(m, "forwarded_from");
    const std::string saved = get_string(m, "saved_from");
    if (!saved.empty()) {
      meta["saved_from"] = saved;
      if (r.forwarded_from.empty()) r.forwarded_from = saved;
    }
    if (!service) r.kind = forward ? "forward" : reply ? "reply" : "post";

    if (layout_ == Layout::kPacked) meta["packed_ids_unpacked"] = true;
    if (repaired) meta["repaired_escapes"] = repaired;
    if (utf8_repaired) meta["invalid_utf8_replaced"] = true;
    r.meta_json = meta.dump();
    r.provenance = Provenance{path_, line, offset, where.detail, "telegram-json"};
    sink_.accept(std::move(r));
  }

  const std::string& path_;
  ByteStream in_;
  Scanner scan_;
  const ReaderOptions& options_;
  GuardedSink sink_;
  Layout layout_ = Layout::kUnknown;
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
