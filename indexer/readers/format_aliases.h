// The names users type for --format beside the readers' own: a platform
// ("telegram", "twitter", "x") stands for every reader of that platform's
// exports and the file is detected among them; a tool's short name ("tcat",
// "ndjson") stands for the one reader it means. Listed in --help.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lisan::indexer {

struct FormatAlias {
  const char* alias;                 // "telegram"
  const char* what;                  // "any Telegram export", for --help
  std::vector<const char*> formats;  // the registry names it stands for
};

const std::vector<FormatAlias>& format_aliases();

// The alias named `format`, or nullptr (a reader's own name, "auto", or unknown).
const FormatAlias* find_format_alias(std::string_view format);

// True when `format` is one of the alias's formats.
bool alias_covers(const FormatAlias& alias, std::string_view format);

// "telegram (any Telegram export), twitter or x (...), ..." for --help.
std::string format_alias_help();

}  // namespace lisan::indexer
