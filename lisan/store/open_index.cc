#include "lisan/store/open_index.h"

#include <filesystem>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "lisan/store/shard_set.h"

namespace lisan::store {
namespace fs = std::filesystem;

bool OpenIndex::has_remote() const {
  for (const ShardInfo& s : shards)
    if (s.remote) return true;
  return false;
}

namespace {

// A shard that is not there or does not answer: left out under
// allow_partial. Other failures (another version) are always errors.
class Unreachable : public Error {
 public:
  using Error::Error;
};

Xapian::Database open_spec(const ShardSpec& spec, const ReadOptions& options) {
  try {
    switch (spec.kind) {
      case ShardSpec::Kind::kLocal: {
        std::error_code ec;
        if (!fs::exists(spec.path, ec)) throw Unreachable("no index there");
        return Xapian::Database(spec.path);
      }
      case ShardSpec::Kind::kRemoteTcp:
        return Xapian::Remote::open(spec.host, spec.port, options.timeout_ms, options.timeout_ms);
      case ShardSpec::Kind::kRemoteProgram:
        return Xapian::Remote::open(spec.program, spec.args, options.timeout_ms);
    }
  } catch (const Xapian::NetworkError& e) {
    throw Unreachable(e.get_description());
  } catch (const Xapian::DatabaseOpeningError& e) {
    throw Unreachable(fmt::format("not a lisan index or unreadable: {}", e.get_msg()));
  }
  throw Unreachable("unknown shard kind");
}

// The shards `path` stands for: itself, or the lines of its stub.
std::vector<ShardSpec> specs_of(const std::string& path) {
  const std::string stub = stub_file_of(path);
  if (stub.empty()) {
    ShardSpec spec;
    spec.path = path;
    return {spec};
  }
  std::vector<ShardSpec> specs = read_stub(stub);
  if (specs.empty()) throw Error::format("{}: the shard set lists no shards", stub);
  return specs;
}

std::string where(const ShardSpec& spec, const std::string& path) {
  if (spec.line == 0) return spec.name();
  return fmt::format("{} (line {} of {})", spec.name(), spec.line, stub_file_of(path));
}

}  // namespace

OpenIndex open_index(const std::vector<std::string>& paths, const ReadOptions& options) {
  if (paths.empty()) throw UsageError("no index given; use --db DIR or set LISAN_DB");
  OpenIndex out;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (!fs::exists(path, ec))
      throw Error::format("{}: no index there; build one with: lisan-index --db {} FILE...", path, path);
    for (const ShardSpec& spec : specs_of(path)) {
      Xapian::Database shard;
      try {
        shard = open_spec(spec, options);
        ShardInfo info;
        info.name = spec.name();
        info.remote = spec.remote();
        info.info = with_reopen(shard, [&] {
          check_versions(shard, where(spec, path));
          return read_info(shard);
        });
        if (info.info.schema_version == 0 && info.info.documents == 0 && spec.line != 0)
          throw Error::format("{}: not a lisan index (no schema version)", where(spec, path));
        out.shards.push_back(std::move(info));
      } catch (const Unreachable& e) {
        if (!options.allow_partial)
          throw Error::format("{}: cannot open the shard: {}; {}", where(spec, path), e.what(),
                              spec.remote() ? "start its server (scripts/serve-shards), or pass --allow-partial to "
                                              "search the other shards"
                                            : "pass --allow-partial to search the other shards");
        out.missing.push_back({spec.name(), e.what()});
        continue;
      } catch (const Xapian::NetworkError& e) {
        if (!options.allow_partial)
          throw Error::format("{}: the shard does not answer: {}; restart its server, or pass --allow-partial",
                              where(spec, path), e.get_description());
        out.missing.push_back({spec.name(), e.get_description()});
        continue;
      } catch (const Xapian::DatabaseOpeningError& e) {
        throw Error::format("{}: not a lisan index or unreadable: {}", where(spec, path), e.get_msg());
      }
      out.db.add_database(shard);
    }
  }
  if (out.shards.empty())
    throw Error::format("no shard of {} could be opened ({} missing); nothing to search", fmt::join(paths, ", "),
                        out.missing.size());
  return out;
}

std::vector<MissingShard> probe_shards(const std::vector<std::string>& paths, const ReadOptions& options) {
  ReadOptions probe = options;
  probe.allow_partial = true;
  try {
    return open_index(paths, probe).missing;
  } catch (const Error&) {
    return {};
  }
}

}  // namespace lisan::store
