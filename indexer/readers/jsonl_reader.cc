#include "indexer/readers/jsonl_reader.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "lisan/core/error.h"
#include "lisan/record_json.h"

namespace lisan::indexer {
namespace {

// nlohmann's messages start with "[json.exception.parse_error.101] parse
// error at line 1, column 45: "; the user needs the column and the reason.
std::string explain_parse_error(const nlohmann::json::parse_error& e) {
  std::string what = e.what();
  const std::size_t colon = what.find(": ");
  std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
  return fmt::format("invalid JSON at byte {}: {}", e.byte, reason);
}

}  // namespace

void JsonlReader::read(const std::string& path, RecordSink& sink) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) throw Error::format("{}: cannot open: {}", path, std::strerror(errno));
    in = &file;
  }
  RecordJsonOptions json_options;
  json_options.assumed_zone = options_.assumed_zone;

  std::string line;
  std::uint64_t line_no = 0;
  std::uint64_t offset = 0;
  while (!sink.stopping() && std::getline(*in, line)) {
    ++line_no;
    const std::uint64_t line_offset = offset;
    offset += line.size() + 1;
    const bool complete = !in->eof();  // getline stopped at '\n', not at end of file
    if (line_no == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;

    const Location where{path, line_no, {}};
    nlohmann::json value;
    try {
      value = nlohmann::json::parse(line);
    } catch (const nlohmann::json::parse_error& e) {
      std::string reason = explain_parse_error(e);
      if (!complete) reason = "truncated record at end of file (" + reason + ")";
      sink.reject(where, reason, line);
      continue;
    }
    auto record = record_from_json(value, json_options);
    if (!record) {
      sink.reject(where, record.error(), line);
      continue;
    }
    Record r = std::move(record).value();
    if (r.source.empty()) r.source = "jsonl";
    r.provenance = Provenance{path, line_no, line_offset, {}, "jsonl"};
    sink.accept(std::move(r));
  }
  if (in->bad()) throw Error::format("{}: read error after line {}", path, line_no);
}

}  // namespace lisan::indexer
