#include "indexer/shard_writer.h"

#include <utility>

namespace lisan::indexer {
namespace {
// Documents waiting per shard: enough to keep the shard's thread busy while
// the next batch is analyzed, few enough to bound memory.
constexpr std::size_t kMaxQueued = 1024;
}  // namespace

ShardWriter::ShardWriter(const std::string& path)
    // No fsync: a shard is scratch space; a crash discards it and the index
    // itself changes only through the final merge and its atomic swap.
    : path_(path), db_(path, Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_NO_SYNC), thread_([this] { run(); }) {}

ShardWriter::ShardWriter(const std::string& path, Xapian::WritableDatabase db)
    : path_(path), db_(std::move(db)), thread_([this] { run(); }) {}

ShardWriter::~ShardWriter() {
  try {
    close();
  } catch (...) {
    // Destruction after an error: the run is failing already.
  }
}

void ShardWriter::rethrow() {
  if (error_) std::rethrow_exception(error_);
}

void ShardWriter::push(Command c) {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(lock, [this] { return queue_.size() < kMaxQueued || error_; });
  rethrow();
  queue_.push_back(std::move(c));
  changed_.notify_all();
}

void ShardWriter::put(Xapian::Document document, std::string id_term) {
  push(Command{Kind::kDocument, std::move(document), std::move(id_term), {}});
}

void ShardWriter::remove(std::string id_term) { push(Command{Kind::kDelete, {}, std::move(id_term), {}}); }

void ShardWriter::set_metadata(std::string key, std::string value) {
  push(Command{Kind::kMetadata, {}, std::move(key), std::move(value)});
}

void ShardWriter::commit() {
  std::uint64_t ticket;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    ticket = ++commits_asked_;
  }
  push(Command{Kind::kCommit, {}, {}, {}});
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(lock, [&] { return commits_done_ >= ticket || error_; });
  rethrow();
}

void ShardWriter::close() {
  if (!thread_.joinable()) return;
  std::exception_ptr failure;
  try {
    commit();
  } catch (...) {
    failure = std::current_exception();
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
    changed_.notify_all();
  }
  thread_.join();
  if (failure) std::rethrow_exception(failure);
  db_.close();
}

void ShardWriter::run() {
  for (;;) {
    Command c;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      changed_.wait(lock, [this] { return !queue_.empty() || stop_; });
      if (queue_.empty()) return;  // stop_ and nothing left
      c = std::move(queue_.front());
      queue_.pop_front();
      changed_.notify_all();  // room in the queue
    }
    try {
      switch (c.kind) {
        case Kind::kDocument:
          // A new id needs no lookup of the document to replace (and
          // replace_document would make Xapian flush that id's postings).
          if (db_.term_exists(c.a)) db_.replace_document(c.a, c.document);
          else db_.add_document(c.document);
          break;
        case Kind::kDelete:
          if (db_.term_exists(c.a)) db_.delete_document(c.a);
          break;
        case Kind::kMetadata:
          db_.set_metadata(c.a, c.b);
          break;
        case Kind::kCommit:
          db_.commit();
          {
            std::lock_guard<std::mutex> lock(mutex_);
            ++commits_done_;
          }
          changed_.notify_all();
          break;
      }
    } catch (...) {
      std::lock_guard<std::mutex> lock(mutex_);
      error_ = std::current_exception();
      queue_.clear();
      changed_.notify_all();
      return;
    }
  }
}

}  // namespace lisan::indexer
