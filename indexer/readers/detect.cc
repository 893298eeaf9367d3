#include "indexer/readers/detect.h"

#include <filesystem>
#include <fstream>
#include <regex>

#include <nlohmann/json.hpp>

#include "indexer/readers/json_parse.h"
#include "indexer/readers/generic/unknown_json_reader.h"

namespace lisan::indexer {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kHeadBytes = 64 * 1024;

bool contains(std::string_view s, std::string_view what) { return s.find(what) != std::string_view::npos; }

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view skip_bom_and_space(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
    s.remove_prefix(1);
  return s;
}

std::string_view first_line(std::string_view s) {
  const std::size_t nl = s.find('\n');
  return nl == std::string_view::npos ? s : s.substr(0, nl);
}

// The known CSV header sets (section 6), matched on the first line.
std::string csv_dialect(std::string_view header) {
  const std::string h = lower(header);
  const auto has_all = [&](std::initializer_list<const char*> cols) {
    for (const char* c : cols)
      if (!contains(h, c)) return false;
    return true;
  };
  if (has_all({"id", "thread_id", "chat", "author", "author_username"})) return "4cat-telegram-csv";
  if (has_all({"id", "thread_id", "timestamp", "unix_timestamp", "link"})) return "4cat-twitter-csv";
  if (has_all({"id", "time", "created_at", "from_user_name", "text"})) return "dmi-tcat";
  if (has_all({"id", "conversation_id"}) && contains(h, "referenced_tweets")) return "twarc-csv";
  if (has_all({"signature", "channel_id", "channel_name", "msg_id"})) return "telegram-tracker-csv";
  return "csv";
}

bool looks_like_csv_header(std::string_view line) {
  for (char sep : {',', ';', '\t', '|'}) {
    std::size_t n = 0;
    bool quoted = false;
    for (char c : line) {
      if (c == '"') quoted = !quoted;
      else if (c == sep && !quoted) ++n;
    }
    if (n >= 1) return true;
  }
  return false;
}

bool all_id_lines(std::string_view head) {
  static const std::regex kId("^\\s*\\d{5,20}\\s*$");
  std::size_t lines = 0;
  while (!head.empty()) {
    std::string_view line = first_line(head);
    head.remove_prefix(std::min(head.size(), line.size() + 1));
    if (line.empty() || line == "\r") continue;
    if (!std::regex_match(std::string(line), kId)) return false;
    ++lines;
  }
  return lines > 0;
}

// A twarc2 compliance line: {"id", "action": "delete", "created_at",
// "redacted_at", "reason"} (FORMATS.md 4.2): ids of tweets to remove, no text.
bool is_compliance_line(std::string_view line) {
  return contains(line, "\"action\"") && contains(line, "\"id\"") &&
         (contains(line, "\"redacted_at\"") || contains(line, "\"reason\"")) && !contains(line, "\"text\"");
}

// v1.1 tweets: id_str, created_at and a text, within the first 4 KiB.
bool has_v1_tweet_fields(std::string_view s) {
  s = s.substr(0, 4096);
  return contains(s, "\"id_str\"") && contains(s, "\"created_at\"") &&
         (contains(s, "\"text\"") || contains(s, "\"full_text\""));
}

// JSON, by its start: the whole head parses, or it opens an object with a
// key or an array with a value that is one ("[1] Introduction" is text).
bool looks_like_json(std::string_view head) {
  if (head.empty() || (head.front() != '{' && head.front() != '[')) return false;
  if (too_deep_at(head) == std::string_view::npos && nlohmann::json::accept(head)) return true;
  const std::string_view rest = skip_bom_and_space(head.substr(1));
  if (rest.empty()) return false;
  if (head.front() == '{') return rest.front() == '"' || rest.front() == '}';
  return rest.front() == '{' || rest.front() == '[' || rest.front() == '"';
}

}  // namespace

std::string detect_format_from(std::string_view file_name, std::string_view raw_head, bool result_json_beside) {
  const std::string name = lower(file_name);
  const std::string_view head = skip_bom_and_space(raw_head);
  const std::string_view line1 = first_line(head);

  // Telegram Desktop JSON: result.json, or a chat / whole-account export.
  if (head.substr(0, 1) == "{") {
    const bool tg_chat = (contains(head.substr(0, 200), "\"name\"") || contains(head.substr(0, 200), "\"type\"") ||
                          contains(head.substr(0, 200), "\"id\"")) &&
                         contains(head, "\"messages\": [");
    const bool tg_account = contains(head.substr(0, 200), "\"about\"") && contains(head, "\"chats\"");
    if (name == "result.json" || tg_chat || tg_account) {
      if (!contains(line1, "\"data\"") || name == "result.json") return "telegram-json";
    }
  }
  if ((contains(head, "<!DOCTYPE html>") || contains(head, "<html")) && contains(head, "class=\"page_wrap\"") &&
      contains(head, "class=\"history\"")) {
    if (result_json_beside) return "skip:Telegram HTML export beside its result.json (the JSON is read instead)";
    return "telegram-html";
  }
  if (head.substr(0, 11) == "window.YTD.") {
    if (contains(line1, "window.YTD.tweets.") || contains(line1, "window.YTD.tweet.") ||
        contains(line1, "window.YTD.tweets ") || contains(line1, "window.YTD.tweet "))
      return "twitter-archive";
    if (contains(line1, "window.YTD.note_tweet")) return "twitter-archive-notes";
    return "skip:Twitter archive part that holds no posts";
  }
  if (line1.substr(0, 1) == "{" && is_compliance_line(line1))
    return "skip:twarc2 compliance file (ids of deleted, protected or suspended tweets, no posts)";
  if (line1.substr(0, 1) == "{") {
    // A twarc2 page can be longer than the head (228 KB for 100 tweets), so
    // "includes"/"meta" may lie past it: a line opening with a "data" array is a page.
    if (line1.substr(0, 10) == "{\"data\": [" || line1.substr(0, 9) == "{\"data\":[") return "twarc2";
    if (contains(line1, "\"data\"") && (contains(line1, "\"includes\"") || contains(line1, "\"meta\"") ||
                                        contains(line1, "\"__twarc\"") || contains(line1, "\"matching_rules\"")))
      return "twarc2";
    if (contains(line1, "\"__twarc\"") && contains(line1, "\"author\"") && contains(line1, "\"text\"") &&
        !contains(line1, "\"data\""))
      return "twarc2-flat";
    if ((contains(line1, "\"id_str\"") && contains(line1, "\"created_at\"") &&
         (contains(line1, "\"text\"") || contains(line1, "\"full_text\""))) ||
        line1.substr(0, 10) == "{\"delete\":" || line1.substr(0, 9) == "{\"limit\":")
      return "twitter-v1";
    // A REST search response saved on one line.
    if (contains(line1, "\"statuses\"") && contains(line1, "\"search_metadata\"")) return "twitter-v1";
    if (contains(line1, "\"_type\": \"snscrape.modules.twitter.") ||
        contains(line1, "\"_type\":\"snscrape.modules.twitter."))
      return "snscrape-twitter";
    if (contains(line1, "\"_type\": \"snscrape.modules.telegram.") ||
        contains(line1, "\"_type\":\"snscrape.modules.telegram."))
      return "snscrape-telegram";
    if ((contains(line1, "\"_type\": \"Message\"") || contains(line1, "\"_type\":\"Message\"")) &&
        contains(line1, "\"peer_id\""))
      return "4cat-telegram";
  }
  if (head.substr(0, 1) == "{" && (contains(head.substr(0, 4096), "\"_\": \"messages.ChannelMessages\"") ||
                                   contains(head.substr(0, 4096), "\"_\":\"messages.ChannelMessages\"")))
    return "telegram-tracker";
  // v1.1 JSON documents: a timeline (an array of tweets), a search response
  // or one tweet, pretty-printed or not.
  if ((head.substr(0, 1) == "[" || head.substr(0, 1) == "{") && has_v1_tweet_fields(head)) {
    const bool one_pretty_tweet = skip_bom_and_space(line1.substr(1)).empty();  // "{" alone on line 1
    if (head.front() == '[' || contains(head.substr(0, 4096), "\"statuses\"") || one_pretty_tweet)
      return "twitter-v1";
  }
  if (line1.substr(0, 1) == "{" && contains(line1, "\"id\"") && contains(line1, "\"text\"")) return "jsonl";
  if (ends_with(name, ".jsonl") || ends_with(name, ".ndjson")) return "jsonl";
  if (looks_like_json(head)) return kUnknownJson;
  if (head.substr(0, 1) == "<" || contains(lower(head.substr(0, 1024)), "<html")) {
    if (contains(lower(head.substr(0, 1024)), "<html") || contains(lower(head.substr(0, 1024)), "<!doctype html"))
      return "html";
  }
  if (ends_with(name, ".html") || ends_with(name, ".htm")) return "html";
  if (head.substr(0, 5) == "From " || (contains(head.substr(0, 4096), "Message-ID:") &&
                                       contains(head.substr(0, 4096), "From:") &&
                                       contains(head.substr(0, 4096), "Date:")))
    return "email";
  if (all_id_lines(head)) return "skip:a list of ids only (hydrate it first; FORMATS.md 5.6)";
  if (ends_with(name, ".csv") || ends_with(name, ".tsv") || (looks_like_csv_header(line1) && !ends_with(name, ".txt")))
    return csv_dialect(line1);
  if (ends_with(name, ".txt") || ends_with(name, ".text") || ends_with(name, ".md")) return "text";
  if (head.empty()) return "text";
  // Plain text when the head has no NUL bytes (binary files are not text).
  if (raw_head.find('\0') == std::string_view::npos) return "text";
  return "";
}

std::string detect_format(const std::string& path) {
  if (path == "-") return "jsonl";
  std::ifstream in(path, std::ios::binary);
  if (!in) return "";
  std::string head(kHeadBytes, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  const fs::path p(path);
  std::error_code ec;
  const bool result_json_beside = fs::exists(p.parent_path() / "result.json", ec);
  return detect_format_from(p.filename().string(), head, result_json_beside);
}

}  // namespace lisan::indexer
