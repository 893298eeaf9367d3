// Fingerprints of input files, kept in the index's metadata (one key per
// absolute path, schema::kMetaInputPrefix), so an unchanged file is skipped
// without parsing it again. A fingerprint is written in the same commit as
// the file's last documents, and only when the file was read to its end, so
// an interrupted run never marks a half-read file as done.
//
// A file is "done" only when what it yields could not change (issue 17):
// the fingerprint records the reader options that change what a file yields
// (format, --tz, --encoding, --map, --date-format, --skip-service,
// --lang-from-dir, the directory it was found under), and how many of its
// records were rejected. A run with other options reads it again, and so
// does every run while it has rejected records, so the fix an error message
// suggests takes effect; its good records are then replaced by id, not
// duplicated, and the ones no longer in it removed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "indexer/readers/reader.h"

namespace lisan::indexer {

struct Fingerprint {
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::string xxh3;  // hex XXH3-64 of the whole content
  std::string format;
  std::uint64_t records = 0;  // records read from it
  std::string indexed_at;     // ISO 8601 UTC
  std::string options;        // reader_options_key() it was read with ("" = before lisan recorded them)
  std::uint64_t rejected = 0;  // records of it rejected

  // Same content (size and hash); mtime alone does not decide.
  bool same_content(const Fingerprint& other) const { return size == other.size && xxh3 == other.xxh3; }
  // Why a file fingerprinted `now` must be read although this stored
  // fingerprint has the same content: other reader options, or rejected
  // records; "" when it need not be read.
  std::string reason_to_read_again(const Fingerprint& now) const;
  std::string to_json() const;
  static std::optional<Fingerprint> from_json(const std::string& text);
};

// Size, mtime and content hash of a file; nullopt when it cannot be read.
std::optional<Fingerprint> fingerprint_file(const std::string& path);

// The reader options that change what an input yields, as one string to
// compare (JSON). `format` is the reader actually used (not "auto").
std::string reader_options_key(const std::string& format, const ReaderOptions& options);

// The metadata key of a path (absolute, normalized).
std::string fingerprint_key(const std::string& path);

}  // namespace lisan::indexer
