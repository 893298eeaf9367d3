// Opening lisan indexes: creating a new one with its schema and analyzer
// versions and a random index id, refusing one written with other versions,
// reading several shards as one database, and reading a stored Record back.
//
// Every function takes its paths as arguments; nothing assumes one database
// file or a default location except default_index_path(), which the CLIs use.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>
#include <xapian.h>

#include "lisan/record.h"

namespace lisan::store {

// $LISAN_DB, else $XDG_DATA_HOME/lisan/index, else ~/.local/share/lisan/index.
std::string default_index_path();

// Opens (creating when missing) an index for writing. Throws lisan::Error when
// the directory holds an index of another schema or analyzer version, is
// not an index at all, or is read-only (named as such, not as "locked").
// A lisan-index run calls it under its store::WriterLock.
Xapian::WritableDatabase open_for_writing(const std::string& path);

// Opens one or more indexes and shard sets as one database for searching.
// Throws lisan::Error naming the path or shard when one is missing,
// unreachable or of another version (lisan/store/open_index.h says more).
Xapian::Database open_for_reading(const std::vector<std::string>& paths);

// Throws lisan::Error when `db` (described as `path` in the message) was
// written with another schema or analyzer version.
void check_versions(const Xapian::Database& db, const std::string& path);

struct IndexInfo {
  std::string index_id;        // random id given at creation; with several indexes searched together,
                               // the first one's (Xapian 1.4 reads metadata from the first database only)
  std::string created;         // ISO 8601 UTC
  int schema_version = 0;
  int analyzer_version = 0;
  Xapian::doccount documents = 0;
  Xapian::docid last_docid = 0;
  // A citable id of this exact state: index id, document count and last docid.
  std::string manifest_id() const;
};
IndexInfo read_info(const Xapian::Database& db);

// A new random index id (16 hex digits).
std::string new_index_id();

// The Record stored as a document's data (JSON written by the index writer).
// `analysis`, when given, receives what the indexer stored of its analysis
// (language, confidence; null when absent), from the same parse.
Record stored_record(const Xapian::Document& doc, nlohmann::json* analysis = nullptr);

}  // namespace lisan::store
