// Data tables: the analyzer's word lists and override tables, written as
// text files in lisan/analysis/data/<lang>-<what>.txt and compiled in at build
// time by cmake/embed_tables.cmake (a malformed line fails the build with
// file:line). Nothing is read from disk at run time.
//
// The typed accessors below check what the build cannot know (the number of
// columns a caller expects, a key given twice) and return the problem as a
// value naming the file and line. Thread-safe: the tables are immutable.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "lisan/core/result.h"

namespace lisan::analysis {

struct DataTable {
  std::string_view name;   // file name without ".txt": "nl-stem-overrides"
  std::string_view file;   // "nl-stem-overrides.txt", for messages
  std::size_t columns = 0;
  std::size_t rows = 0;
  const std::string_view* cells = nullptr;  // rows * columns, row by row
  const int* lines = nullptr;               // source line of each row

  std::string_view cell(std::size_t row, std::size_t column) const {
    return cells[row * columns + column];
  }
};

// Every compiled-in table, sorted by name (generated source).
const std::vector<DataTable>& data_tables();

// The table `name` if it exists and has `columns` columns.
Result<DataTable> data_table(std::string_view name, std::size_t columns);

// A two-column table as a map from the first column to the second; a key
// given twice is an error.
using WordMap = std::unordered_map<std::string_view, std::string_view>;
Result<WordMap> word_map(std::string_view name);

// A one-column table as a set; an entry given twice is an error.
using WordSet = std::unordered_set<std::string_view>;
Result<WordSet> word_set(std::string_view name);

// For the analyzer's own tables, which the unit tests load one by one: the
// value, or lisan::Error with the accessor's message (a broken compiled-in
// table is a build defect, not bad input).
WordMap required_word_map(std::string_view name);
WordSet required_word_set(std::string_view name);

}  // namespace lisan::analysis
