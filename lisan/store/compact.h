// Compacting an index in place after a bulk build (and merging the shards of
// a parallel build into it). A freshly written Xapian
// index has half-empty B-tree blocks (each flush merges into them); Xapian's
// Compactor rewrites it with full blocks, which on the bench corpus more than
// halves it and takes a few percent of the build's time.
//
// Crash safety: the compact copy is written beside the index
// (PATH.compacting), then the two directories trade places with one atomic
// rename (renameat2 RENAME_EXCHANGE), so PATH is a whole index at every
// moment, old or new. A PATH.compacting left by an interrupted run is removed
// first. Document ids, metadata and so the manifest id stay the same.
//
// Faults: when the copy cannot be written (a full disk) the scratch copy is
// removed and the index is left as it was, whole; the error names the
// reason. Only one writer may compact (the caller holds store::WriterLock).
//
// The index must not be open for writing (the caller closes its writer).
// Readers that have it open keep reading the old files until they reopen.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace lisan::store {

struct CompactResult {
  std::uintmax_t bytes_before = 0;
  std::uintmax_t bytes_after = 0;
  double seconds = 0;
};

// Throws lisan::Error naming the path and the reason when it cannot compact
// (the index is then unchanged). `also`: other databases (shards of a
// parallel build) merged in after the index's own documents; the index's
// metadata wins where keys repeat. bytes_before counts them too.
CompactResult compact_in_place(const std::string& path, const std::vector<std::string>& also = {});

// Bytes of the files in an index directory.
std::uintmax_t index_bytes(const std::string& path);

// Flushes the files of a directory (not its subdirectories) and the
// directory itself to disk. Best effort.
void sync_tree(const std::string& dir);

}  // namespace lisan::store
