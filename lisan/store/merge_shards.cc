#include "lisan/store/merge_shards.h"

#include <chrono>
#include <filesystem>

#include <fmt/format.h>

#include "lisan/core/error.h"
#include "lisan/schema.h"
#include "lisan/store/compact.h"
#include "lisan/store/index_store.h"
#include "lisan/store/shard_set.h"

namespace lisan::store {
namespace fs = std::filesystem;

MergeResult merge_shard_set(const std::string& set, const std::string& into) {
  const auto start = std::chrono::steady_clock::now();
  const std::string stub = stub_file_of(set);
  if (stub.empty()) throw Error::format("{}: not a shard set (no XAPIANDB stub); nothing to merge", set);
  std::error_code ec;
  if (fs::exists(into, ec)) throw Error::format("{}: exists; merge into a new directory", into);
  MergeResult result;
  Xapian::Database all;
  for (const ShardSpec& spec : read_stub(stub)) {
    if (spec.remote())
      throw Error::format("{}:{}: shard {} is remote; merge on the machine that holds it (or copy it here)", stub,
                          spec.line, spec.name());
    try {
      Xapian::Database shard(spec.path);
      check_versions(shard, spec.path);
      all.add_database(shard);
    } catch (const Xapian::Error& e) {
      throw Error::format("{}: cannot open shard: {}", spec.path, e.get_description());
    }
    ++result.shards;
  }
  const std::string scratch = into + ".merging";
  fs::remove_all(scratch, ec);
  try {
    all.compact(scratch);
    Xapian::WritableDatabase merged(scratch, Xapian::DB_OPEN);
    merged.set_metadata(std::string(schema::kMetaIndexId), new_index_id());
    merged.commit();
    result.documents = merged.get_doccount();
    merged.close();
  } catch (const Xapian::Error& e) {
    fs::remove_all(scratch, ec);
    throw Error::format("{}: merging {} failed: {}", into, set, e.get_description());
  }
  sync_tree(scratch);
  fs::rename(scratch, into, ec);
  if (ec) throw Error::format("{}: cannot move the merged index into place: {}", into, ec.message());
  result.bytes = index_bytes(into);
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

}  // namespace lisan::store
