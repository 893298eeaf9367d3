#include "indexer/readers/format_probe.h"

#include <algorithm>
#include <initializer_list>
#include <regex>

#include <nlohmann/json.hpp>

#include "indexer/readers/decode.h"
#include "indexer/readers/json_parse.h"
#include "indexer/readers/text_util.h"

namespace lisan::indexer {
namespace {

std::string_view skip_space(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n'))
    s.remove_prefix(1);
  return s;
}

std::string_view first_line(std::string_view s) { return s.substr(0, s.find('\n')); }

// JSON, by its start: the whole head parses, or it opens an object with a
// key or an array with a value that is one ("[1] Introduction" is text).
bool looks_like_json(std::string_view head) {
  if (head.empty() || (head.front() != '{' && head.front() != '[')) return false;
  if (too_deep_at(head) == std::string_view::npos && nlohmann::json::accept(head)) return true;
  const std::string_view rest = skip_space(without_bom(head.substr(1)));
  if (rest.empty()) return false;
  if (head.front() == '{') return rest.front() == '"' || rest.front() == '}';
  return rest.front() == '{' || rest.front() == '[' || rest.front() == '"';
}

// v1.1 tweets: id_str, created_at and a text, within `s`.
bool has_v1_tweet_fields(std::string_view s) {
  return contains(s, "\"id_str\"") && contains(s, "\"created_at\"") &&
         (contains(s, "\"text\"") || contains(s, "\"full_text\""));
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

// The header of a tool's CSV export (section 6): all `columns` on line 1.
bool csv_header_has(const ProbeInput& in, std::initializer_list<const char*> columns) {
  if (!probe::csv(in)) return false;
  const std::string header = lower_ascii(in.line1);
  return std::all_of(columns.begin(), columns.end(), [&](const char* c) { return contains(header, c); });
}

}  // namespace

ProbeInput::ProbeInput(std::string_view file_name, std::string_view raw_head, bool beside)
    : name(lower_ascii(file_name)),
      raw(raw_head),
      head(skip_space(without_bom(raw_head))),
      line1(first_line(head)),
      result_json_beside(beside) {}

bool ProbeInput::head_has(std::string_view what, std::size_t within) const {
  return contains(head.substr(0, within), what);
}
bool ProbeInput::line1_has(std::string_view what) const { return contains(line1, what); }
bool ProbeInput::line1_member(std::string_view key, std::string_view value_prefix) const {
  const std::string k = "\"" + std::string(key) + "\":";
  const std::string v = "\"" + std::string(value_prefix);
  return line1_has(k + " " + v) || line1_has(k + v);
}
bool ProbeInput::name_ends(std::string_view suffix) const { return ends_with(name, suffix); }

namespace probe {

// Telegram Desktop JSON: result.json, or a chat / whole-account export (1.2).
bool telegram_json(const ProbeInput& in) {
  if (!in.head_opens('{')) return false;
  const bool chat = (in.head_has("\"name\"", 200) || in.head_has("\"type\"", 200) || in.head_has("\"id\"", 200)) &&
                    in.head_has("\"messages\": [");
  const bool account = in.head_has("\"about\"", 200) && in.head_has("\"chats\"");
  if (in.name == "result.json") return true;
  return (chat || account) && !in.line1_has("\"data\"");
}

bool telegram_html(const ProbeInput& in) {
  return (in.head_has("<!DOCTYPE html>") || in.head_has("<html")) && in.head_has("class=\"page_wrap\"") &&
         in.head_has("class=\"history\"");
}
bool telegram_html_beside_json(const ProbeInput& in) { return in.result_json_beside && telegram_html(in); }

bool twitter_archive(const ProbeInput& in) {
  return starts_with(in.head, "window.YTD.") &&
         (in.line1_has("window.YTD.tweets.") || in.line1_has("window.YTD.tweet.") ||
          in.line1_has("window.YTD.tweets ") || in.line1_has("window.YTD.tweet "));
}
bool twitter_archive_notes(const ProbeInput& in) {
  return starts_with(in.head, "window.YTD.") && in.line1_has("window.YTD.note_tweet");
}
bool twitter_archive_other(const ProbeInput& in) { return starts_with(in.head, "window.YTD."); }

// A twarc2 compliance line: {"id", "action": "delete", "created_at",
// "redacted_at", "reason"} (docs/input-formats.md §4.2): ids of tweets to remove, no text.
bool twarc2_compliance(const ProbeInput& in) {
  return in.line1_opens('{') && in.line1_has("\"action\"") && in.line1_has("\"id\"") &&
         (in.line1_has("\"redacted_at\"") || in.line1_has("\"reason\"")) && !in.line1_has("\"text\"");
}

// A twarc2 page can be longer than the head (228 KB for 100 tweets), so
// "includes"/"meta" may lie past it: a line opening with a "data" array is a page.
bool twarc2(const ProbeInput& in) {
  if (!in.line1_opens('{')) return false;
  if (starts_with(in.line1, "{\"data\": [") || starts_with(in.line1, "{\"data\":[")) return true;
  return in.line1_has("\"data\"") && (in.line1_has("\"includes\"") || in.line1_has("\"meta\"") ||
                                      in.line1_has("\"__twarc\"") || in.line1_has("\"matching_rules\""));
}
bool twarc2_flat(const ProbeInput& in) {
  return in.line1_opens('{') && in.line1_has("\"__twarc\"") && in.line1_has("\"author\"") &&
         in.line1_has("\"text\"") && !in.line1_has("\"data\"");
}

// v1.1 JSON lines: a tweet, a stream notice, or a REST search response
// saved on one line.
bool twitter_v1_line(const ProbeInput& in) {
  if (!in.line1_opens('{')) return false;
  return has_v1_tweet_fields(in.line1) || starts_with(in.line1, "{\"delete\":") ||
         starts_with(in.line1, "{\"limit\":") || (in.line1_has("\"statuses\"") && in.line1_has("\"search_metadata\""));
}
bool snscrape_twitter(const ProbeInput& in) {
  return in.line1_opens('{') && in.line1_member("_type", "snscrape.modules.twitter.");
}
bool snscrape_telegram(const ProbeInput& in) {
  return in.line1_opens('{') && in.line1_member("_type", "snscrape.modules.telegram.");
}
bool fourcat_telegram(const ProbeInput& in) {
  return in.line1_opens('{') && in.line1_member("_type", "Message\"") && in.line1_has("\"peer_id\"");
}
bool telegram_tracker(const ProbeInput& in) {
  return in.head_opens('{') && (in.head_has("\"_\": \"messages.ChannelMessages\"", 4096) ||
                                in.head_has("\"_\":\"messages.ChannelMessages\"", 4096));
}

// v1.1 JSON documents: a timeline (an array of tweets), a search response
// or one tweet, pretty-printed or not.
bool twitter_v1_document(const ProbeInput& in) {
  if (!(in.head_opens('[') || in.head_opens('{')) || !has_v1_tweet_fields(in.head.substr(0, 4096))) return false;
  const bool one_pretty_tweet = skip_space(without_bom(in.line1.substr(1))).empty();  // "{" alone on line 1
  return in.head_opens('[') || in.head_has("\"statuses\"", 4096) || one_pretty_tweet;
}

bool jsonl(const ProbeInput& in) {
  return (in.line1_opens('{') && in.line1_has("\"id\"") && in.line1_has("\"text\"")) || in.name_ends(".jsonl") ||
         in.name_ends(".ndjson");
}
bool unknown_json(const ProbeInput& in) { return looks_like_json(in.head); }

bool html(const ProbeInput& in) {
  const std::string start = lower_ascii(in.head.substr(0, 1024));
  return contains(start, "<html") || (in.head_opens('<') && contains(start, "<!doctype html")) ||
         in.name_ends(".html") || in.name_ends(".htm");
}
bool email(const ProbeInput& in) {
  return starts_with(in.head, "From ") ||
         (in.head_has("Message-ID:", 4096) && in.head_has("From:", 4096) && in.head_has("Date:", 4096));
}
bool id_list(const ProbeInput& in) {
  static const std::regex kId("^\\s*\\d{5,20}\\s*$");
  std::string_view rest = in.head;
  std::size_t lines = 0;
  while (!rest.empty()) {
    const std::string_view line = first_line(rest);
    rest.remove_prefix(std::min(rest.size(), line.size() + 1));
    if (line.empty() || line == "\r") continue;
    if (!std::regex_match(std::string(line), kId)) return false;
    ++lines;
  }
  return lines > 0;
}

bool fourcat_telegram_csv(const ProbeInput& in) {
  return csv_header_has(in, {"id", "thread_id", "chat", "author", "author_username"});
}
bool fourcat_twitter_csv(const ProbeInput& in) {
  return csv_header_has(in, {"id", "thread_id", "timestamp", "unix_timestamp", "link"});
}
bool dmi_tcat(const ProbeInput& in) {
  return csv_header_has(in, {"id", "time", "created_at", "from_user_name", "text"});
}
bool twarc_csv(const ProbeInput& in) { return csv_header_has(in, {"id", "conversation_id", "referenced_tweets"}); }
bool telegram_tracker_csv(const ProbeInput& in) {
  return csv_header_has(in, {"signature", "channel_id", "channel_name", "msg_id"});
}
bool csv(const ProbeInput& in) {
  return in.name_ends(".csv") || in.name_ends(".tsv") || (looks_like_csv_header(in.line1) && !in.name_ends(".txt"));
}

// Plain text: a text file's name, an empty head, or a head that is not
// binary data (a stray NUL does not make it so).
bool text(const ProbeInput& in) {
  return in.name_ends(".txt") || in.name_ends(".text") || in.name_ends(".md") || in.head.empty() ||
         binary_file_reason(in.raw).empty();
}

}  // namespace probe
}  // namespace lisan::indexer
