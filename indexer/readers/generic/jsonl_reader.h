// JsonlReader: the native lisan JSONL contract (FORMATS.md 5.1): one JSON
// object per line, '\n' or "\r\n" line ends, a BOM on line 1, blank lines.
// Reads line by line, so memory does not grow with the file.
#pragma once

#include "indexer/readers/reader.h"

namespace lisan::indexer {

class JsonlReader : public Reader {
 public:
  explicit JsonlReader(ReaderOptions options) : options_(std::move(options)) {}
  void read(const std::string& path, RecordSink& sink) override;

 private:
  ReaderOptions options_;
};

}  // namespace lisan::indexer
