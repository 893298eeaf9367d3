// Test support for the Telegram reader tests: a sink that keeps what a reader
// hands it, and small lookups. Header-only; one sink per test.
#pragma once

#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "indexer/readers/reader.h"
#include "lisan/date.h"

namespace lisan::test {

struct CollectingSink : indexer::RecordSink {
  std::vector<Record> records;
  std::vector<std::pair<Location, std::string>> rejects;
  std::vector<std::pair<Location, std::string>> skips;
  void accept(Record&& r) override { records.push_back(std::move(r)); }
  void reject(const Location& where, const std::string& reason, std::string_view) override {
    rejects.emplace_back(where, reason);
  }
  void skip(const Location& where, const std::string& reason) override { skips.emplace_back(where, reason); }
  std::size_t total() const { return records.size() + rejects.size() + skips.size(); }

  const Record* find(const std::string& id) const {
    for (const auto& r : records)
      if (r.id == id) return &r;
    return nullptr;
  }
  const Record& at(const std::string& id) const {
    const Record* r = find(id);
    if (!r) throw std::runtime_error("no record " + id);
    return *r;
  }
};

inline std::string iso(const std::optional<std::int64_t>& t) { return t ? format_iso_utc(*t) : std::string("(none)"); }

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline void spit(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
}

inline bool contains(const std::string& s, const std::string& what) { return s.find(what) != std::string::npos; }

inline bool has(const std::vector<std::string>& list, const std::string& value) {
  for (const auto& v : list)
    if (v == value) return true;
  return false;
}

}  // namespace lisan::test
