// IndexRun: one run of lisan-index: every input through its reader, every
// record through the document builder (on --jobs threads), every document
// into the index writer; counts that add up; rejects written where asked.
//
// The CLI fills IndexOptions from argv; tests and a future server fill it
// directly. Nothing here prints except through the Diagnostics given.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "indexer/readers/reader.h"
#include "lisan/core/diagnostics.h"

namespace lisan::indexer {

struct IndexOptions {
  std::string db;                   // index directory
  std::vector<std::string> inputs;  // files, "-" for stdin
  std::string format = "auto";      // reader name or "auto"
  ReaderOptions reader;
  std::vector<std::string> delete_ids;  // --delete: record ids to remove
  std::string rejects_path;         // --rejects FILE: rejected records as JSONL ("" = none)
  unsigned jobs = 0;                // analysis threads (0 = all cores)
  std::uint32_t batch = 512;        // records analyzed together
  // Documents per Xapian commit (and Xapian's flush threshold). Larger is not
  // faster: Xapian buffers postings in std::maps whose depth and memory grow
  // with it (measured on the bench corpus: 5,000 used 10-20% less CPU and half
  // the memory of 20,000).
  std::uint32_t commit_every = 5000;
  bool force = false;               // --force: read inputs even when their fingerprint is unchanged
  // Compact the index at the end of a bulk build: a run that added at least
  // as many documents as the index held before (--no-compact turns it off).
  bool compact = true;
  bool progress = true;             // progress line on a terminal (off with --quiet)
  // --shards K: make `db` a shard set of K shards (lisan/store/shard_set.h),
  // or check that the existing set has K; 0 = as the index is.
  unsigned shards = 0;
};

struct IndexStats {
  std::uint64_t read = 0;       // records the readers produced (good or bad)
  std::uint64_t added = 0;      // new documents
  std::uint64_t replaced = 0;   // documents whose id was already indexed
  std::uint64_t skipped = 0;    // left out by an option
  std::uint64_t rejected = 0;   // unusable records, each reported
  std::uint64_t deleted = 0;    // --delete ids removed
  std::uint64_t stale = 0;      // documents of a changed input that are no longer in it, removed
  std::uint64_t unchanged_inputs = 0;  // inputs skipped because their fingerprint is unchanged
  std::uint64_t invalid_utf8 = 0;  // records whose text had invalid UTF-8 (indexed, repaired)
  std::uint64_t inputs = 0;        // inputs read to the end
  std::uint64_t failed_inputs = 0; // inputs that could not be read at all
  std::uint64_t documents = 0;  // documents in the index at the end
  // Compaction after a bulk build (lisan/store/compact.h); 0 when not done.
  std::uintmax_t bytes_before_compact = 0, bytes_after_compact = 0;
  double seconds = 0;
  bool interrupted = false;

  std::string summary() const;  // one line for the end of the run
};

IndexStats run_index(const IndexOptions& options, Diagnostics& diagnostics);

}  // namespace lisan::indexer
