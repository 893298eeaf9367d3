// CsvRecordReader: a generic CSV/TSV file with a header row, one record per
// row (docs/input-formats.md §5.2). The dialect is sniffed (csv_parser.h); columns are
// found by --map field=column or by header synonyms in English, Dutch,
// Turkish and Arabic; dates are ISO 8601 / epoch, or follow --date-format;
// naive dates are read in --tz (or UTC) and marked as assumed.
//
// Encoding: UTF-8 (BOM or not) or a BOM-marked UTF-16; any other encoding
// only when named with --encoding, never guessed: a file that is not UTF-8
// without --encoding stops with a message saying so.
//
// Ids: the id column when there is one; otherwise "<file>:<row>" where <file>
// is the path relative to the directory given (ReaderOptions::base_dir) and
// <row> the spreadsheet row number (the header is row 1), which stays the
// same when a cell gains a line break.
//
// Rows with the wrong number of fields, with no text, with an unreadable
// date or with invalid UTF-8 are rejected with FILE:LINE and the reason.
// Unmapped columns are kept in the record's meta ("columns").
//
// One reader per thread; streams, memory grows with the longest row only.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "indexer/readers/reader.h"
#include "lisan/core/result.h"

namespace lisan::indexer {

class CsvRecordReader : public OptionsReader {
 public:
  explicit CsvRecordReader(ReaderOptions options) : OptionsReader(std::move(options)) {}
  void read(const std::string& path, RecordSink& sink) override;
};

// The Record fields --map can name, comma-separated (for --help and errors).
std::string csv_mappable_fields();

// --map values ("text=body,date=created_at", possibly repeated) as
// (field, column) pairs; fails naming the bad part or the unknown field.
Result<std::vector<std::pair<std::string, std::string>>> parse_column_map(const std::vector<std::string>& specs);

}  // namespace lisan::indexer
