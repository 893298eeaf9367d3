// Merging a shard set into one index, on request (lisan-index merge): the
// Compactor reads every shard (local ones; a remote shard cannot be
// compacted from here) and writes one compact index beside, then it is
// renamed into place, so a killed merge leaves no half index at INTO.
// The merged index keeps the set's metadata (shard 0's: input fingerprints,
// the cluster counter, versions) and gets an index id of its own.
#pragma once

#include <cstdint>
#include <string>

#include <xapian.h>

namespace lisan::store {

struct MergeResult {
  unsigned shards = 0;
  Xapian::doccount documents = 0;
  std::uintmax_t bytes = 0;
  double seconds = 0;
};

// Throws lisan::Error naming the set or target and the reason.
MergeResult merge_shard_set(const std::string& set, const std::string& into);

}  // namespace lisan::store
