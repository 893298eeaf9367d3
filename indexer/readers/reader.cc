#include "indexer/readers/reader.h"

#include <fstream>

#include "indexer/readers/jsonl_reader.h"

namespace lisan::indexer {

std::unique_ptr<Reader> make_reader(std::string_view format, const ReaderOptions& options) {
  if (format == "jsonl") return std::make_unique<JsonlReader>(options);
  return nullptr;
}

const char* reader_formats() { return "auto, jsonl"; }

std::string detect_format(const std::string& path) {
  const auto ends_with = [&](std::string_view suffix) {
    return path.size() >= suffix.size() && path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (path == "-" || ends_with(".jsonl") || ends_with(".ndjson")) return "jsonl";
  // Content sniff: a first non-blank character of '{' on one line is JSONL.
  std::ifstream in(path, std::ios::binary);
  std::string first;
  if (in && std::getline(in, first)) {
    if (first.compare(0, 3, "\xEF\xBB\xBF") == 0) first.erase(0, 3);
    const auto start = first.find_first_not_of(" \t\r");
    if (start != std::string::npos && first[start] == '{' && first.find_last_not_of(" \t\r") != std::string::npos &&
        first[first.find_last_not_of(" \t\r")] == '}')
      return "jsonl";
  }
  return "";
}

}  // namespace lisan::indexer
