#include "indexer/cluster_assigner.h"

#include <unordered_set>

#include "lisan/dedup/minhash.h"
#include "lisan/schema.h"

namespace lisan::indexer {

ClusterAssigner::ClusterAssigner(IndexWriter& writer)
    : writer_(writer), committed_(writer.open_committed()), commits_seen_(writer.commits()) {}

std::string ClusterAssigner::new_cluster_id() {
  const std::string key(schema::kMetaClusterNext);
  if (next_ == 0) {
    const std::string stored = writer_.get_metadata(key);
    next_ = stored.empty() ? 1 : std::stoull(stored);
  }
  const std::string id = std::to_string(next_++);
  // In the same transaction as the document that takes the id: a commit
  // never stores a document whose id could be handed out again.
  writer_.set_metadata(key, std::to_string(next_));
  return id;
}

// After a commit the read-only handle sees everything written so far, so the
// table of recent documents starts again.
void ClusterAssigner::follow_commits() {
  if (writer_.commits() == commits_seen_) return;
  commits_seen_ = writer_.commits();
  committed_.reopen();
  recent_.clear();
  recent_by_band_.clear();
}

// Estimated similarity to a candidate; a short text (no signature) only ever
// shares its one key with the same words.
double ClusterAssigner::score(const BuiltDocument& built, const std::optional<dedup::Signature>& theirs) {
  const std::optional<dedup::Signature>& mine = built.signature.signature;
  if (!mine) return 1.0;
  if (!theirs) return -1.0;
  ++stats_.candidates;
  return dedup::similarity(*mine, *theirs);
}

void ClusterAssigner::search_committed(const BuiltDocument& built, Best& best) {
  // Xapian may auto-commit between our commits (XAPIAN_FLUSH_THRESHOLD); the
  // revision this handle reads can then be recycled under it. Reopening
  // only moves forward, and the recent table still covers everything since
  // our last commit, so a retry loses nothing.
  for (int attempt = 0;; ++attempt) {
    try {
      Best found = best;
      std::unordered_set<Xapian::docid> seen;
      for (const std::string& band : built.signature.band_terms) {
        std::size_t read = 0;
        for (auto p = committed_.postlist_begin(band); p != committed_.postlist_end(band) && read < kMaxPerBand;
             ++p, ++read) {
          // A re-indexed document meets its old version (same record id)
          // here: unchanged text keeps its cluster id.
          if (!seen.insert(*p).second) continue;
          const Xapian::Document other = committed_.get_document(*p);
          const double s = score(built, dedup::decode(other.get_value(schema::kSignatureSlot)));
          found.offer(s, other.get_value(schema::kClusterSlot));  // "" when written by a lisan without clusters
        }
      }
      best = found;
      return;
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt >= 3) throw;
      committed_.reopen();
    }
  }
}

void ClusterAssigner::search_recent(const BuiltDocument& built, Best& best) {
  std::unordered_set<std::uint32_t> seen;
  for (const std::string& band : built.signature.band_terms) {
    const auto it = recent_by_band_.find(band);
    if (it == recent_by_band_.end()) continue;
    std::size_t read = 0;
    for (const std::uint32_t i : it->second) {
      if (read++ >= kMaxPerBand) break;
      if (!seen.insert(i).second) continue;
      best.offer(score(built, recent_[i].signature), recent_[i].cluster);
    }
  }
}

std::string ClusterAssigner::assign(BuiltDocument& built) {
  ++stats_.documents;
  follow_commits();

  Best best;
  search_committed(built, best);
  search_recent(built, best);
  std::string cluster = best.cluster;
  if (cluster.empty()) cluster = new_cluster_id();
  else ++stats_.joined;

  const auto index = static_cast<std::uint32_t>(recent_.size());
  recent_.push_back(Recent{built.signature.signature, cluster});
  for (const std::string& band : built.signature.band_terms) recent_by_band_[band].push_back(index);

  built.document.add_value(schema::kClusterSlot, cluster);
  built.document.add_boolean_term(schema::cluster_term(cluster));
  return cluster;
}

}  // namespace lisan::indexer
