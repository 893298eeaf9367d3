// Fingerprints of input files, kept in the index's metadata (one key per
// absolute path, schema::kMetaInputPrefix), so an unchanged file is skipped
// without parsing it again. A fingerprint is written in the same commit as
// the file's last documents, and only when the file was read to its end, so
// an interrupted run never marks a half-read file as done.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace lisan::indexer {

struct Fingerprint {
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::string xxh3;  // hex XXH3-64 of the whole content
  std::string format;
  std::uint64_t records = 0;  // records read from it
  std::string indexed_at;     // ISO 8601 UTC

  // Same content (size and hash); mtime alone does not decide.
  bool same_content(const Fingerprint& other) const { return size == other.size && xxh3 == other.xxh3; }
  std::string to_json() const;
  static std::optional<Fingerprint> from_json(const std::string& text);
};

// Size, mtime and content hash of a file; nullopt when it cannot be read.
std::optional<Fingerprint> fingerprint_file(const std::string& path);

// The metadata key of a path (absolute, normalized).
std::string fingerprint_key(const std::string& path);

}  // namespace lisan::indexer
