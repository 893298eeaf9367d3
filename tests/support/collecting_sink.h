// CollectingSink: the RecordSink of the reader tests. It keeps every record,
// reject, skip and note a reader hands it, in order, and looks records up by id;
// read_with<Reader>() runs one reader over one file into a fresh sink, and
// iso() prints an optional date for a CHECK. Shared by tests/unit/readers/
// (generic, Telegram and Twitter readers) and tests/unit/indexer/.
// Header-only; one sink per test; not thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "indexer/readers/reader.h"
#include "lisan/date.h"
#include "lisan/record.h"

namespace lisan::test {

struct CollectingSink : indexer::RecordSink {
  std::vector<Record> records;
  std::vector<std::pair<Location, std::string>> rejects;  // (where, reason)
  std::vector<std::pair<Location, std::string>> skips;    // (where, reason)
  std::vector<std::pair<Location, std::string>> notes;    // (where, message)

  void accept(Record&& r) override { records.push_back(std::move(r)); }
  void reject(const Location& where, const std::string& reason, std::string_view) override {
    rejects.emplace_back(where, reason);
  }
  void skip(const Location& where, const std::string& reason) override { skips.emplace_back(where, reason); }
  void note(const Location& where, Severity, const std::string& message) override { notes.emplace_back(where, message); }

  // Every record the reader handed over, however it ended.
  std::size_t total() const { return records.size() + rejects.size() + skips.size(); }

  // The last record with `id` (the one the index keeps), or nullptr.
  const Record* find(const std::string& id) const {
    const Record* found = nullptr;
    for (const Record& r : records)
      if (r.id == id) found = &r;
    return found;
  }
  // The same, throwing when there is none (for tests that go on to read it).
  const Record& at(const std::string& id) const {
    const Record* r = find(id);
    if (!r) throw std::runtime_error("no record " + id);
    return *r;
  }
  std::size_t count(const std::string& id) const {
    std::size_t n = 0;
    for (const Record& r : records) n += r.id == id ? 1 : 0;
    return n;
  }
};

// Reads `path` with a reader of type R into a new sink.
template <typename R>
CollectingSink read_with(const std::string& path, indexer::ReaderOptions options = {}) {
  R reader(std::move(options));
  CollectingSink sink;
  reader.read(path, sink);
  return sink;
}

inline std::string iso(const std::optional<std::int64_t>& t) { return t ? format_iso_utc(*t) : std::string("(none)"); }

}  // namespace lisan::test
