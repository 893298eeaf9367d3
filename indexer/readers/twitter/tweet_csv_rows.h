// TweetCsvRows: the rows of a tweet CSV/TSV export (DMI-TCAT, 4CAT,
// twarc-csv), addressed by header name: the shared CsvRows (csv_rows.h:
// dialect sniffing, broken rows and rows with too many cells rejected with
// their line) plus one tweet rule: a row whose "id" cell is not a tweet id
// (digits) is rejected too.
//
// Streams row by row. Not thread-safe; one per input.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "indexer/readers/csv_rows.h"
#include "indexer/readers/reader.h"

namespace lisan::indexer::tweets {

class TweetCsvRows : public CsvRows {
 public:
  using CsvRows::CsvRows;

  // The next good row; broken rows and rows without a tweet id are rejected
  // into `sink` and passed over.
  bool next(RecordSink& sink);
};

// Splits a list cell on `separator`, trimming spaces; empty items dropped.
std::vector<std::string> split_list(std::string_view cell, std::string_view separator);

}  // namespace lisan::indexer::tweets
