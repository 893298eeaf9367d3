// JsonlReader: the native lisan JSONL contract (docs/input-formats.md §5.1): one JSON
// object per line, '\n' or "\r\n" line ends, a BOM on line 1, blank lines.
// Reads line by line, so memory does not grow with the file.
#pragma once

#include "indexer/readers/reader.h"

namespace lisan::indexer {

class JsonlReader : public OptionsReader {
 public:
  explicit JsonlReader(ReaderOptions options) : OptionsReader(std::move(options)) {}
  void read(const std::string& path, RecordSink& sink) override;
};

}  // namespace lisan::indexer
