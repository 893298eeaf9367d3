#include "indexer/index_writer.h"

#include <cstdlib>
#include <string>

#include "lisan/schema.h"
#include "lisan/store/index_store.h"

namespace lisan::indexer {
namespace {

// Xapian flushes (commits) a writer's buffered changes every
// XAPIAN_FLUSH_THRESHOLD documents (default 10000), on top of our own
// commits. Unless the user set the variable, our --commit-every decides, so
// that commits happen where we ask for them. (Xapian reads it only from the environment,
// when a WritableDatabase opens.)
std::string open_path(const std::string& path, std::uint32_t commit_every) {
  if (!std::getenv("XAPIAN_FLUSH_THRESHOLD"))
    setenv("XAPIAN_FLUSH_THRESHOLD", std::to_string(commit_every == 0 ? 1 : commit_every).c_str(), 0);
  return path;
}

}  // namespace

IndexWriter::IndexWriter(const std::string& path, std::uint32_t commit_every)
    : path_(path), db_(store::open_for_writing(open_path(path, commit_every))), commit_every_(commit_every == 0 ? 1 : commit_every) {}

IndexWriter::Outcome IndexWriter::put(const BuiltDocument& built) {
  const bool existed = db_.term_exists(built.id_term);
  // A new id needs no lookup of the document to replace.
  if (existed) db_.replace_document(built.id_term, built.document);
  else db_.add_document(built.document);
  if (++pending_ >= commit_every_) commit();
  return existed ? Outcome::kReplaced : Outcome::kAdded;
}

bool IndexWriter::remove(const std::string& record_id) {
  const std::string term = schema::id_term(record_id);
  if (!db_.term_exists(term)) return false;
  db_.delete_document(term);
  ++pending_;
  return true;
}

void IndexWriter::set_metadata(const std::string& key, const std::string& value) { db_.set_metadata(key, value); }
std::string IndexWriter::get_metadata(const std::string& key) const { return db_.get_metadata(key); }

void IndexWriter::commit() {
  db_.commit();
  pending_ = 0;
  ++commits_;
}

}  // namespace lisan::indexer
