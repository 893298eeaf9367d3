// JsonLines: the line loop shared by the JSON-lines readers of tweet
// collections (twitter v1.1, twarc2, snscrape). It splits on the byte '\n'
// only (a raw U+2028 inside a string stays in its record, docs/input-formats.md §0.2),
// drops a BOM on line 1, a trailing '\r' and blank lines, parses each line
// with parse_json (nlohmann, which keeps integers up to 2^64 exact, within
// the depth and number limits), and rejects a line that is not JSON into the
// sink with FILE:LINE, saying so when the last line of the file is cut off.
// Memory holds one line at a time.
//
// Owns its input stream. Not thread-safe; one per input.
#pragma once

#include <cstdint>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "indexer/readers/json_parse.h"
#include "indexer/readers/reader.h"

namespace lisan::indexer {

class JsonLines {
 public:
  // Opens `path` ("-" = stdin); throws lisan::Error when it cannot.
  explicit JsonLines(const std::string& path);

  // The next line that parses as JSON, into `value`. Lines that do not parse
  // are rejected into `sink` and passed over. False at the end of the input
  // or when the sink is stopping.
  bool next(nlohmann::json& value, RecordSink& sink);

  std::uint64_t line() const { return line_no_; }       // 1-based line of `value`
  std::uint64_t offset() const { return line_offset_; }  // its byte offset
  const std::string& text() const { return line_; }     // its raw text, for rejects
  Location where() const { return Location{path_, line_no_, {}}; }
  // At the end: throws lisan::Error when the stream failed (not merely
  // ended), or when it held no JSON line at all (an empty input is reported,
  // not read silently as zero records).
  void check_end() const;

 private:
  std::string path_;
  std::ifstream file_;
  std::istream* in_;
  std::string line_;
  std::uint64_t line_no_ = 0;
  std::uint64_t line_offset_ = 0;
  std::uint64_t next_offset_ = 0;
  bool any_value_ = false;  // a non-blank line was seen
};

}  // namespace lisan::indexer
