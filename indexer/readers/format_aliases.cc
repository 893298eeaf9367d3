#include "indexer/readers/format_aliases.h"

#include <algorithm>

namespace lisan::indexer {

const std::vector<FormatAlias>& format_aliases() {
  static const std::vector<FormatAlias> kAliases = {
      {"telegram", "any Telegram export",
       {"telegram-json", "telegram-html", "snscrape-telegram", "4cat-telegram", "telegram-tracker", "4cat-telegram-csv",
        "telegram-tracker-csv"}},
      {"twitter", "any Twitter/X export",
       {"twitter-archive", "twitter-archive-notes", "twarc2", "twarc2-flat", "twitter-v1", "snscrape-twitter",
        "4cat-twitter-csv", "dmi-tcat", "twarc-csv"}},
      {"x", "the same as twitter",
       {"twitter-archive", "twitter-archive-notes", "twarc2", "twarc2-flat", "twitter-v1", "snscrape-twitter",
        "4cat-twitter-csv", "dmi-tcat", "twarc-csv"}},
      {"4cat", "any 4CAT export", {"4cat-telegram", "4cat-telegram-csv", "4cat-twitter-csv"}},
      {"tcat", "dmi-tcat", {"dmi-tcat"}},
      {"ndjson", "jsonl", {"jsonl"}},
      {"txt", "text", {"text"}},
  };
  return kAliases;
}

const FormatAlias* find_format_alias(std::string_view format) {
  for (const FormatAlias& a : format_aliases())
    if (format == a.alias) return &a;
  return nullptr;
}

bool alias_covers(const FormatAlias& alias, std::string_view format) {
  return std::any_of(alias.formats.begin(), alias.formats.end(), [&](const char* f) { return format == f; });
}

std::string format_alias_help() {
  std::string out;
  for (const FormatAlias& a : format_aliases())
    out += std::string(out.empty() ? "" : ", ") + a.alias + " (" + a.what + ")";
  return out;
}

}  // namespace lisan::indexer
