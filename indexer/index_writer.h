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
// Faults (issue 17):
// - One run at a time: the writer holds a store::WriterLock (PATH.lock) from
//   before it opens or creates the index until it is destroyed, so no other
//   run writes between the merge and the swap; a second run fails at once
//   with the holder's pid, host and start time.
// - Once every shard is committed and closed, finish() marks them complete
//   (PATH.shards/complete) before merging. When the merge fails (disk full)
//   or the run is killed during it, the shards are kept, and the next run on
//   the index merges them first (resumed_merge()), so that run completes the
//   build without reading the inputs again. Shards without the mark are
//   scratch: the writer removes them when the run fails, and a new build
//   removes any left by a killed run.
// - A full disk: Xapian 1.4 can end the process (std::terminate from its
//   own clean-up) when a commit hits a full disk, instead of throwing. So
//   commit() first estimates what the commit writes (the bytes per document
//   committed so far, at least 4 KB before the first commit, times the
//   documents pending, half again for the blocks written before old ones
//   are freed, and 256 KB to spare) and refuses with lisan::Error when the
//   disk has less free. Committed documents stay; a rerun finishes.
//
// Shard sets (issue 14, lisan/store/shard_set.h): when PATH is a shard set,
// or `shards` asks for one, the index is K shards that live on. Every
// document goes to shard_of(id term, K), so a re-indexed or deleted record
// replaces the one copy in its shard; set-wide metadata (input fingerprints,
// the cluster counter) lives in shard 0. A commit commits shards K-1 .. 1
// first and shard 0 last: a run killed between them leaves documents whose
// input is not yet marked done, which the next run reads again (replacing
// by id), never a fingerprint without its documents. finish() compacts each
// shard in place after a bulk build; nothing is merged.
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
#include "lisan/core/error.h"
#include "lisan/store/compact.h"
#include "lisan/store/writer_lock.h"

namespace lisan::indexer {

// A failure to write the index (a full disk, shards that cannot be merged),
// as opposed to an input that cannot be read: it ends the run, and no input
// is blamed for it.
class IndexWriteError : public Error {
 public:
  using Error::Error;
};

class IndexWriter {
 public:
  // Opens or creates the index at `path` (see store::open_for_writing).
  // Throws lisan::Error when another run holds the index, or it is read-only.
  // Writing throws IndexWriteError when the disk is (nearly) full.
  // `shards` > 0 makes PATH a shard set of that many shards when it does not
  // exist yet, and must match the shards of an existing set; throws
  // lisan::Error for a plain index given --shards, or a set with remote or
  // missing shards.
  explicit IndexWriter(const std::string& path, std::uint32_t commit_every = 5000, unsigned shards = 0);
  ~IndexWriter();

  // What the merge of complete shards left by an earlier run did, when the
  // constructor found some (see above); nullopt otherwise.
  const std::optional<store::CompactResult>& resumed_merge() const { return resumed_merge_; }

  // Writes the documents of this run into `shards` shard databases merged by
  // finish(). Only for an index without documents, before the first put().
  void write_in_shards(unsigned shards);
  bool sharded() const { return !shards_.empty(); }
  // PATH is a shard set (its shards are the index, see above).
  bool is_set() const { return set_; }

  enum class Outcome { kAdded, kReplaced };
  Outcome put(const BuiltDocument& built);

  // Removes the document with this record id; false when there was none.
  bool remove(const std::string& record_id);
  // The same by id term (schema::id_term).
  bool remove_term(const std::string& id_term);

  void set_metadata(const std::string& key, const std::string& value);
  std::string get_metadata(const std::string& key) const;

  void commit();
  // Ends the run: commits, then merges the shards into the index when there
  // are shards, or compacts it in place when `compact` says so. Returns what
  // the Compactor did; throws lisan::Error when shards cannot be merged.
  // Afterwards only path() may be used.
  // When the shards cannot be merged they are kept and the message says how
  // to finish (free space, run again).
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
  std::string shards_dir() const { return set_ ? path_ : path_ + ".shards"; }
  void open_set(unsigned shards);
  void reopen_readers();  // set mode: the committed shards, after a commit
  void check_space() const;  // throws when the next commit would likely not fit on the disk

  std::string path_;
  store::WriterLock lock_;  // first: held before the index is opened or created, released last
  std::optional<store::CompactResult> resumed_merge_;
  Xapian::WritableDatabase db_;
  std::uint32_t commit_every_;
  std::uint32_t pending_ = 0;
  std::uint64_t commits_ = 0;
  Xapian::doccount committed_ = 0;  // documents at the last commit
  // Shard mode.
  std::vector<std::unique_ptr<ShardWriter>> shards_;
  std::unordered_set<std::uint64_t> ids_written_;      // hashes of the id terms put this run
  std::map<std::string, std::string> metadata_set_;  // set this run (it lives in shard 0 until the merge)
  Xapian::doccount documents_written_ = 0;
  bool shards_complete_ = false;  // marked complete: kept for the next run when the merge fails
  // Set mode.
  bool set_ = false;
  std::vector<Xapian::Database> readers_;  // each shard as of the last commit
};

}  // namespace lisan::indexer
