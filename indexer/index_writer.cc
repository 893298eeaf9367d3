#include "indexer/index_writer.h"

#include <cstdlib>
#include <filesystem>
#include <string>

#include <fmt/format.h>
#include <xxhash.h>

#include "lisan/core/error.h"
#include "lisan/schema.h"
#include "lisan/store/index_store.h"

namespace lisan::indexer {
namespace {

// Xapian flushes (commits) a writer's buffered changes every
// XAPIAN_FLUSH_THRESHOLD documents (default 10000), on top of our own
// commits. Unless the user set the variable, our --commit-every decides, so
// that commits happen where we ask for them. (Xapian reads it only from the
// environment, when a WritableDatabase opens.)
std::string open_path(const std::string& path, std::uint32_t commit_every) {
  if (!std::getenv("XAPIAN_FLUSH_THRESHOLD"))
    setenv("XAPIAN_FLUSH_THRESHOLD", std::to_string(commit_every == 0 ? 1 : commit_every).c_str(), 0);
  return path;
}

std::uint64_t id_hash(const std::string& id_term) { return XXH3_64bits(id_term.data(), id_term.size()); }

}  // namespace

IndexWriter::IndexWriter(const std::string& path, std::uint32_t commit_every)
    : path_(path),
      db_(store::open_for_writing(open_path(path, commit_every))),
      commit_every_(commit_every == 0 ? 1 : commit_every) {}

IndexWriter::~IndexWriter() = default;

void IndexWriter::write_in_shards(unsigned shards) {
  if (shards < 2 || sharded()) return;
  if (db_.get_doccount() != 0 || pending_ != 0)
    throw Error::format("{}: shards are only for building a new index", path_);
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::remove_all(shards_dir(), ec);  // left by an interrupted run: its documents never reached the index
  fs::create_directories(shards_dir(), ec);
  if (ec) throw Error::format("{}: cannot create {}: {}", path_, shards_dir(), ec.message());
  for (unsigned i = 0; i < shards; ++i)
    shards_.push_back(std::make_unique<ShardWriter>(fmt::format("{}/{}", shards_dir(), i)));
}

IndexWriter::Outcome IndexWriter::put(const BuiltDocument& built) {
  bool existed;
  if (sharded()) {
    // The index was empty: only this run's documents can be replaced. Equal
    // ids hash to the same shard, which replaces in order.
    const std::uint64_t h = id_hash(built.id_term);
    existed = !ids_written_.insert(h).second;
    if (!existed) ++documents_written_;
    shards_[h % shards_.size()]->put(built.document, built.id_term);
  } else {
    existed = db_.term_exists(built.id_term);
    // A new id needs no lookup of the document to replace.
    if (existed) db_.replace_document(built.id_term, built.document);
    else db_.add_document(built.document);
  }
  if (++pending_ >= commit_every_) commit();
  return existed ? Outcome::kReplaced : Outcome::kAdded;
}

bool IndexWriter::remove(const std::string& record_id) {
  const std::string term = schema::id_term(record_id);
  if (sharded()) throw Error::format("{}: removing documents while building shards", path_);
  if (!db_.term_exists(term)) return false;
  db_.delete_document(term);
  ++pending_;
  return true;
}

void IndexWriter::set_metadata(const std::string& key, const std::string& value) {
  if (!sharded()) return db_.set_metadata(key, value);
  // In shard 0, so that it reaches the index with the documents, never before.
  metadata_set_[key] = value;
  shards_.front()->set_metadata(key, value);
}

std::string IndexWriter::get_metadata(const std::string& key) const {
  if (const auto it = metadata_set_.find(key); it != metadata_set_.end()) return it->second;
  return db_.get_metadata(key);
}

void IndexWriter::commit() {
  if (sharded()) {
    for (auto& shard : shards_) shard->commit();
  } else {
    db_.commit();
  }
  pending_ = 0;
  ++commits_;
}

Xapian::doccount IndexWriter::document_count() const {
  return sharded() ? documents_written_ : db_.get_doccount();
}

Xapian::WritableDatabase& IndexWriter::database() {
  if (sharded()) throw Error::format("{}: the index is being built in shards", path_);
  return db_;
}

Xapian::Database IndexWriter::open_committed() const {
  Xapian::Database db(path_);
  for (const auto& shard : shards_) db.add_database(Xapian::Database(shard->path()));
  return db;
}

std::optional<store::CompactResult> IndexWriter::finish(bool compact) {
  commit();
  if (!sharded()) {
    db_.close();
    if (!compact) return std::nullopt;
    return store::compact_in_place(path_);
  }
  std::vector<std::string> sources;
  for (auto& shard : shards_) {
    shard->close();
    sources.push_back(shard->path());
  }
  db_.close();
  store::CompactResult result = store::compact_in_place(path_, sources);
  shards_.clear();
  std::error_code ec;
  std::filesystem::remove_all(shards_dir(), ec);
  return result;
}

}  // namespace lisan::indexer
