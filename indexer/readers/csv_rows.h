// CsvRows: the rows of a tool's CSV/TSV export (4CAT, DMI-TCAT, twarc-csv,
// telegram-tracker), addressed by header name. Built on the shared RFC 4180
// parser (csv_parser.h): separator sniffed from the header line, BOM dropped,
// quoted newlines kept. A row the parser reports as broken (the file ends
// inside a quoted field) is rejected into the sink with its line, and so is a
// row with more cells than the header, since its columns cannot be trusted.
// Missing trailing cells read as empty. Checks of a tool's own id column are
// the reader's (or a subclass's, as tweets::TweetCsvRows).
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
#include "indexer/readers/record_guard.h"

namespace lisan::indexer {

// Whether a row with fewer cells than the header is read with the missing
// trailing cells empty (a tool's export, whose writer drops empty trailing
// cells) or rejected (a hand-made sheet, where it means a lost separator).
enum class ShortRows { kPadded, kRejected };

// The one check of a parsed row for every CSV reader, "" when the row can be
// used, else the reason to reject it: the parser's problem (an unbalanced
// quote), a NUL byte in a cell (binary data), more cells than the header
// names, or (kRejected) fewer. Empty cells past the header's width are
// dropped from `row` first: a spreadsheet's trailing separators are harmless.
std::string csv_row_problem(const CsvReader& csv, std::vector<std::string>& row,
                            const std::vector<std::string>& header, char separator, ShortRows short_rows);

class CsvRows {
 public:
  // Opens `path` and reads its header; throws lisan::Error when the file
  // cannot be opened or has no header.
  explicit CsvRows(const std::string& path);

  // The next well-formed row; broken rows are rejected into `sink` and passed
  // over. False at the end of the input or when the sink is stopping; throws
  // lisan::Error on a read error.
  bool next(RecordSink& sink);

  // The cell of `column` in the current row ("" when there is no such column).
  const std::string& cell(std::string_view column) const;
  bool has_column(std::string_view column) const { return columns_.count(std::string(column)) > 0; }
  // The header's column names, in file order.
  const std::vector<std::string>& column_names() const { return names_; }
  const std::string& path() const { return path_; }
  // FILE:LINE of the current row (the line where it starts).
  Location where() const { return Location{path_, line_, {}}; }
  std::uint64_t line() const { return line_; }
  std::uint64_t offset() const { return csv_->offset(); }
  const std::string& raw() const { return csv_->raw(); }

 private:
  std::string path_;
  std::ifstream in_;
  std::unique_ptr<CsvReader> csv_;
  char separator_ = ',';
  std::unordered_map<std::string, std::size_t> columns_;
  std::vector<std::string> names_;
  std::vector<std::string> row_;
  std::uint64_t line_ = 0;
};

// The row loop of a tool's CSV reader: opens `path` as `Rows` (CsvRows or a
// subclass), maps every row that passes the checks with `map(rows)` (which
// returns std::optional<Record>, nullopt after rejecting the row itself)
// inside the record guard, and accepts what it gives; the input as a whole
// is guarded too.
template <typename Rows, typename Map>
void read_rows(const std::string& path, RecordSink& sink, Map&& map) {
  guarded_input(path, [&] {
    Rows rows(path);
    while (rows.next(sink))
      if (auto r = guarded_record(sink, rows.where(), rows.raw(), [&] { return map(rows); })) sink.accept(std::move(*r));
  });
}

}  // namespace lisan::indexer
