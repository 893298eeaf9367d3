#include "indexer/index_writer.h"

#include "lisan/schema.h"
#include "lisan/store/index_store.h"

namespace lisan::indexer {

IndexWriter::IndexWriter(const std::string& path, std::uint32_t commit_every)
    : db_(store::open_for_writing(path)), commit_every_(commit_every == 0 ? 1 : commit_every) {}

IndexWriter::Outcome IndexWriter::put(const BuiltDocument& built) {
  const bool existed = db_.term_exists(built.id_term);
  db_.replace_document(built.id_term, built.document);
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
}

}  // namespace lisan::indexer
