#include "indexer/readers/json_lines.h"

#include <cerrno>
#include <cstring>
#include <iostream>

#include "lisan/core/error.h"

namespace lisan::indexer {

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
    any_value_ = true;
    bool cut = false;
    auto parsed = parse_json(line_, &cut);
    if (parsed) {
      value = std::move(parsed).value();
      return true;
    }
    std::string reason = parsed.error();
    if (!complete && cut) reason = "truncated record at end of file (" + reason + ")";
    sink.reject(where(), reason, line_);
  }
  return false;
}

void JsonLines::check_end() const {
  if (in_->bad()) throw Error::format("{}: read error after line {}", path_, line_no_);
  if (!any_value_ && in_->eof())  // not when stopped early
    throw line_no_ == 0 ? Error::format("{}: empty input: nothing to index", path_)
                        : Error::format("{}: no JSON in it, only {} blank line(s): nothing to index", path_, line_no_);
}

}  // namespace lisan::indexer
