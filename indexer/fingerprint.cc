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
  return nlohmann::json{{"size", size},     {"mtime_ns", mtime_ns},     {"xxh3", xxh3},
                        {"format", format}, {"records", records},   {"indexed_at", indexed_at},
                        {"options", options}, {"rejected", rejected}}
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
  f.options = j.value("options", "");
  f.rejected = j.value("rejected", std::uint64_t{0});
  return f;
}

std::string Fingerprint::reason_to_read_again(const Fingerprint& now) const {
  if (rejected > 0)
    return fmt::format("{} of its record(s) were rejected when it was read on {}", rejected, indexed_at);
  if (options != now.options)
    return options.empty() ? fmt::format("indexed on {} by a lisan that did not record its reader options",
                                         indexed_at)
                           : fmt::format("indexed on {} with other reader options ({}; now {})", indexed_at,
                                         options, now.options);
  return "";
}

namespace {
// "corpus", "./corpus/" and "/home/me/corpus" are one directory.
std::string canonical_dir(const std::string& dir) {
  if (dir.empty()) return dir;
  std::error_code ec;
  const fs::path p = fs::weakly_canonical(fs::absolute(dir, ec), ec);
  return ec ? dir : p.string();
}
}  // namespace

std::string reader_options_key(const std::string& format, const ReaderOptions& options) {
  nlohmann::json map = nlohmann::json::array();
  for (const auto& [field, column] : options.column_map) map.push_back(field + "=" + column);
  // Keys in a fixed order (nlohmann sorts them): equal options, equal strings.
  return nlohmann::json{{"format", format},
                        {"tz", options.assumed_zone},
                        {"encoding", options.encoding},
                        {"map", map},
                        {"date_format", options.date_format},
                        {"skip_service", options.skip_service},
                        {"lang_from_dir", options.lang_from_dir},
                        {"base_dir", canonical_dir(options.base_dir)}}
      .dump();
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
