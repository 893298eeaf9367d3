// ClusterAssigner: gives each document, as it is written, the near-duplicate
// cluster id of its most similar earlier document, or a new id.
//
// Candidates come from the index itself: documents that share an LSH band
// term (schema::kLshBandPrefix, written by lisan/dedup/document_signature.h)
// with the new one. They are read from the index as of the writer's last
// commit, through a read-only handle, and from an in-memory table of the
// documents assigned since then. (Reading the posting lists of the writable
// handle instead makes Xapian flush each band term's buffered postings to
// disk first: that cost a third of a bulk build's time.) Each candidate's MinHash signature (schema::kSignatureSlot)
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
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <xapian.h>

#include "indexer/document_builder.h"
#include "indexer/index_writer.h"

namespace lisan::indexer {

class ClusterAssigner {
 public:
  static constexpr std::size_t kMaxPerBand = 32;

  // Reads `writer`'s committed index (reopened after each of its commits)
  // and gives out new ids through its metadata.
  explicit ClusterAssigner(IndexWriter& writer);

  // Adds the cluster value and term to built.document; returns the id.
  std::string assign(BuiltDocument& built);

  struct Stats {
    std::uint64_t documents = 0;
    std::uint64_t joined = 0;         // got an existing cluster's id
    std::uint64_t candidates = 0;     // signatures compared
  };
  const Stats& stats() const { return stats_; }

 private:
  // The best candidate so far: its similarity and cluster id.
  struct Best {
    double score = 0;
    std::string cluster;
    void offer(double s, const std::string& id) {
      if (s < dedup::kThreshold || s <= score || id.empty()) return;
      score = s;
      cluster = id;
    }
  };
  // A document assigned since the last commit.
  struct Recent {
    std::optional<dedup::Signature> signature;
    std::string cluster;
  };

  void follow_commits();
  void search_committed(const BuiltDocument& built, Best& best);
  void search_recent(const BuiltDocument& built, Best& best);
  double score(const BuiltDocument& built, const std::optional<dedup::Signature>& theirs);
  std::string new_cluster_id();

  IndexWriter& writer_;
  Xapian::Database committed_;
  std::uint64_t commits_seen_;
  std::vector<Recent> recent_;
  std::unordered_map<std::string, std::vector<std::uint32_t>> recent_by_band_;  // band term -> recent_ index
  std::uint64_t next_ = 0;  // 0 = not read from the metadata yet
  Stats stats_;
};

}  // namespace lisan::indexer
