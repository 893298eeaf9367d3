// Small text helpers every reader needs (trimming, ASCII case, digits, list
// fields without repeats, line ends), written once so that readers of the
// same kind of field agree on what "empty", "a number" or "the same value"
// means. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lisan::indexer {

// `s` without leading and trailing ASCII white space (space, tab, CR, LF, VT, FF).
std::string_view trim_view(std::string_view s);
inline std::string trim(std::string_view s) { return std::string(trim_view(s)); }

// ASCII letters lowered; other bytes (UTF-8) as they are.
std::string lower_ascii(std::string_view s);

// True for a non-empty run of ASCII digits (an id as written).
bool all_digits(std::string_view s);

inline bool contains(std::string_view s, std::string_view what) { return s.find(what) != std::string_view::npos; }
inline bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
inline bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Drops a UTF-8 byte order mark at the start of `s`.
std::string_view without_bom(std::string_view s);

// Appends `value` unless it is empty or already in `list` (entities repeat,
// and a hashtag written twice is one hashtag of the record).
void add_unique(std::vector<std::string>& list, std::string value);

// CR LF and lone CR as LF (docs/input-formats.md §0.2: stored text uses '\n').
std::string normalize_newlines(std::string_view s);

}  // namespace lisan::indexer
