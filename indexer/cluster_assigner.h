// ClusterAssigner: gives each document, as it is written, the near-duplicate
// cluster id of its most similar earlier document, or a new id.
//
// Candidates come from the index itself: documents that share an LSH band
// term (schema::kLshBandPrefix, written by lisan/dedup/document_signature.h)
// with the new one. Each candidate's MinHash signature (schema::kSignatureSlot)
// gives the estimated Jaccard similarity; the best one at or above
// dedup::kThreshold lends its cluster id (schema::kClusterSlot, and a
// schema::kClusterPrefix term whose frequency is the cluster's size).
// Because the index is the memory, a later run that adds documents joins
// them to the clusters already there (incremental indexing), and a
// re-indexed document whose text did not change keeps its id (its old
// version is its best candidate).
//
// Cost: at most kMaxPerBand postings are read per band term and each distinct
// candidate's signature once, so a document costs O(kBands * kMaxPerBand)
// whatever the index size: near-linear in total. A cluster's early members
// stand for it (they all carry its id), so big storms lose nothing by the cap.
//
// Not thread-safe: call assign() from the one writing thread, in write order,
// right before the document is written (so the next one can find it).
#pragma once

#include <cstdint>
#include <string>

#include <xapian.h>

#include "indexer/document_builder.h"

namespace lisan::indexer {

class ClusterAssigner {
 public:
  static constexpr std::size_t kMaxPerBand = 32;

  explicit ClusterAssigner(Xapian::WritableDatabase& db);

  // Adds the cluster value and term to built.document; returns the id.
  std::string assign(BuiltDocument& built);

  struct Stats {
    std::uint64_t documents = 0;
    std::uint64_t joined = 0;         // got an existing cluster's id
    std::uint64_t candidates = 0;     // signatures compared
  };
  const Stats& stats() const { return stats_; }

 private:
  std::string new_cluster_id();

  Xapian::WritableDatabase& db_;
  std::uint64_t next_ = 0;  // 0 = not read from the metadata yet
  Stats stats_;
};

}  // namespace lisan::indexer
