#include "indexer/readers/twitter/tweet_csv_rows.h"

#include <fmt/format.h>

namespace lisan::indexer::tweets {

bool TweetCsvRows::next(RecordSink& sink) {
  while (CsvRows::next(sink)) {
    if (const std::string& id = cell("id"); id.empty() || id.find_first_not_of("0123456789") != std::string::npos) {
      sink.reject(where(), fmt::format("\"id\" is not a tweet id: '{}'", id), raw());
      continue;
    }
    return true;
  }
  return false;
}

std::vector<std::string> split_list(std::string_view cell, std::string_view separator) {
  std::vector<std::string> out;
  while (!cell.empty()) {
    const std::size_t at = cell.find(separator);
    std::string_view item = cell.substr(0, at);
    while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
    while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
    if (!item.empty()) out.emplace_back(item);
    if (at == std::string_view::npos) break;
    cell.remove_prefix(at + separator.size());
  }
  return out;
}

}  // namespace lisan::indexer::tweets
