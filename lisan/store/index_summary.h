// IndexSummary: what an index holds, for `lisan-index info` and
// `lisan-query info`: documents per language, source, channel and kind, the
// date range, the schema and analyzer versions, and every input file indexed
// with its format, record count and when it was read.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "lisan/store/index_store.h"
#include "lisan/store/open_index.h"

namespace lisan::store {

struct InputSummary {
  std::string path;
  std::string format;
  std::uint64_t records = 0;
  std::uint64_t bytes = 0;
  std::string indexed_at;
};

struct IndexSummary {
  IndexInfo info;
  std::map<std::string, Xapian::doccount> languages;  // "" not listed: und documents are the rest
  std::map<std::string, Xapian::doccount> sources;
  std::map<std::string, Xapian::doccount> channels;   // names as written (sources too)
  std::map<std::string, Xapian::doccount> kinds;
  std::map<std::string, Xapian::doccount> formats;    // by input format, in records
  std::optional<std::int64_t> first_date, last_date;  // UTC seconds
  std::vector<InputSummary> inputs;
  // Every shard with its own id, versions and documents (one for a plain
  // index), and the shards left out (--allow-partial).
  std::vector<ShardInfo> shards;
  std::vector<MissingShard> missing;

  nlohmann::json to_json() const;
  // For a terminal: every field escaped (utf8::terminal_safe) and, when
  // right-to-left, isolated (lisan/core/bidi.h); print it as it is.
  std::string to_text() const;
};

IndexSummary summarize(const Xapian::Database& db);
IndexSummary summarize(const OpenIndex& index);

// The manifest entries of shards: name, remote, id, manifest id, versions,
// documents; and of the shards left out: name and reason.
nlohmann::json shards_json(const std::vector<ShardInfo>& shards);
nlohmann::json missing_json(const std::vector<MissingShard>& missing);

}  // namespace lisan::store
