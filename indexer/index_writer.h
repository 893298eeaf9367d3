// IndexWriter: puts built documents into one Xapian index, replacing by the
// unique id term (so re-indexing never duplicates), and commits in batches so
// an interrupted run keeps what it committed and never leaves a broken index
// (a Xapian commit is atomic).
//
// Bulk builds of a new index can be written in shards (write_in_shards):
// documents go by a hash of their id to one of N shard databases, each
// written on its own thread (indexer/shard_writer.h), beside the index in
// PATH.shards/; finish() merges them into the index with Xapian's Compactor
// and one atomic directory swap (lisan/store/compact.h). Until then the
// index itself is untouched, so a crash leaves it as it was and a re-run
// starts over; the shards' metadata (input fingerprints, the cluster
// counter) arrives with their documents.
//
// Not thread-safe: one IndexWriter, one calling thread.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include <xapian.h>

#include "indexer/document_builder.h"
#include "indexer/shard_writer.h"
#include "lisan/store/compact.h"

namespace lisan::indexer {

class IndexWriter {
 public:
  // Opens or creates the index at `path` (see store::open_for_writing).
  explicit IndexWriter(const std::string& path, std::uint32_t commit_every = 5000);
  ~IndexWriter();

  // Writes the documents of this run into `shards` shard databases merged by
  // finish(). Only for an index without documents, before the first put().
  void write_in_shards(unsigned shards);
  bool sharded() const { return !shards_.empty(); }

  enum class Outcome { kAdded, kReplaced };
  Outcome put(const BuiltDocument& built);

  // Removes the document with this record id; false when there was none.
  bool remove(const std::string& record_id);

  void set_metadata(const std::string& key, const std::string& value);
  std::string get_metadata(const std::string& key) const;

  void commit();
  // Ends the run: commits, then merges the shards into the index when there
  // are shards, or compacts it in place when `compact` says so. Returns what
  // the Compactor did; throws lisan::Error when shards cannot be merged.
  // Afterwards only path() may be used.
  std::optional<store::CompactResult> finish(bool compact);

  Xapian::doccount document_count() const;
  // The index being written (not in shard mode: use open_committed()).
  Xapian::WritableDatabase& database();
  // What commits so far hold, shards included, for reading.
  Xapian::Database open_committed() const;
  const std::string& path() const { return path_; }
  // How many times commit() ran: lets a reader of the committed index
  // (ClusterAssigner) know when to reopen.
  std::uint64_t commits() const { return commits_; }

 private:
  std::string shards_dir() const { return path_ + ".shards"; }

  std::string path_;
  Xapian::WritableDatabase db_;
  std::uint32_t commit_every_;
  std::uint32_t pending_ = 0;
  std::uint64_t commits_ = 0;
  // Shard mode.
  std::vector<std::unique_ptr<ShardWriter>> shards_;
  std::unordered_set<std::uint64_t> ids_written_;      // hashes of the id terms put this run
  std::map<std::string, std::string> metadata_set_;  // set this run (it lives in shard 0 until the merge)
  Xapian::doccount documents_written_ = 0;
};

}  // namespace lisan::indexer
