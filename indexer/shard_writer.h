// ShardWriter: one shard of a parallel bulk build, written on its own thread.
//
// Xapian has one writer per database, and in a bulk build that writer is
// nearly all of the time (on the bench corpus 90% of lisan-index's CPU was
// the writing thread). IndexWriter therefore splits a build of a new index
// into shards, each a Xapian database of its own written by a ShardWriter,
// and merges them into the index with the Compactor at the end
// (indexer/index_writer.h says when and how).
//
// Thread safety: put(), set_metadata() and commit() are called from one
// thread (the IndexWriter's); the shard's thread does the Xapian work in the
// order they were called. An error in the shard's thread is rethrown by the
// next call.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <exception>
#include <mutex>
#include <string>
#include <thread>

#include <xapian.h>

namespace lisan::indexer {

class ShardWriter {
 public:
  // Creates (overwriting) the scratch shard database at `path`.
  explicit ShardWriter(const std::string& path);
  // Writes an open database: a shard of a shard set, which lives on
  // (lisan/store/shard_set.h).
  ShardWriter(const std::string& path, Xapian::WritableDatabase db);
  ~ShardWriter();
  ShardWriter(const ShardWriter&) = delete;
  ShardWriter& operator=(const ShardWriter&) = delete;

  // Queues a document, replacing any earlier one with the same id term.
  void put(Xapian::Document document, std::string id_term);
  // Queues the removal of the document with this id term (if any).
  void remove(std::string id_term);
  void set_metadata(std::string key, std::string value);
  // Waits until everything queued so far is committed.
  void commit();
  // Commits, stops the thread and closes the database.
  void close();

  const std::string& path() const { return path_; }

 private:
  enum class Kind { kDocument, kDelete, kMetadata, kCommit };
  struct Command {
    Kind kind;
    Xapian::Document document;
    std::string a, b;  // id term, or metadata key and value
  };

  void push(Command c);
  void run();
  void rethrow();

  std::string path_;
  Xapian::WritableDatabase db_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<Command> queue_;
  std::uint64_t commits_asked_ = 0, commits_done_ = 0;
  bool stop_ = false;
  std::exception_ptr error_;
  std::thread thread_;
};

}  // namespace lisan::indexer
