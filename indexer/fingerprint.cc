#include "indexer/fingerprint.h"

#include <filesystem>
#include <fstream>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <xxhash.h>

#include "lisan/schema.h"

namespace lisan::indexer {
namespace fs = std::filesystem;

std::string Fingerprint::to_json() const {
  return nlohmann::json{{"size", size},   {"mtime_ns", mtime_ns}, {"xxh3", xxh3},
                        {"format", format}, {"records", records}, {"indexed_at", indexed_at}}
      .dump();
}

std::optional<Fingerprint> Fingerprint::from_json(const std::string& text) {
  const nlohmann::json j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object()) return std::nullopt;
  Fingerprint f;
  f.size = j.value("size", std::uint64_t{0});
  f.mtime_ns = j.value("mtime_ns", std::int64_t{0});
  f.xxh3 = j.value("xxh3", "");
  f.format = j.value("format", "");
  f.records = j.value("records", std::uint64_t{0});
  f.indexed_at = j.value("indexed_at", "");
  return f;
}

std::optional<Fingerprint> fingerprint_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  XXH3_state_t* state = XXH3_createState();
  XXH3_64bits_reset(state);
  std::vector<char> buffer(1 << 20);
  Fingerprint f;
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    const auto n = static_cast<std::size_t>(in.gcount());
    if (n == 0) break;
    XXH3_64bits_update(state, buffer.data(), n);
    f.size += n;
  }
  f.xxh3 = fmt::format("{:016x}", XXH3_64bits_digest(state));
  XXH3_freeState(state);
  std::error_code ec;
  const auto t = fs::last_write_time(path, ec);
  if (!ec) f.mtime_ns = std::chrono::duration_cast<std::chrono::nanoseconds>(t.time_since_epoch()).count();
  return f;
}

std::string fingerprint_key(const std::string& path) {
  std::error_code ec;
  fs::path abs = fs::weakly_canonical(fs::absolute(path, ec), ec);
  return std::string(schema::kMetaInputPrefix) + abs.string();
}

}  // namespace lisan::indexer
