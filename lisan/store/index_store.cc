#include "lisan/store/index_store.h"

#include <unistd.h>  // access

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <random>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "lisan/analysis/analyzer.h"
#include "lisan/core/error.h"
#include "lisan/date.h"
#include "lisan/record_json.h"
#include "lisan/schema.h"
#include "lisan/store/open_index.h"
#include "lisan/store/reopen.h"

namespace lisan::store {
namespace fs = std::filesystem;

std::string default_index_path() {
  if (const char* db = std::getenv("LISAN_DB"); db && *db) return db;
  if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return fmt::format("{}/lisan/index", xdg);
  if (const char* home = std::getenv("HOME"); home && *home)
    return fmt::format("{}/.local/share/lisan/index", home);
  return ".lisan-index";
}

std::string new_index_id() {
  std::random_device rd;
  std::uniform_int_distribution<unsigned long long> dist;
  return fmt::format("{:016x}", dist(rd));
}

namespace {

int metadata_int(const Xapian::Database& db, std::string_view key) {
  const std::string v = db.get_metadata(std::string(key));
  if (v.empty()) return 0;
  try {
    return std::stoi(v);
  } catch (const std::exception&) {
    return -1;
  }
}

}  // namespace

void check_versions(const Xapian::Database& db, const std::string& path) {
  const int schema_version = metadata_int(db, schema::kMetaSchemaVersion);
  const int analyzer_version = metadata_int(db, schema::kMetaAnalyzerVersion);
  if (schema_version == 0 && db.get_doccount() > 0)
    throw Error::format("{}: not a lisan index (no schema version); index your files into a new directory", path);
  if (schema_version != 0 && schema_version != schema::kSchemaVersion)
    throw Error::format(
        "{}: index schema version {} but this lisan uses version {}; re-index into a new directory",
        path, schema_version, schema::kSchemaVersion);
  if (analyzer_version != 0 && analyzer_version != analysis::kAnalyzerVersion)
    throw Error::format(
        "{}: index built with analyzer version {} but this lisan uses version {}; re-index into a new "
        "directory so that queries and documents are analyzed alike",
        path, analyzer_version, analysis::kAnalyzerVersion);
}

namespace {

// A directory that Xapian began to create but never committed (a glass
// index is complete once its version file `iamglass` exists): only table
// files and the lock, or nothing. Safe to remove; anything else is not ours.
bool unfinished_index(const std::string& path) {
  std::error_code ec;
  if (fs::exists(fs::path(path) / "iamglass", ec)) return false;
  for (const auto& entry : fs::directory_iterator(path, ec)) {
    const std::string name = entry.path().filename().string();
    const bool table = name.size() > 6 && name.compare(name.size() - 6, 6, ".glass") == 0;
    if (!table && name != "flintlock") return false;
  }
  return !ec;
}

// The versions and identity of a new index, committed.
void stamp_new_index(Xapian::WritableDatabase& db) {
  db.set_metadata(std::string(schema::kMetaSchemaVersion), std::to_string(schema::kSchemaVersion));
  db.set_metadata(std::string(schema::kMetaAnalyzerVersion), std::to_string(analysis::kAnalyzerVersion));
  db.set_metadata(std::string(schema::kMetaIndexId), new_index_id());
  db.set_metadata(std::string(schema::kMetaCreated), format_iso_utc(static_cast<std::int64_t>(std::time(nullptr))));
  db.commit();
}

// Creates a new index atomically: written and committed beside its place
// (PATH.creating), then renamed into place, so a run killed at any moment
// leaves either no index or a whole one.
void create_index(const std::string& path) {
  const std::string scratch = path + ".creating";
  std::error_code ec;
  fs::remove_all(scratch, ec);
  try {
    Xapian::WritableDatabase db(scratch, Xapian::DB_CREATE_OR_OVERWRITE);
    stamp_new_index(db);
    db.close();
  } catch (const Xapian::Error& e) {
    throw Error::format("{}: cannot create index: {}", path, e.get_description());
  }
  if (fs::exists(path, ec)) fs::remove_all(path, ec);  // an unfinished index (checked by the caller)
  fs::rename(scratch, path, ec);
  if (ec) throw Error::format("{}: cannot create index: {}", path, ec.message());
}

}  // namespace

Xapian::WritableDatabase open_for_writing(const std::string& path) {
  std::error_code ec;
  if (fs::exists(path, ec) && !fs::is_directory(path, ec))
    throw Error::format("{}: exists and is not a directory; give --db a directory for the index", path);
  if (!fs::exists(path, ec) || unfinished_index(path)) {
    const fs::path parent = fs::path(path).parent_path();
    if (!parent.empty()) fs::create_directories(parent, ec);
    if (ec) throw Error::format("{}: cannot create index directory: {}", path, ec.message());
    create_index(path);
  }
  Xapian::WritableDatabase db;
  try {
    db = Xapian::WritableDatabase(path, Xapian::DB_OPEN);
  } catch (const Xapian::DatabaseLockError& e) {
    // Xapian reports a lock it cannot create (a read-only index) as a lock
    // held by someone else.
    if (::access(path.c_str(), W_OK) != 0) {
      const int err = errno;
      throw Error::format(
          "{}: cannot write the index: it is read-only here ({}); index into a writable directory, or ask its "
          "owner",
          path, std::strerror(err));
    }
    throw Error::format("{}: the index is locked by another program writing it ({}); wait for it to finish",
                        path, e.get_msg());
  } catch (const Xapian::Error& e) {
    throw Error::format("{}: cannot open index for writing: {}", path, e.get_description());
  }
  check_versions(db, path);
  if (db.get_metadata(std::string(schema::kMetaSchemaVersion)).empty()) {
    stamp_new_index(db);
  }
  return db;
}

Xapian::Database open_for_reading(const std::vector<std::string>& paths) { return open_index(paths).db; }

std::string IndexInfo::manifest_id() const {
  return fmt::format("{}@{}.{}", index_id, documents, last_docid);
}

IndexInfo read_info(const Xapian::Database& db) {
  // Read after a search, while lisan-index may be committing (reopen.h).
  Xapian::Database reading = db;
  return with_reopen(reading, [&] {
    IndexInfo info;
    info.index_id = reading.get_metadata(std::string(schema::kMetaIndexId));
    info.created = reading.get_metadata(std::string(schema::kMetaCreated));
    info.schema_version = metadata_int(reading, schema::kMetaSchemaVersion);
    info.analyzer_version = metadata_int(reading, schema::kMetaAnalyzerVersion);
    info.documents = reading.get_doccount();
    info.last_docid = reading.get_lastdocid();
    return info;
  });
}

Record stored_record(const Xapian::Document& doc, nlohmann::json* analysis) {
  const std::string data = doc.get_data();
  nlohmann::json value = nlohmann::json::parse(data, nullptr, /*allow_exceptions=*/false);
  if (analysis != nullptr && value.is_object()) {
    const auto it = value.find("analysis");
    if (it != value.end()) *analysis = *it;
  }
  auto record = record_from_json(value);
  if (!record) {
    Record broken;
    broken.id = "?";
    broken.text = fmt::format("(stored document data unreadable: {})", record.error());
    return broken;
  }
  return std::move(record).value();
}

}  // namespace lisan::store
