// TweetCsvRows: the rows of a tweet CSV/TSV export (DMI-TCAT, 4CAT,
// twarc-csv), addressed by header name. Built on the shared RFC 4180 parser
// (csv_parser.h): separator sniffed from the header line, BOM dropped,
// quoted newlines kept. A row the parser reports as broken (the file ends
// inside a quoted field) is rejected into the sink with its line; a row with
// more cells than the header is rejected too, since its columns cannot be
// trusted, and so is a row whose "id" cell is not a tweet id (digits).
// Missing trailing cells read as empty.
//
// Streams row by row. Not thread-safe; one per input.
#pragma once

#include <cstdint>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "indexer/readers/csv_parser.h"
#include "indexer/readers/reader.h"

namespace lisan::indexer::tweets {

class TweetCsvRows {
 public:
  // Opens `path` and reads its header; throws lisan::Error when the file
  // cannot be opened or has no header.
  explicit TweetCsvRows(const std::string& path);

  // The next good row; broken rows are rejected into `sink` and passed over.
  bool next(RecordSink& sink);

  // The cell of `column` in the current row ("" when there is no such column).
  const std::string& cell(std::string_view column) const;
  bool has_column(std::string_view column) const { return columns_.count(std::string(column)) > 0; }
  // The header's column names, in file order.
  const std::vector<std::string>& column_names() const { return names_; }
  Location where() const { return Location{path_, line_, {}}; }
  std::uint64_t offset() const { return csv_->offset(); }
  const std::string& raw() const { return csv_->raw(); }

 private:
  std::string path_;
  std::ifstream in_;
  std::unique_ptr<CsvReader> csv_;
  std::unordered_map<std::string, std::size_t> columns_;
  std::vector<std::string> names_;
  std::vector<std::string> row_;
  std::uint64_t line_ = 0;
};

// Splits a list cell on `separator`, trimming spaces; empty items dropped.
std::vector<std::string> split_list(std::string_view cell, std::string_view separator);

}  // namespace lisan::indexer::tweets
