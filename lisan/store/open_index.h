// Opening what --db names for reading: plain indexes and shard sets (stub
// databases, lisan/store/shard_set.h), local and remote shards alike, as one
// Xapian::Database, while knowing each shard: its name, id, versions and
// document count (for manifests; Xapian 1.4 reads a combined database's
// metadata from its first shard only), and which shards were left out.
//
// Failures are loud (issue 14): a shard that cannot be opened or reached
// (within ReadOptions::timeout_ms) is an error naming it, unless
// allow_partial says to search the others; then OpenIndex::missing names
// it and every output marks the result partial. A shard of another schema or
// analyzer version is refused either way: its answers would not be
// comparable.
#pragma once

#include <string>
#include <vector>

#include <xapian.h>

#include "lisan/core/error.h"
#include "lisan/store/index_store.h"
#include "lisan/store/reopen.h"

namespace lisan::store {

struct ReadOptions {
  bool allow_partial = false;
  // A remote shard that does not answer within this many milliseconds
  // counts as down (connecting and every request).
  unsigned timeout_ms = 10000;
};

struct ShardInfo {
  std::string name;  // path, or "remote HOST:PORT"
  bool remote = false;
  IndexInfo info;    // its own id, versions and documents
};

struct MissingShard {
  std::string name;
  std::string reason;
};

struct OpenIndex {
  Xapian::Database db;
  std::vector<ShardInfo> shards;      // every shard searched, in order
  std::vector<MissingShard> missing;  // left out under allow_partial
  bool has_remote() const;
  bool partial() const { return !missing.empty(); }
};

// Opens every index and shard set in `paths` as one database. Throws
// lisan::Error naming the shard (and the stub line) that is missing,
// unreachable or of another version.
OpenIndex open_index(const std::vector<std::string>& paths, const ReadOptions& options = {});

// What a shard that failed during a search is called in the error: probes
// every shard of `paths` again and returns the ones that do not answer.
std::vector<MissingShard> probe_shards(const std::vector<std::string>& paths, const ReadOptions& options);

// Runs `run(OpenIndex&)` on a freshly opened index. A shard that stops
// answering mid-run (Xapian::NetworkError) is named in a lisan::Error; with
// allow_partial the run starts again without it (and says so). Commits by a
// lisan-index run during the read are answered as with_fresh_reads does.
template <typename Run>
auto run_on_index(const std::vector<std::string>& paths, const ReadOptions& options, Run&& run) {
  for (int attempt = 1;; ++attempt) {
    try {
      return with_fresh_reads([&] {
        OpenIndex index = open_index(paths, options);
        return run(index);
      });
    } catch (const Xapian::NetworkError& e) {
      const std::vector<MissingShard> down = probe_shards(paths, options);
      std::string names;
      for (const MissingShard& m : down) names += (names.empty() ? "" : "; ") + m.name + ": " + m.reason;
      if (names.empty()) names = "a remote shard: " + e.get_description();
      if (!options.allow_partial || attempt >= 3)
        throw Error::format("shard stopped answering during the search ({}); restart its server, or pass "
                            "--allow-partial to search the others and mark the result partial",
                            names);
    }
  }
}

}  // namespace lisan::store
