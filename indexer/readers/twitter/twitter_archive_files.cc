#include "indexer/readers/twitter/twitter_archive_files.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <fmt/format.h>

#include "indexer/readers/json_lines.h"

namespace lisan::indexer::tweets {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026

bool starts_with_ytd(const std::string& path, const std::string& part_name) {
  std::ifstream in(path, std::ios::binary);
  std::string head(64 + part_name.size(), '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  if (head.compare(0, 3, "\xEF\xBB\xBF") == 0) head.erase(0, 3);
  return head.compare(0, 11 + part_name.size() + 1, "window.YTD." + part_name + ".") == 0;
}

// The text a cut-short tweet shows before its "…" (and the link after it).
std::string cut_prefix(const std::string& text) {
  std::string_view t = text;
  const std::size_t link = t.rfind(" https://t.co/");
  if (link != std::string_view::npos && t.find(' ', link + 1) == std::string_view::npos) t = t.substr(0, link);
  if (t.size() < kEllipsis.size() || t.substr(t.size() - kEllipsis.size()) != kEllipsis) return {};
  t.remove_suffix(kEllipsis.size());
  while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
  return std::string(t);
}

void add_entity_texts(const Json& core, const char* list, const char* key, std::vector<std::string>& out) {
  if (const Json* items = member(core, list); items && items->is_array())
    for (const Json& item : *items) add_unique(out, string_of(item, key));
}

}  // namespace

Result<Json> read_archive_part(const std::string& path, std::string* text_out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Result<Json>::failure(fmt::format("cannot open: {}", std::strerror(errno)));
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::size_t start = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
  if (text.compare(start, 11, "window.YTD.") != 0)
    return Result<Json>::failure("not an archive part (it does not start with \"window.YTD.\")");
  const std::size_t equals = text.find('=', start);
  if (equals == std::string::npos) return Result<Json>::failure("archive part without '= [' after window.YTD.<name>");
  // The rest is a JSON array, sometimes followed by ';'. It is JavaScript:
  // parsed as JSON, never evaluated.
  std::size_t end = text.find_last_not_of(" \t\r\n;");
  const std::string_view json_text =
      std::string_view(text).substr(equals + 1, (end == std::string::npos ? text.size() : end + 1) - (equals + 1));
  auto parsed = parse_json(json_text);
  if (!parsed) return Result<Json>::failure(parsed.error() + " (counted from the '=')");
  Json part = std::move(parsed).value();
  if (!part.is_array()) return Result<Json>::failure("archive part is not a JSON array after the '='");
  if (text_out) *text_out = std::move(text);
  return part;
}

std::vector<std::string> archive_siblings(const std::string& path, const std::string& part_name) {
  std::vector<std::string> out;
  std::error_code ec;
  const fs::path self(path);
  const fs::path dir = self.has_parent_path() ? self.parent_path() : fs::path(".");
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (!entry.is_regular_file(ec) || entry.path().extension() != ".js") continue;
    if (fs::equivalent(entry.path(), self, ec)) continue;
    if (starts_with_ytd(entry.path().string(), part_name)) out.push_back(entry.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::optional<TweetAuthor> archive_owner(const std::string& path) {
  for (const std::string& file : archive_siblings(path, "account")) {
    auto part = read_archive_part(file);
    if (!part) continue;
    for (const Json& item : *part) {
      const Json* account = member(item, "account");
      if (!account) continue;
      TweetAuthor owner{string_of(*account, "username"), id_of(*account, "accountId"),
                        string_of(*account, "accountDisplayName")};
      if (!owner.username.empty()) return owner;
    }
  }
  return std::nullopt;
}

std::vector<NoteTweet> parse_notes(const Json& part) {
  std::vector<NoteTweet> notes;
  for (const Json& item : part) {
    const Json* note = member(item, "noteTweet");
    if (!note) continue;
    const Json* core = member(*note, "core");
    if (!core) continue;
    NoteTweet n;
    n.note_id = id_of(*note, "noteTweetId");
    n.text = unescape(string_of(*core, "text"));
    if (auto created = parse_tweet_date(string_of(*note, "createdAt"))) n.created = *created;
    add_entity_texts(*core, "hashtags", "text", n.hashtags);
    add_entity_texts(*core, "mentions", "screen_name", n.mentions);
    add_entity_texts(*core, "urls", "expanded_url", n.urls);
    notes.push_back(std::move(n));
  }
  return notes;
}

const NoteTweet* find_note(const std::vector<NoteTweet>& notes, const Record& tweet) {
  if (!tweet.date) return nullptr;
  const std::string prefix = cut_prefix(tweet.text);
  if (prefix.empty()) return nullptr;
  for (const NoteTweet& note : notes)
    if (note.created == *tweet.date && note.text.compare(0, prefix.size(), prefix) == 0) return &note;
  return nullptr;
}

std::uint64_t advance_to(const std::string& text, const std::string& needle, std::size_t& cursor,
                         std::uint64_t& line) {
  const std::size_t at = text.find(needle, cursor);
  if (at == std::string::npos) return 0;
  line += static_cast<std::uint64_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(cursor),
                                                text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
  cursor = at;
  return line;
}

}  // namespace lisan::indexer::tweets
