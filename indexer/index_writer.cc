#include "indexer/index_writer.h"

#include <sys/statvfs.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <fmt/format.h>
#include <xxhash.h>

#include "lisan/core/error.h"
#include "lisan/schema.h"
#include "lisan/store/index_store.h"
#include "lisan/store/shard_set.h"

namespace lisan::indexer {
namespace fs = std::filesystem;
namespace {

// Written into PATH.shards once every shard is committed and closed.
constexpr const char* kShardsComplete = "complete";

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

std::string shards_dir_of(const std::string& path) { return path + ".shards"; }

// The shard databases in PATH.shards, in the order they were made (0, 1, ...).
std::vector<std::string> shard_paths(const std::string& dir) {
  std::vector<std::pair<unsigned long, std::string>> found;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const std::string name = entry.path().filename().string();
    if (entry.is_directory(ec) && !name.empty() && name.find_first_not_of("0123456789") == std::string::npos)
      found.emplace_back(std::stoul(name), entry.path().string());
  }
  std::sort(found.begin(), found.end());
  std::vector<std::string> out;
  for (auto& f : found) out.push_back(std::move(f.second));
  return out;
}

// What to tell the user when complete shards could not be merged.
std::string kept_shards_message(const std::string& path, const std::string& reason) {
  const std::string dir = shards_dir_of(path);
  std::uintmax_t bytes = 0;
  for (const std::string& shard : shard_paths(dir)) bytes += store::index_bytes(shard);
  return fmt::format(
      "{}; this build's documents are kept in {} ({:.1f} MB): free space on that disk (the merge writes up to "
      "{:.1f} MB more) and run lisan-index on {} again, which finishes the merge first (or delete {} to drop "
      "the build)",
      reason, dir, bytes / 1e6, bytes / 1e6, path, dir);
}

// Before the index is opened: shards left by an earlier run. Complete ones
// (a disk that filled during the merge, a kill during it) are merged now,
// unless the swap already brought them in (a kill after it: the index then
// has their documents or input fingerprints); incomplete ones are scratch.
std::optional<store::CompactResult> merge_kept_shards(const std::string& path) {
  const std::string dir = shards_dir_of(path);
  std::error_code ec;
  if (!fs::exists(dir, ec)) return std::nullopt;
  std::optional<store::CompactResult> result;
  if (fs::exists(fs::path(dir) / kShardsComplete, ec)) {
    store::open_for_writing(path).close();  // the index they belong to (created when missing)
    const Xapian::Database index(path);
    const std::string inputs(schema::kMetaInputPrefix);
    const bool merged = index.get_doccount() > 0 || index.metadata_keys_begin(inputs) != index.metadata_keys_end(inputs);
    if (!merged) {
      try {
        result = store::compact_in_place(path, shard_paths(dir));
      } catch (const Error& e) {
        throw IndexWriteError(kept_shards_message(path, e.what()));
      }
    }
  }
  fs::remove_all(dir, ec);
  return result;
}

// Creates PATH.shards/complete, durably: the shards are written without
// fsync (scratch), so they are synced first, then the mark.
void mark_complete(const std::string& dir) {
  for (const std::string& shard : shard_paths(dir)) store::sync_tree(shard);
  const std::string mark = (fs::path(dir) / kShardsComplete).string();
  {
    std::ofstream out(mark, std::ios::binary | std::ios::trunc);
    out << "every shard committed and closed; the next lisan-index run merges them\n";
    out.flush();
    if (!out) throw IndexWriteError(fmt::format("{}: cannot write {}: {}", dir, mark, std::strerror(errno)));
  }
  store::sync_tree(dir);
}

}  // namespace

namespace {

// A directory holding only shard-N directories (and a stub being written):
// a set whose creation was interrupted before its stub was in place.
bool unfinished_set(const std::string& path) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(path, ec)) {
    const std::string name = entry.path().filename().string();
    if (name != "XAPIANDB.new" && name.rfind("shard-", 0) != 0) return false;
  }
  return !ec;
}

// A shard set at `path`, or --shards asking for one: the number of shards
// (0 = a plain index). Refuses what cannot be written as asked.
unsigned set_shards(const std::string& path, unsigned asked) {
  const std::string stub = store::stub_file_of(path);
  if (stub.empty()) {
    std::error_code ec;
    if (asked > 0 && fs::exists(path, ec) && !unfinished_set(path))
      throw Error::format(
          "{}: is a single index, not a shard set; --shards makes a new set: give --db a new directory (re-index "
          "into it), or leave out --shards",
          path);
    return asked;
  }
  const std::vector<store::ShardSpec> specs = store::read_stub(stub);
  if (specs.empty()) throw Error::format("{}: the shard set lists no shards", stub);
  for (std::size_t i = 0; i < specs.size(); ++i) {
    if (specs[i].remote())
      throw Error::format("{}:{}: shard {} is {}; lisan-index writes local shards only: run it on the machine that "
                          "holds the shard, with a stub naming it as 'auto PATH'",
                          stub, specs[i].line, i, specs[i].name());
    if (specs[i].path != (fs::path(path) / store::shard_dir_name(static_cast<unsigned>(i))).string())
      throw Error::format("{}:{}: shard {} is '{}'; lisan-index writes sets whose shards are {}/shard-N in order",
                          stub, specs[i].line, i, specs[i].stub_line, path);
  }
  if (asked > 0 && asked != specs.size())
    throw Error::format(
        "{}: the shard set has {} shards, --shards asks for {}; records are placed by a hash modulo the number of "
        "shards, so it is fixed: leave out --shards, or merge (lisan-index merge) and re-index into a new set",
        path, specs.size(), asked);
  return static_cast<unsigned>(specs.size());
}

}  // namespace

IndexWriter::IndexWriter(const std::string& path, std::uint32_t commit_every, unsigned shards)
    : path_(path),
      lock_(path),
      commit_every_(commit_every == 0 ? 1 : commit_every) {
  open_path(path, commit_every);  // Xapian's flush threshold, before any writer opens
  const unsigned set_size = set_shards(path, shards);
  if (set_size > 0) {
    open_set(set_size);
    return;
  }
  resumed_merge_ = merge_kept_shards(path);
  db_ = store::open_for_writing(path);
  committed_ = db_.get_doccount();
}

void IndexWriter::open_set(unsigned shards) {
  set_ = true;
  std::error_code ec;
  fs::create_directories(path_, ec);
  if (ec) throw Error::format("{}: cannot create the shard set directory: {}", path_, ec.message());
  std::vector<std::string> lines;
  for (unsigned i = 0; i < shards; ++i) {
    const std::string dir = (fs::path(path_) / store::shard_dir_name(i)).string();
    // Created (stamped with this lisan's versions) when missing; refused
    // when of other versions: a set never mixes them.
    shards_.push_back(std::make_unique<ShardWriter>(dir, store::open_for_writing(dir)));
    lines.push_back("auto " + store::shard_dir_name(i));
  }
  // The stub last: a set whose shards are not all there yet is no set.
  if (store::stub_file_of(path_).empty()) store::write_stub(path_, lines);
  reopen_readers();
  committed_ = document_count();
}

void IndexWriter::reopen_readers() {
  readers_.clear();
  for (const auto& shard : shards_) readers_.emplace_back(shard->path());
}

IndexWriter::~IndexWriter() {
  if (set_) {
    shards_.clear();  // closes each shard (committing what is queued)
    return;
  }
  if (shards_.empty() || shards_complete_) return;
  // A failed build's shards: useless to the next run, and the space may be
  // what it ran out of.
  shards_.clear();
  std::error_code ec;
  fs::remove_all(shards_dir(), ec);
}

void IndexWriter::write_in_shards(unsigned shards) {
  if (shards < 2 || sharded()) return;
  if (db_.get_doccount() != 0 || pending_ != 0)
    throw Error::format("{}: shards are only for building a new index", path_);
  std::error_code ec;
  fs::create_directories(shards_dir(), ec);
  if (ec) throw Error::format("{}: cannot create {}: {}", path_, shards_dir(), ec.message());
  committed_ = 0;
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
    if (set_ && !existed) existed = readers_[h % shards_.size()].term_exists(built.id_term);
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

bool IndexWriter::remove(const std::string& record_id) { return remove_term(schema::id_term(record_id)); }

bool IndexWriter::remove_term(const std::string& term) {
  if (set_) {
    const unsigned n = store::shard_of(term, static_cast<unsigned>(shards_.size()));
    const bool written = ids_written_.erase(id_hash(term)) > 0;
    if (!written && !readers_[n].term_exists(term)) return false;
    shards_[n]->remove(term);
    ++pending_;
    return true;
  }
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
  if (set_) return readers_.front().get_metadata(key);
  return db_.get_metadata(key);
}

void IndexWriter::check_space() const {
  const std::string dir = sharded() ? shards_dir() : path_;
  struct statvfs st {};
  if (pending_ == 0 || ::statvfs(dir.c_str(), &st) != 0) return;
  const std::uintmax_t available = static_cast<std::uintmax_t>(st.f_bavail) * st.f_frsize;
  std::uintmax_t on_disk = 0;
  if (sharded())
    for (const auto& shard : shards_) on_disk += store::index_bytes(shard->path());
  else
    on_disk = store::index_bytes(path_);
  const std::uintmax_t per_document = committed_ > 0 ? on_disk / committed_ + 1 : 4096;
  const std::uintmax_t needed = per_document * pending_ * 3 / 2 + (256 << 10);
  if (available >= needed) return;
  throw IndexWriteError(fmt::format(
      "{}: not enough space left on device to commit the next {} document(s) ({:.1f} MB free, about {:.1f} MB "
      "needed); the index keeps what was committed before: free space on that disk and run the same command "
      "again to finish",
      path_, pending_, available / 1e6, needed / 1e6));
}

void IndexWriter::commit() {
  check_space();
  if (set_) {
    // Shard 0 (the set's metadata: input fingerprints) last; see the header.
    for (std::size_t i = shards_.size(); i-- > 0;) shards_[i]->commit();
    reopen_readers();
  } else if (sharded()) {
    for (auto& shard : shards_) shard->commit();
  } else {
    db_.commit();
  }
  pending_ = 0;
  ++commits_;
  committed_ = document_count();
}

Xapian::doccount IndexWriter::document_count() const {
  if (set_) {
    Xapian::doccount n = 0;
    for (const auto& r : readers_) n += r.get_doccount();
    return n;
  }
  return sharded() ? documents_written_ : db_.get_doccount();
}

Xapian::WritableDatabase& IndexWriter::database() {
  if (sharded()) throw Error::format("{}: the index is being built in shards", path_);
  return db_;
}

Xapian::Database IndexWriter::open_committed() const {
  if (set_) return Xapian::Database(path_);  // the stub names every shard
  Xapian::Database db(path_);
  for (const auto& shard : shards_) db.add_database(Xapian::Database(shard->path()));
  return db;
}

std::optional<store::CompactResult> IndexWriter::finish(bool compact) {
  commit();
  if (set_) {
    for (auto& shard : shards_) shard->close();
    std::vector<std::string> paths;
    for (const auto& shard : shards_) paths.push_back(shard->path());
    shards_.clear();
    readers_.clear();
    if (!compact) return std::nullopt;
    store::CompactResult total;
    for (const std::string& shard : paths) {
      const store::CompactResult c = store::compact_in_place(shard);
      total.bytes_before += c.bytes_before;
      total.bytes_after += c.bytes_after;
      total.seconds += c.seconds;
    }
    return total;
  }
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
  mark_complete(shards_dir());
  shards_complete_ = true;
  store::CompactResult result;
  try {
    result = store::compact_in_place(path_, sources);
  } catch (const Error& e) {
    throw IndexWriteError(kept_shards_message(path_, e.what()));
  }
  shards_.clear();
  std::error_code ec;
  fs::remove_all(shards_dir(), ec);
  return result;
}

}  // namespace lisan::indexer
