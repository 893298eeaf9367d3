// IndexWriter: puts built documents into one Xapian index, replacing by the
// unique id term (so re-indexing never duplicates), and commits in batches so
// an interrupted run keeps what it committed and never leaves a broken index
// (a Xapian commit is atomic).
//
// Not thread-safe: one writer, one thread.
#pragma once

#include <cstdint>
#include <string>

#include <xapian.h>

#include "indexer/document_builder.h"

namespace lisan::indexer {

class IndexWriter {
 public:
  // Opens or creates the index at `path` (see store::open_for_writing).
  explicit IndexWriter(const std::string& path, std::uint32_t commit_every = 5000);

  enum class Outcome { kAdded, kReplaced };
  Outcome put(const BuiltDocument& built);

  // Removes the document with this record id; false when there was none.
  bool remove(const std::string& record_id);

  void set_metadata(const std::string& key, const std::string& value);
  std::string get_metadata(const std::string& key) const;

  void commit();
  // Closes the index (after a commit); only path() may be used afterwards.
  void close() { db_.close(); }
  Xapian::doccount document_count() const { return db_.get_doccount(); }
  Xapian::WritableDatabase& database() { return db_; }
  const std::string& path() const { return path_; }
  // How many times commit() ran: lets a reader of the committed index
  // (ClusterAssigner) know when to reopen.
  std::uint64_t commits() const { return commits_; }

 private:
  std::string path_;
  Xapian::WritableDatabase db_;
  std::uint32_t commit_every_;
  std::uint32_t pending_ = 0;
  std::uint64_t commits_ = 0;
};

}  // namespace lisan::indexer
