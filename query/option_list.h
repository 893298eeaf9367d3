// Comma-separated option values (--facets lang,hashtag; --fields id,date):
// split, trimmed of spaces, empty items dropped. Checking the names is the
// caller's job (each option knows its own).
#pragma once

#include <string>
#include <vector>

namespace lisan::query {

inline std::vector<std::string> split_option_list(const std::string& list) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at <= list.size()) {
    std::size_t comma = list.find(',', at);
    if (comma == std::string::npos) comma = list.size();
    std::string item = list.substr(at, comma - at);
    item.erase(0, item.find_first_not_of(' '));
    item.erase(item.find_last_not_of(' ') + 1);
    if (!item.empty()) out.push_back(std::move(item));
    at = comma + 1;
  }
  return out;
}

}  // namespace lisan::query
