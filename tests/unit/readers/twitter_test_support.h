// Test support for the tweet readers: a sink that keeps everything a reader
// hands it, and lookups by id. Header-only; used by twitter_*_test.cc.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "indexer/readers/reader.h"
#include "lisan/date.h"
#include "lisan/record.h"

namespace lisan::indexer::test {

struct TweetSink : RecordSink {
  std::vector<Record> records;
  std::vector<std::pair<Location, std::string>> rejects;
  std::vector<std::pair<Location, std::string>> skips;
  void accept(Record&& r) override { records.push_back(std::move(r)); }
  void reject(const Location& where, const std::string& reason, std::string_view) override {
    rejects.emplace_back(where, reason);
  }
  void skip(const Location& where, const std::string& reason) override { skips.emplace_back(where, reason); }

  // The last record with `id` (the one the index keeps), or nullptr.
  const Record* find(const std::string& id) const {
    const Record* found = nullptr;
    for (const Record& r : records)
      if (r.id == id) found = &r;
    return found;
  }
  std::size_t count(const std::string& id) const {
    std::size_t n = 0;
    for (const Record& r : records) n += r.id == id ? 1 : 0;
    return n;
  }
  std::size_t total() const { return records.size() + rejects.size() + skips.size(); }
};

inline std::string iso(const std::optional<std::int64_t>& t) { return t ? format_iso_utc(*t) : std::string("(none)"); }

inline nlohmann::json meta(const Record& r) {
  return r.meta_json.empty() ? nlohmann::json::object() : nlohmann::json::parse(r.meta_json);
}

inline std::string twitter_sample(const std::string& name) {
  return std::string(LISAN_TEST_DATA) + "/samples/twitter/" + name;
}

}  // namespace lisan::indexer::test
