#include "indexer/cluster_assigner.h"

#include <optional>
#include <unordered_set>
#include <vector>

#include "lisan/dedup/minhash.h"
#include "lisan/schema.h"

namespace lisan::indexer {

ClusterAssigner::ClusterAssigner(Xapian::WritableDatabase& db) : db_(db) {}

std::string ClusterAssigner::new_cluster_id() {
  if (next_ == 0) {
    const std::string stored = db_.get_metadata(std::string(schema::kMetaClusterNext));
    next_ = stored.empty() ? 1 : std::stoull(stored);
  }
  const std::string id = std::to_string(next_++);
  // In the same transaction as the document that takes the id: a commit
  // never stores a document whose id could be handed out again.
  db_.set_metadata(std::string(schema::kMetaClusterNext), std::to_string(next_));
  return id;
}

std::string ClusterAssigner::assign(BuiltDocument& built) {
  Xapian::Document& doc = built.document;
  ++stats_.documents;

  std::vector<std::string> bands;
  const std::string band_prefix(schema::kLshBandPrefix);
  for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
    t.skip_to(band_prefix);
    if (t == doc.termlist_end() || (*t).compare(0, band_prefix.size(), band_prefix) != 0) break;
    bands.push_back(*t);
  }
  const std::optional<dedup::Signature> mine = dedup::decode(doc.get_value(schema::kSignatureSlot));

  std::string cluster;
  double best = 0;
  std::unordered_set<Xapian::docid> seen;
  for (const std::string& band : bands) {
    std::size_t read = 0;
    for (auto p = db_.postlist_begin(band); p != db_.postlist_end(band) && read < kMaxPerBand; ++p, ++read) {
      const Xapian::docid did = *p;
      // A re-indexed document meets its old version (same record id) here:
      // unchanged text keeps its cluster id.
      if (!seen.insert(did).second) continue;
      const Xapian::Document other = db_.get_document(did);
      double score = 1.0;  // a short text's only key: the same words
      if (mine) {
        const std::optional<dedup::Signature> theirs = dedup::decode(other.get_value(schema::kSignatureSlot));
        if (!theirs) continue;
        ++stats_.candidates;
        score = dedup::similarity(*mine, *theirs);
      }
      if (score < dedup::kThreshold || score <= best) continue;
      const std::string id = other.get_value(schema::kClusterSlot);
      if (id.empty()) continue;  // written by a lisan without clusters
      best = score;
      cluster = id;
    }
  }
  if (cluster.empty()) cluster = new_cluster_id();
  else ++stats_.joined;
  doc.add_value(schema::kClusterSlot, cluster);
  doc.add_boolean_term(schema::cluster_term(cluster));
  return cluster;
}

}  // namespace lisan::indexer
