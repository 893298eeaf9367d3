#include "indexer/readers/tweet_csv_rows.h"

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "lisan/core/error.h"

namespace lisan::indexer::tweets {

TweetCsvRows::TweetCsvRows(const std::string& path) : path_(path) {
  in_.open(path, std::ios::binary);
  if (!in_) throw Error::format("{}: cannot open: {}", path, std::strerror(errno));
  csv_ = std::make_unique<CsvReader>(in_, sniff_dialect(read_head(path)));
  std::vector<std::string> header;
  std::uint64_t line = 0;
  if (!csv_->next(header, line)) throw Error::format("{}: empty file: no header row", path);
  for (std::size_t i = 0; i < header.size(); ++i) {
    std::string name = header[i];
    if (i == 0 && name.compare(0, 3, "\xEF\xBB\xBF") == 0) name.erase(0, 3);  // in case the parser kept it
    while (!name.empty() && (name.back() == '\r' || name.back() == ' ')) name.pop_back();
    columns_.emplace(name, i);
    names_.push_back(std::move(name));
  }
}

bool TweetCsvRows::next(RecordSink& sink) {
  while (!sink.stopping() && csv_->next(row_, line_)) {
    if (!csv_->problem().empty()) {
      sink.reject(where(), csv_->problem(), csv_->raw());
      continue;
    }
    if (row_.size() > columns_.size()) {
      sink.reject(where(),
                  fmt::format("row has {} cells but the header names {} columns", row_.size(), columns_.size()),
                  csv_->raw());
      continue;
    }
    if (const std::string& id = cell("id"); id.empty() || id.find_first_not_of("0123456789") != std::string::npos) {
      sink.reject(where(), fmt::format("\"id\" is not a tweet id: '{}'", id), csv_->raw());
      continue;
    }
    return true;
  }
  if (csv_->bad()) throw Error::format("{}: read error after line {}", path_, line_);
  return false;
}

const std::string& TweetCsvRows::cell(std::string_view column) const {
  static const std::string kEmpty;
  const auto it = columns_.find(std::string(column));
  if (it == columns_.end() || it->second >= row_.size()) return kEmpty;
  return row_[it->second];
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
