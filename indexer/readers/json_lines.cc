#include "indexer/readers/json_lines.h"

#include <cerrno>
#include <cstring>
#include <iostream>

#include <fmt/format.h>

#include "lisan/core/error.h"

namespace lisan::indexer {

std::string explain_json_error(const nlohmann::json::parse_error& e) {
  // nlohmann's text starts "[json.exception.parse_error.101] parse error at
  // line 1, column 45: "; the user needs the position and the reason.
  const std::string what = e.what();
  const std::size_t colon = what.find(": ");
  const std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
  return fmt::format("invalid JSON at byte {}: {}", e.byte, reason);
}

JsonLines::JsonLines(const std::string& path) : path_(path), in_(&std::cin) {
  if (path != "-") {
    file_.open(path, std::ios::binary);
    if (!file_) throw Error::format("{}: cannot open: {}", path, std::strerror(errno));
    in_ = &file_;
  }
}

bool JsonLines::next(nlohmann::json& value, RecordSink& sink) {
  while (!sink.stopping() && std::getline(*in_, line_)) {
    ++line_no_;
    line_offset_ = next_offset_;
    next_offset_ += line_.size() + 1;
    const bool complete = !in_->eof();  // getline stopped at '\n', not at the end
    if (line_no_ == 1 && line_.compare(0, 3, "\xEF\xBB\xBF") == 0) line_.erase(0, 3);
    if (!line_.empty() && line_.back() == '\r') line_.pop_back();
    if (line_.find_first_not_of(" \t") == std::string::npos) continue;
    try {
      value = nlohmann::json::parse(line_);
      return true;
    } catch (const nlohmann::json::parse_error& e) {
      std::string reason = explain_json_error(e);
      if (!complete) reason = "truncated record at end of file (" + reason + ")";
      sink.reject(where(), reason, line_);
    }
  }
  return false;
}

void JsonLines::check_read_error() const {
  if (in_->bad()) throw Error::format("{}: read error after line {}", path_, line_no_);
}

}  // namespace lisan::indexer
